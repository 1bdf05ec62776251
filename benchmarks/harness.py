"""Repeats, statistics and result records shared by every benchmark."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Series:
    """One measured variant: ``samples`` in ``unit``, one per repeat."""

    label: str
    samples: list[float] = field(default_factory=list)
    unit: str = "s"

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> float:
        """Half the distance between the fastest and slowest repeat, relative to the median."""
        if len(self.samples) < 2 or not self.median:
            return 0.0
        return (max(self.samples) - min(self.samples)) / 2 / self.median


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


@dataclass
class Section:
    title: str
    series: list[Series]
    checks: list[Check]
    notes: list[str] = field(default_factory=list)


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def interleaved(variants: dict[str, Callable[[], object]], repeats: int) -> dict[str, Series]:
    """Run every variant once per repeat, in turn, so drift hits them all alike."""
    series = {label: Series(label) for label in variants}
    for _ in range(repeats):
        for label, call in variants.items():
            series[label].samples.append(timed(call))
    return series


def paired_ratio(numerator: Series, denominator: Series) -> float:
    """Median of the per-repeat ratios: each pair was measured side by side."""
    return statistics.median(
        a / b for a, b in zip(numerator.samples, denominator.samples, strict=True)
    )
