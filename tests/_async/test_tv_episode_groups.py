"""client.tv_episode_groups: episode group details through FakeTMDB, and what it refuses."""

from __future__ import annotations

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models.tv import NetworkSummary
from tmdbfusion.models.tv_episode_groups import (
    TVEpisodeGroupDetails,
    TVEpisodeGroupEpisode,
    TVEpisodeGroupGroup,
)
from tmdbfusion.testing import FakeTMDB

GROUP_ID = "5acf93e60e0a26346d0000ce"


async def test_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    group = await client.tv_episode_groups.details(GROUP_ID)

    sent = fake_tmdb.last_request
    assert (sent.method, sent.path) == ("GET", f"/3/tv/episode_group/{GROUP_ID}")
    assert sent.query == {"api_key": fake_tmdb.api_key}
    assert isinstance(group, TVEpisodeGroupDetails)
    assert group.id == GROUP_ID
    assert isinstance(group.network, NetworkSummary)
    assert isinstance(group.groups[0], TVEpisodeGroupGroup)
    assert isinstance(group.groups[0].id, str)
    assert isinstance(group.groups[0].episodes[0], TVEpisodeGroupEpisode)
    assert group.groups[0].episodes[0].id > 0


async def test_details_decodes_a_group(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        f"/3/tv/episode_group/{GROUP_ID}",
        {
            "id": GROUP_ID,
            "name": "DVD order",
            "type": 3,
            "network": None,
            "groups": [
                {
                    "id": "g1",
                    "name": "Disc 1",
                    "order": 0,
                    "locked": True,
                    "episodes": [{"id": 7, "order": 2, "runtime": None, "season_number": 1}],
                }
            ],
        },
    )

    group = await client.tv_episode_groups.details(GROUP_ID)

    assert group.type == 3
    assert group.network is None
    episode = group.groups[0].episodes[0]
    assert (episode.id, episode.order, episode.runtime) == (7, 2, None)
    assert group.groups[0].locked is True


@pytest.mark.parametrize("bad", ["", "  ", "a/b", 123, None])
async def test_bad_group_ids_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad: object
) -> None:
    with pytest.raises((ValueError, TypeError), match="tv_episode_group_id"):
        await client.tv_episode_groups.details(bad)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
