"""Repeats, statistics and result records shared by every benchmark."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .server import Server


@dataclass
class Series:
    """One measured variant: ``samples`` in ``unit``, one per repeat."""

    label: str
    samples: list[float] = field(default_factory=list)
    unit: str = "s"
    # Per repeat, the share of the wall time each side spent on a CPU: the client
    # process (all its threads) and the FakeTMDB process. A side near 100% set the pace.
    client_busy: list[float] = field(default_factory=list)
    server_busy: list[float] = field(default_factory=list)
    # Per repeat, the client process's CPU seconds (time.process_time(): all its threads,
    # creating and closing the client included). Divided by ``requests`` where that is set.
    client_cpu: list[float] = field(default_factory=list)
    # Requests per sample, where the variant sends a known number: the report then shows
    # the client's CPU time per request.
    requests: int | None = None
    # The physical floor of this variant, where one is known (seconds, like samples).
    floor: float | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> float:
        """Half the distance between the fastest and slowest repeat, relative to the median."""
        if len(self.samples) < 2 or not self.median:
            return 0.0
        return (max(self.samples) - min(self.samples)) / 2 / self.median

    @property
    def cpu_per_request(self) -> float | None:
        """Median client CPU seconds per request, where the request count is known."""
        if not self.requests or not self.client_cpu:
            return None
        return statistics.median(self.client_cpu) / self.requests


@dataclass
class Check:
    """A target: ``value`` (usually a median ratio) against ``limit``."""

    name: str
    value: float
    limit: float
    at_most: bool = True
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.value <= self.limit if self.at_most else self.value >= self.limit


WALK_CPU_NOTE = (
    "Client CPU per request: the client process's CPU time during the walk alone "
    "(`time.process_time()`, all its threads; creating and closing the client excluded), "
    "divided by the requests it sent; the median over the repeats."
)


@dataclass
class Section:
    title: str
    series: list[Series]
    checks: list[Check]
    notes: list[str] = field(default_factory=list)
    # How "client CPU per request" was measured, when not over a whole run (the
    # report's default note); e.g. over a walk alone, client set-up excluded.
    cpu_note: str | None = None


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def measure(series: Series, call: Callable[[], object], server: Server | None = None) -> None:
    """One sample of ``call``: wall seconds, and how busy the client and server were.

    Garbage the previous variant left behind is collected first: otherwise the cyclic
    collector bills it to whichever variant happens to run next (a run after
    themoviedb's dataclasses measured up to 35% slower without this).
    """
    gc.collect()
    server_before = server.cpu_seconds() if server is not None else 0.0
    cpu_before = time.process_time()
    started = time.perf_counter()
    call()
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_before
    series.samples.append(wall)
    series.client_cpu.append(cpu)
    series.client_busy.append(cpu / wall)
    if server is not None:
        series.server_busy.append((server.cpu_seconds() - server_before) / wall)


def interleaved(
    variants: dict[str, Callable[[], object]],
    repeats: int,
    server: Server | None = None,
    *,
    requests: int | None = None,
) -> dict[str, Series]:
    """Run every variant once per repeat, in turn (A, B, C, A, B, C ...), so drift on a
    noisy machine hits them all alike. ``requests``: how many each call sends."""
    series = {label: Series(label, requests=requests) for label in variants}
    for _ in range(repeats):
        for label, call in variants.items():
            measure(series[label], call, server)
    return series


def paired_ratio(numerator: Series, denominator: Series) -> float:
    """Median of the per-repeat ratios: each pair was measured side by side."""
    return statistics.median(
        a / b for a, b in zip(numerator.samples, denominator.samples, strict=True)
    )


def paired_cpu_ratio(numerator: Series, denominator: Series) -> float:
    """Median of the per-repeat ratios of client CPU seconds. With the same number of
    requests on both sides, this is the ratio of client CPU per request."""
    assert numerator.requests == denominator.requests
    return statistics.median(
        a / b for a, b in zip(numerator.client_cpu, denominator.client_cpu, strict=True)
    )
