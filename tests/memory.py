"""The peak of Python's allocations over a block, for tests whose point is memory.

A plain (not async) context manager, so that ``with traced_peak() as memory:`` reads the
same in tests/_async and in the sync twins ``build_sync.py`` makes from them::

    with traced_peak() as memory:
        ...
    assert memory.peak < 4 * 2**20

``tracemalloc`` sees every allocation made through Python's allocators, in every thread
(the scripted servers' included): bytes read from a socket, inflated gzip output, lists
of chunks. It does not see what C libraries allocate with their own ``malloc`` (OpenSSL's
trust store, for instance), which no test here is about. Its overhead makes each
allocation a few times slower, so keep what runs inside the block small.
"""

from __future__ import annotations

import contextlib
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass

MiB = 2**20


@dataclass
class PeakMemory:
    """What ``traced_peak`` measured, in bytes, relative to the start of the block: the
    highest point reached inside it, and where it ended (both 0 until the block ends)."""

    peak: int = 0
    current: int = 0


@contextlib.contextmanager
def traced_peak() -> Iterator[PeakMemory]:
    """Measure the peak of traced Python allocations inside the block.

    Starts tracing if it was off (and stops it again afterwards); if it was already on,
    resets the peak and leaves tracing on. The figures are relative to what was allocated
    when the block began, so what the test process held before does not count.
    """
    started_here = not tracemalloc.is_tracing()
    if started_here:
        tracemalloc.start()
    tracemalloc.reset_peak()
    baseline, _ = tracemalloc.get_traced_memory()
    measured = PeakMemory()
    try:
        yield measured
    finally:
        current, peak = tracemalloc.get_traced_memory()
        measured.peak = peak - baseline
        measured.current = current - baseline
        if started_here:
            tracemalloc.stop()
