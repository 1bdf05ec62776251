"""client.tv_seasons: every TV season operation through FakeTMDB, and what it refuses."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from tmdbfusion import AsyncTMDBClient
from tmdbfusion.models import CastMember, Credits, CrewMember, ExternalIds, Images, Videos
from tmdbfusion.models.changes import Changes
from tmdbfusion.models.title_parts import RatedValue, Translations
from tmdbfusion.models.tv import AggregateCastMember, AggregateCredits, NetworkSummary
from tmdbfusion.models.tv_episodes import TVEpisode
from tmdbfusion.models.tv_seasons import TVSeasonAccountStates, TVSeasonDetails
from tmdbfusion.models.watch import CountryWatchProviders, WatchProviders
from tmdbfusion.testing import FakeTMDB

SERIES = 1399
SEASON = f"/3/tv/{SERIES}/season/1"


def sent(fake: FakeTMDB) -> tuple[str, str, dict[str, str]]:
    """The last request's method, path and query, without the api_key every call carries."""
    request = fake.last_request
    query = dict(request.query)
    assert query.pop("api_key") == fake.api_key
    return request.method, request.path, query


async def test_details(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    season = await client.tv_seasons.details(SERIES, 1, language="de-DE")

    assert sent(fake_tmdb) == ("GET", SEASON, {"language": "de-DE"})
    assert isinstance(season, TVSeasonDetails)
    assert isinstance(season.episodes[0], TVEpisode)
    assert isinstance(season.episodes[0].crew[0], CrewMember)
    assert isinstance(season.episodes[0].guest_stars[0], CastMember)
    assert isinstance(season.networks[0], NetworkSummary)
    assert not hasattr(season, "credits")


async def test_details_keeps_tmdbs_internal_id(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    fake_tmdb.set_response(
        "GET",
        SEASON,
        {"_id": "5256c89f19c2956ff6046d47", "id": 3624, "season_number": None, "episodes": []},
    )

    season = await client.tv_seasons.details(SERIES, 1)

    assert season.internal_id == "5256c89f19c2956ff6046d47"
    assert (season.id, season.season_number, season.episodes) == (3624, None, [])
    assert msgspec.to_builtins(season)["_id"] == "5256c89f19c2956ff6046d47"


async def test_details_of_the_specials_season(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    await client.tv_seasons.details(SERIES, 0)

    assert sent(fake_tmdb) == ("GET", f"/3/tv/{SERIES}/season/0", {})


async def test_details_appends_every_part_typed(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    parts = {
        "account_states": TVSeasonAccountStates,
        "aggregate_credits": AggregateCredits,
        "changes": Changes,
        "credits": Credits,
        "external_ids": ExternalIds,
        "images": Images,
        "translations": Translations,
        "videos": Videos,
        "watch/providers": WatchProviders,
    }
    season = await client.tv_seasons.details(
        SERIES,
        1,
        append_to_response=list(parts),  # type: ignore[arg-type]
        guest_session_id="guest-1",
    )

    assert sent(fake_tmdb) == (
        "GET",
        SEASON,
        {"append_to_response": ",".join(parts), "guest_session_id": "guest-1"},
    )
    for name, model in parts.items():
        assert isinstance(getattr(season, name.replace("/", "_")), model), name
    assert "watch/providers" in msgspec.to_builtins(season)


async def test_details_refuses_parts_seasons_do_not_have(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    for part in ("keywords", "similar", "content_ratings", "watch_providers"):
        with pytest.raises(ValueError, match=part):
            await client.tv_seasons.details(SERIES, 1, append_to_response=[part])  # type: ignore[list-item]
    assert fake_tmdb.requests == []


async def test_account_states(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    fake_tmdb.set_response(
        "GET",
        f"{SEASON}/account_states",
        {
            "id": 3624,
            "results": [
                {"id": 11, "episode_number": 1, "rated": {"value": 6}},
                {"id": 12, "episode_number": 2, "rated": False},
            ],
        },
    )

    states = await client.tv_seasons.account_states(SERIES, 1, session_id="session-1")

    assert sent(fake_tmdb) == ("GET", f"{SEASON}/account_states", {"session_id": "session-1"})
    assert isinstance(states, TVSeasonAccountStates)
    assert states.id == 3624
    assert [s.episode_number for s in states.results] == [1, 2]
    assert states.results[0].rated == RatedValue(value=6.0)
    assert states.results[1].rated is False


async def test_account_states_needs_one_session(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB
) -> None:
    with pytest.raises(ValueError, match="session"):
        await client.tv_seasons.account_states(SERIES, 1)
    with pytest.raises(ValueError, match="not both"):
        await client.tv_seasons.account_states(
            SERIES, 1, session_id="session-1", guest_session_id="guest-1"
        )
    assert fake_tmdb.requests == []


async def test_aggregate_credits(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    credits = await client.tv_seasons.aggregate_credits(SERIES, 1, language="en-US")

    assert sent(fake_tmdb) == ("GET", f"{SEASON}/aggregate_credits", {"language": "en-US"})
    assert isinstance(credits, AggregateCredits)
    assert isinstance(credits.cast[0], AggregateCastMember)
    assert credits.cast[0].roles
    assert credits.crew[0].jobs


async def test_changes_by_season_id(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    changes = await client.tv_seasons.changes(
        3624, start_date="2024-03-01", end_date=dt.date(2024, 3, 15), page=1
    )

    assert sent(fake_tmdb) == (
        "GET",
        "/3/tv/season/3624/changes",
        {"start_date": "2024-03-01", "end_date": "2024-03-15", "page": "1"},
    )
    assert isinstance(changes, Changes)
    assert changes.changes[0].key


async def test_changes_refuses_bad_windows(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    with pytest.raises(ValueError, match="14"):
        await client.tv_seasons.changes(3624, start_date="2024-03-01", end_date="2024-03-20")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        await client.tv_seasons.changes(3624, end_date="15.03.2024")
    with pytest.raises((ValueError, TypeError), match="season_id"):
        await client.tv_seasons.changes(0)
    assert fake_tmdb.requests == []


async def test_credits(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    credits = await client.tv_seasons.credits(SERIES, 2, language="fr-FR")

    assert sent(fake_tmdb) == ("GET", f"/3/tv/{SERIES}/season/2/credits", {"language": "fr-FR"})
    assert isinstance(credits, Credits)
    assert isinstance(credits.cast[0], CastMember)


async def test_external_ids(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    ids = await client.tv_seasons.external_ids(SERIES, 1)

    assert sent(fake_tmdb) == ("GET", f"{SEASON}/external_ids", {})
    assert isinstance(ids, ExternalIds)
    assert isinstance(ids.tvdb_id, int)


async def test_images(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    images = await client.tv_seasons.images(
        SERIES, 1, include_image_language=["en", "null"], language="en-US"
    )

    assert sent(fake_tmdb) == (
        "GET",
        f"{SEASON}/images",
        {"include_image_language": "en,null", "language": "en-US"},
    )
    assert isinstance(images, Images)
    assert images.posters[0].file_path


async def test_translations(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    translations = await client.tv_seasons.translations(SERIES, 1)

    assert sent(fake_tmdb) == ("GET", f"{SEASON}/translations", {})
    assert isinstance(translations, Translations)
    assert translations.translations[0].iso_639_1


async def test_videos(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    videos = await client.tv_seasons.videos(
        SERIES, 1, include_video_language="en", language="en-US"
    )

    assert sent(fake_tmdb) == (
        "GET",
        f"{SEASON}/videos",
        {"include_video_language": "en", "language": "en-US"},
    )
    assert isinstance(videos, Videos)
    assert isinstance(videos.results[0].id, str)


async def test_watch_providers(client: AsyncTMDBClient, fake_tmdb: FakeTMDB) -> None:
    providers = await client.tv_seasons.watch_providers(SERIES, 1, language="en-US")

    assert sent(fake_tmdb) == ("GET", f"{SEASON}/watch/providers", {"language": "en-US"})
    assert isinstance(providers, WatchProviders)
    assert set(providers.results) == {"US", "GB", "DE"}
    assert isinstance(providers.results["US"], CountryWatchProviders)


@pytest.mark.parametrize("bad", [-1, True, "1", 1.0, None])
async def test_bad_season_numbers_are_refused(
    client: AsyncTMDBClient, fake_tmdb: FakeTMDB, bad: object
) -> None:
    with pytest.raises((ValueError, TypeError), match="season_number"):
        await client.tv_seasons.details(SERIES, bad)  # type: ignore[arg-type]
    with pytest.raises((ValueError, TypeError), match="season_number"):
        await client.tv_seasons.credits(SERIES, bad)  # type: ignore[arg-type]
    assert fake_tmdb.requests == []
