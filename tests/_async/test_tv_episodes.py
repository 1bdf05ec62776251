"""client.tv_episodes: every TV episode operation through FakeTMDB, and what it refuses."""

from __future__ import annotations

from typing import Any

import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import CastMember, ExternalIds, Images, StatusResponse, Videos
from tmdbfusion.models.changes import Changes
from tmdbfusion.models.title_parts import AccountStates, RatedValue, Translations
from tmdbfusion.models.tv_episodes import TVEpisodeCredits, TVEpisodeDetails
from tmdbfusion.testing import FakeTMDB

SERIES = 1399
EPISODE = f"/3/tv/{SERIES}/season/1/episode/2"


def sent(fake: FakeTMDB) -> tuple[str, str, dict[str, str]]:
    """The last request's method, path and query, without the api_key every call carries."""
    request = fake.last_request
    query = dict(request.query)
    assert query.pop("api_key") == fake.api_key
    return request.method, request.path, query


async def test_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    episode = await client.tv_episodes.details(SERIES, 1, 2, language="de-DE")

    assert sent(fake_tmdb) == ("GET", EPISODE, {"language": "de-DE"})
    assert isinstance(episode, TVEpisodeDetails)
    assert episode.crew and episode.guest_stars
    assert isinstance(episode.guest_stars[0], CastMember)
    assert not hasattr(episode, "credits")


async def test_details_appends_every_part_typed(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    parts = {
        "account_states": AccountStates,
        "changes": Changes,
        "credits": TVEpisodeCredits,
        "external_ids": ExternalIds,
        "images": Images,
        "translations": Translations,
        "videos": Videos,
    }
    episode = await client.tv_episodes.details(
        SERIES,
        1,
        2,
        append_to_response=list(parts),  # type: ignore[arg-type]
        session_id="session-1",
    )

    assert sent(fake_tmdb) == (
        "GET",
        EPISODE,
        {"append_to_response": ",".join(parts), "session_id": "session-1"},
    )
    for name, model in parts.items():
        assert isinstance(getattr(episode, name), model), name


async def test_details_refuses_parts_episodes_do_not_have(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    for part in ("aggregate_credits", "watch/providers", "keywords"):
        with pytest.raises(ValueError, match="append_to_response"):
            await client.tv_episodes.details(SERIES, 1, 2, append_to_response=[part])  # type: ignore[list-item]
    assert fake_tmdb.requests == []


async def test_account_states(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        f"{EPISODE}/account_states",
        {"id": 63057, "favorite": False, "rated": {"value": 9.5}, "watchlist": False},
    )

    states = await client.tv_episodes.account_states(SERIES, 1, 2, guest_session_id="guest-1")

    assert sent(fake_tmdb) == ("GET", f"{EPISODE}/account_states", {"guest_session_id": "guest-1"})
    assert isinstance(states, AccountStates)
    assert states.id == 63057
    assert states.rated == RatedValue(value=9.5)


async def test_changes_by_episode_id(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    changes = await client.tv_episodes.changes(63056)

    assert sent(fake_tmdb) == ("GET", "/3/tv/episode/63056/changes", {})
    assert isinstance(changes, Changes)
    assert changes.changes[0].items


async def test_credits_include_guest_stars(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    credits = await client.tv_episodes.credits(SERIES, 1, 2, language="en-US")

    assert sent(fake_tmdb) == ("GET", f"{EPISODE}/credits", {"language": "en-US"})
    assert isinstance(credits, TVEpisodeCredits)
    assert credits.cast and credits.crew
    assert isinstance(credits.guest_stars[0], CastMember)


async def test_external_ids(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    ids = await client.tv_episodes.external_ids(SERIES, 1, 2)

    assert sent(fake_tmdb) == ("GET", f"{EPISODE}/external_ids", {})
    assert isinstance(ids, ExternalIds)
    assert ids.imdb_id


async def test_images(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    images = await client.tv_episodes.images(
        SERIES, 1, 2, include_image_language="null", language="en-US"
    )

    assert sent(fake_tmdb) == (
        "GET",
        f"{EPISODE}/images",
        {"include_image_language": "null", "language": "en-US"},
    )
    assert isinstance(images, Images)
    assert images.stills[0].file_path


async def test_translations(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    translations = await client.tv_episodes.translations(SERIES, 1, 2)

    assert sent(fake_tmdb) == ("GET", f"{EPISODE}/translations", {})
    assert isinstance(translations, Translations)
    assert translations.translations[0].data is not None


async def test_videos(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    videos = await client.tv_episodes.videos(
        SERIES, 1, 2, include_video_language=["en", "de"], language="de-DE"
    )

    assert sent(fake_tmdb) == (
        "GET",
        f"{EPISODE}/videos",
        {"include_video_language": "en,de", "language": "de-DE"},
    )
    assert isinstance(videos, Videos)
    assert videos.results[0].key


async def test_add_rating_posts_the_value(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    status = await client.tv_episodes.add_rating(
        SERIES, 1, 2, value=0.5, guest_session_id="guest-1"
    )

    assert sent(fake_tmdb) == ("POST", f"{EPISODE}/rating", {"guest_session_id": "guest-1"})
    assert fake_tmdb.last_request.json() == {"value": 0.5}
    assert isinstance(status, StatusResponse)
    assert status.success is True


async def test_delete_rating(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    status = await client.tv_episodes.delete_rating(SERIES, 1, 2, session_id="session-1")

    assert sent(fake_tmdb) == ("DELETE", f"{EPISODE}/rating", {"session_id": "session-1"})
    assert fake_tmdb.last_request.body == b""
    assert isinstance(status, StatusResponse)
    assert status.status_code == 1


@pytest.mark.parametrize("bad", [0, 11, 9.75, False, "9"])
async def test_bad_ratings_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad: object
) -> None:
    with pytest.raises((ValueError, TypeError), match=r"0\.5"):
        await client.tv_episodes.add_rating(SERIES, 1, 2, value=bad, session_id="s")  # type: ignore[arg-type]
    assert fake_tmdb.requests == []


@pytest.mark.parametrize(
    "sessions",
    [{}, {"session_id": "s", "guest_session_id": "g"}, {"session_id": ""}],
)
async def test_bad_sessions_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, sessions: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match="session"):
        await client.tv_episodes.add_rating(SERIES, 1, 2, value=5.0, **sessions)
    with pytest.raises(ValueError, match="session"):
        await client.tv_episodes.delete_rating(SERIES, 1, 2, **sessions)
    with pytest.raises(ValueError, match="session"):
        await client.tv_episodes.account_states(SERIES, 1, 2, **sessions)
    assert fake_tmdb.requests == []


@pytest.mark.parametrize("bad", [-1, True, "2", 2.0])
async def test_bad_episode_numbers_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad: object
) -> None:
    with pytest.raises((ValueError, TypeError), match="episode_number"):
        await client.tv_episodes.details(SERIES, 1, bad)  # type: ignore[arg-type]
    with pytest.raises((ValueError, TypeError), match="episode_id"):
        await client.tv_episodes.changes(bad)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
