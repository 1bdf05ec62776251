"""3. Decoding alone: bytes to objects, ours against json.loads, msgspec and the peers."""

from __future__ import annotations

import contextlib
import gc
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import msgspec

from tmdbfusion._decoding import decoder_for
from tmdbfusion.models import MovieDetails, MovieListItem, Page
from tmdbfusion.models.tv_seasons import TVSeasonDetails

from .harness import Check, Section, Series, paired_ratio
from .payloads import movie_details_full, movie_details_plain, page_of_20, tv_season

ROUNDS = 5


def _per_call(call: Callable[[], object], budget: float) -> float:
    """Seconds per call, averaged over as many calls as fit in ``budget``."""
    gc.collect()  # not to bill one variant for the garbage of the one before
    calls, started = 0, time.perf_counter()
    while True:
        call()
        calls += 1
        elapsed = time.perf_counter() - started
        if elapsed >= budget:
            return elapsed / calls


@contextlib.contextmanager
def _peer_decoders() -> Iterator[dict[str, Callable[[str, bytes], Any]]]:
    """Each installed peer's own bytes-to-model path, by payload kind."""
    peers: dict[str, Callable[[str, bytes], Any]] = {}
    with contextlib.ExitStack() as stack:
        try:
            from themoviedb import schemas
            from themoviedb._core.response import normalize_response
            from themoviedb.utils import as_dataclass

            dataclasses = {
                "details": schemas.Movie,
                "plain details": schemas.Movie,
                "page": schemas.Movies,
                "season": schemas.Season,
            }
            # What its transport and routes do with a body: json, key fix-up, dacite.
            peers["themoviedb (dacite dataclasses)"] = lambda kind, raw: as_dataclass(
                dataclasses[kind], normalize_response(json.loads(raw))
            )
        except ImportError:
            pass
        try:
            import tmdbapis.api3
            from tmdbapis import TMDbAPIs
            from tmdbapis.objs.reload import Movie, Season

            from tmdbfusion.testing.server import FakeTMDB

            from .payloads import configuration_examples

            # tmdbapis objects need an API object, which loads TMDB's configuration.
            fake = stack.enter_context(FakeTMDB())
            for path, body in configuration_examples().items():
                fake.set_response("GET", path, body)
            tmdbapis.api3.base_url = f"{fake.url}/3"
            api = TMDbAPIs(fake.api_key)

            def tmdbapis_object(kind: str, raw: bytes) -> Any:
                data = json.loads(raw)
                if kind == "season":
                    return Season(api, data, tv_id=1)
                if kind == "page":
                    # Its paginated objects fetch their own first page, so build what
                    # they build from one: a Movie per result.
                    return [Movie(api, item) for item in data["results"]]
                return Movie(api, data)

            peers["tmdbapis (objects)"] = tmdbapis_object
        except ImportError:
            pass
        yield peers


def run(repeats: int, quick: bool) -> Section:
    budget = 0.05 if quick else 0.3
    cases = {
        "details": (movie_details_full(), MovieDetails),
        "plain details": (movie_details_plain(), MovieDetails),
        "page": (page_of_20(), Page[MovieListItem]),
        "season": (tv_season(), TVSeasonDetails),
    }
    with _peer_decoders() as peers:
        return _measure(cases, peers, repeats, budget)


def _measure(
    cases: dict[str, tuple[bytes, Any]],
    peers: dict[str, Callable[[str, bytes], Any]],
    repeats: int,
    budget: float,
) -> Section:
    series: list[Series] = []
    checks: list[Check] = []
    notes: list[str] = []
    for kind, (raw, model) in cases.items():
        decoder = decoder_for(model)
        variants: dict[str, Callable[[], object]] = {
            "tmdbfusion typed": lambda raw=raw, d=decoder: d.decode(raw),
            "json.loads": lambda raw=raw: json.loads(raw),
            "msgspec untyped": lambda raw=raw: msgspec.json.decode(raw),
        }
        for name, peer in peers.items():
            variants[name] = lambda raw=raw, peer=peer, kind=kind: peer(kind, raw)
        measured = {label: Series(f"{kind}: {label}", unit="µs") for label in variants}
        for label, call in list(variants.items()):
            try:
                call()
            except Exception as exc:  # a peer's model rejecting the payload
                notes.append(f"{kind}: {label} failed: {type(exc).__name__}: {exc}"[:240])
                del variants[label]
        for _ in range(repeats):
            # Each repeat interleaves the variants in short slices (A, B, C, A, B, C ...),
            # so a burst of noise on the machine hits them all alike.
            spent = dict.fromkeys(variants, 0.0)
            for _ in range(ROUNDS):
                for label, call in variants.items():
                    spent[label] += _per_call(call, budget / ROUNDS)
            for label, seconds in spent.items():
                measured[label].samples.append(seconds / ROUNDS * 1e6)
        series.extend(s for s in measured.values() if s.samples)
        typed = measured["tmdbfusion typed"]
        # The bar covers full details, a page and a season; plain details are
        # here for the peers (themoviedb's schema rejects the full payload), and their
        # json.loads ratio is reported in the notes.
        if kind == "plain details":
            ratio = paired_ratio(measured["json.loads"], typed)
            notes.append(f"plain details: json.loads takes {ratio:.2f}x as long as typed")
        else:
            checks.append(
                Check(
                    f"decode {kind}: json.loads / typed",
                    paired_ratio(measured["json.loads"], typed),
                    2.0,
                    at_most=False,
                )
            )
        for name in peers:
            if name in measured and measured[name].samples:
                checks.append(
                    Check(
                        f"decode {kind}: {name} / typed",
                        paired_ratio(measured[name], typed),
                        10.0,
                        at_most=False,
                    )
                )
        notes.append(f"{kind}: {len(raw) / 1024:.1f} KB")
    return Section("3. Decoding alone (µs per payload)", series, checks, notes)
