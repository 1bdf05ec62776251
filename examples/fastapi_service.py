"""A FastAPI service in front of TMDB: ``GET /movies/{id}`` and ``GET /search?q=``.

One ``AsyncTMDBClient`` for the whole app, opened and closed by the lifespan, with an
in-memory cache so that popular movies cost TMDB one request per few hours. Models are
msgspec Structs: ``tmdbfusion.to_json`` turns them into the JSON bytes the response
carries (TMDB's field names; FastAPI's own encoder does not know them).

Run it (``pip install fastapi uvicorn``)::

    TMDB_ACCESS_TOKEN=... uvicorn examples.fastapi_service:app
    curl localhost:8000/movies/550
    curl 'localhost:8000/search?q=fight+club'
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, cast

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi import Path as PathParam

from tmdbfusion import (
    AsyncTMDBClient,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    to_json,
)
from tmdbfusion.cache import MemoryCache


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Credentials from TMDB_ACCESS_TOKEN or TMDB_API_KEY; one connection pool for all.
    async with AsyncTMDBClient(cache=MemoryCache(max_entries=50_000)) as tmdb:
        app.state.tmdb = tmdb
        yield


app = FastAPI(title="TMDB proxy", lifespan=lifespan)


def get_tmdb(request: Request) -> AsyncTMDBClient:
    return cast(AsyncTMDBClient, request.app.state.tmdb)


TMDB = Annotated[AsyncTMDBClient, Depends(get_tmdb)]
JSON = "application/json"


@app.exception_handler(RateLimitError)
@app.exception_handler(ServerError)
@app.exception_handler(TransportError)
async def tmdb_unavailable(request: Request, exc: Exception) -> Response:
    # Raised only after the client's own retries: tell our callers to come back later.
    body = b'{"detail":"TMDB is not available, try again later"}'
    return Response(body, status_code=503, media_type=JSON, headers={"Retry-After": "30"})


@app.get("/movies/{movie_id}")
async def movie(movie_id: Annotated[int, PathParam(gt=0, lt=2**31)], tmdb: TMDB) -> Response:
    """The movie's details with its credits, as TMDB sends them."""
    try:
        details = await tmdb.movies.details(movie_id, append_to_response=["credits"])
    except NotFoundError:
        raise HTTPException(status_code=404, detail=f"TMDB has no movie {movie_id}") from None
    return Response(to_json(details), media_type=JSON)


@app.get("/search")
async def search(
    q: Annotated[str, Query(min_length=1, max_length=200)],
    tmdb: TMDB,
    page: Annotated[int, Query(ge=1, le=500)] = 1,
) -> Response:
    """One page of TMDB's movie search: ``page``, ``total_pages``, ``results``."""
    results = await tmdb.search.movie(query=q, page=page)
    return Response(to_json(results), media_type=JSON)
