"""A Discord bot with two slash commands, ``/movie title`` and ``/trending``.

Every shard shares one ``AsyncTMDBClient`` with an in-memory cache: two hundred users
asking about the same film cost TMDB one request. With ``REDIS_URL`` set, every bot
process (one per group of shards) takes its TMDB requests from one rate budget in
Redis, as TMDB's limit is per IP address; without it, the process keeps its own.

Run it (``pip install "tmdbfusion[redis]" discord.py``)::

    DISCORD_TOKEN=... TMDB_ACCESS_TOKEN=... python examples/discord_bot.py
    # several processes behind one IP: each runs some shards, one budget in Redis
    REDIS_URL=redis://localhost:6379/0 SHARD_COUNT=4 SHARD_IDS=0,1 python examples/discord_bot.py

The command handlers (``movie_reply``, ``trending_reply``) are plain async functions
of the client and the command's arguments that return a ``Reply``; ``build_bot``
wires them into discord.py, and only ``main()`` connects to Discord.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from tmdbfusion import AsyncTMDBClient, NotFoundError, TMDBError
from tmdbfusion.cache import CachePolicy, MemoryCache
from tmdbfusion.images import ImageURLBuilder
from tmdbfusion.ratelimit import AsyncRateLimit, RedisRateLimiter
from tmdbfusion.types import TimeWindow

if TYPE_CHECKING:
    import redis.asyncio

# TMDB allows about 50 requests a second per IP: stay under it, for the whole fleet.
TMDB_RATE = 45.0
TRENDING_SIZE = 10

log = logging.getLogger("tmdb-bot")


@dataclass(frozen=True)
class Reply:
    """What a command answers, as plain data; ``to_embed`` makes the Discord embed."""

    title: str
    description: str = ""
    url: str | None = None
    thumbnail: str | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)


def make_client(
    redis_client: redis.asyncio.Redis | None = None, *, processes: int = 1, **options: Any
) -> AsyncTMDBClient:
    """The bot's one TMDB client: cached, and rate limited through Redis if given.

    ``options`` go to ``AsyncTMDBClient`` (credentials come from the environment)."""
    rate_limit: float | AsyncRateLimit = TMDB_RATE
    if redis_client is not None:
        # If Redis goes away, each process falls back to its share of the budget.
        rate_limit = RedisRateLimiter(
            redis_client, key="tmdb:ratelimit", rate=TMDB_RATE, fallback_share=1 / processes
        )
    return AsyncTMDBClient(
        cache=MemoryCache(max_entries=10_000),
        # Trending changes within the hour; details may stay a day.
        cache_policy=CachePolicy(ttl={"trending": 600}, max_ttl=86_400, stale_if_error=True),
        rate_limit=rate_limit,
        max_connections=max(1, 20 // processes),  # TMDB's 20 connections per IP
        **options,
    )


async def movie_reply(tmdb: AsyncTMDBClient, title: str) -> Reply:
    """``/movie title``: the best match, with its year, genres, cast and poster."""
    title = title.strip()
    if not title:
        return Reply("Which movie?", "Give me a title, e.g. `/movie fight club`.")
    try:
        found = await tmdb.search.movie(query=title)
        if not found.results:
            return Reply("No match", f"TMDB knows no movie called {title!r}.")
        movie = await tmdb.movies.details(found.results[0].id, append_to_response=["credits"])
        images = ImageURLBuilder(await tmdb.configuration.details())  # cached after once
    except NotFoundError:
        return Reply("No match", f"TMDB knows no movie called {title!r}.")
    except TMDBError:
        log.exception("/movie %r failed", title)
        return Reply("TMDB is not answering", "Try again in a minute.")
    year = (movie.release_date or "")[:4]
    cast = ", ".join(person.name for person in movie.credits.cast[:5] if person.name)
    fields = [("Rating", f"{movie.vote_average or 0:.1f}/10 ({movie.vote_count or 0} votes)")]
    if movie.genres:
        fields.append(("Genres", ", ".join(genre.name or "?" for genre in movie.genres)))
    if cast:
        fields.append(("Starring", cast))
    return Reply(
        title=f"{movie.title} ({year})" if year else movie.title or f"Movie {movie.id}",
        description=(movie.overview or "")[:400],
        url=f"https://www.themoviedb.org/movie/{movie.id}",
        thumbnail=images.url(movie.poster_path, "w185", kind="poster"),
        fields=fields,
    )


async def trending_reply(tmdb: AsyncTMDBClient, window: TimeWindow = "day") -> Reply:
    """``/trending``: the day's (or week's) ten most talked-about movies."""
    try:
        page = await tmdb.trending.movies(window)
    except TMDBError:
        log.exception("/trending %s failed", window)
        return Reply("TMDB is not answering", "Try again in a minute.")
    lines = [
        f"{rank}. {movie.title} ({(movie.release_date or '????')[:4]})"
        for rank, movie in enumerate(page.results[:TRENDING_SIZE], start=1)
    ]
    return Reply(f"Trending movies this {window}", "\n".join(lines) or "Nothing trending.")


def to_embed(reply: Reply) -> discord.Embed:
    embed = discord.Embed(title=reply.title, description=reply.description, url=reply.url)
    if reply.thumbnail is not None:
        embed.set_thumbnail(url=reply.thumbnail)
    for name, value in reply.fields:
        embed.add_field(name=name, value=value[:1024], inline=False)
    return embed


class TMDBBot(discord.AutoShardedClient):
    """The Discord side: a command tree synced once the bot logs in."""

    def __init__(self, tmdb: AsyncTMDBClient, **options: Any) -> None:
        super().__init__(intents=discord.Intents.default(), **options)
        self.tmdb = tmdb
        self.tree = app_commands.CommandTree(self)

    async def setup_hook(self) -> None:
        await self.tree.sync()  # registers /movie and /trending with Discord


def build_bot(tmdb: AsyncTMDBClient, **options: Any) -> TMDBBot:
    """The bot with its commands; nothing is sent to Discord until it is started."""
    bot = TMDBBot(tmdb, **options)

    @bot.tree.command(name="movie", description="Look a movie up on TMDB")
    @app_commands.describe(title="The movie's title, e.g. fight club")
    async def movie(interaction: discord.Interaction, title: str) -> None:
        await interaction.response.defer(thinking=True)  # TMDB may take a moment
        reply = await movie_reply(tmdb, title)
        await interaction.followup.send(embed=to_embed(reply))

    @bot.tree.command(name="trending", description="The movies trending on TMDB")
    @app_commands.describe(window="Today's or this week's")
    async def trending(interaction: discord.Interaction, window: TimeWindow = "day") -> None:
        await interaction.response.defer(thinking=True)
        reply = await trending_reply(tmdb, window)
        await interaction.followup.send(embed=to_embed(reply))

    return bot


async def run(token: str) -> None:
    shard_count = int(os.environ.get("SHARD_COUNT", "1"))
    shard_ids = [int(n) for n in os.environ.get("SHARD_IDS", "").split(",") if n.strip()]
    # This process runs SHARD_IDS of SHARD_COUNT shards (all of them by default).
    processes = max(1, shard_count // len(shard_ids)) if shard_ids else 1
    redis_url = os.environ.get("REDIS_URL")
    redis_client = None
    if redis_url:
        import redis.asyncio

        redis_client = redis.asyncio.Redis.from_url(redis_url, socket_timeout=1.0)
    try:
        async with make_client(redis_client, processes=processes) as tmdb:
            bot = build_bot(tmdb, shard_count=shard_count, shard_ids=shard_ids or None)
            async with bot:
                await bot.start(token)
    finally:
        if redis_client is not None:
            await redis_client.aclose()


def main() -> None:
    discord.utils.setup_logging(level=logging.INFO)
    asyncio.run(run(os.environ["DISCORD_TOKEN"]))


if __name__ == "__main__":
    main()
