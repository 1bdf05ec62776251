"""What a crawl has safely written (``checkpoint.json``).

It lists the ids done (by their index in ``ids.txt``: all below ``done_below``, and
``done`` above it) and the byte length of ``results.ndjson`` and ``failures.ndjson``
that holds exactly their lines. It is replaced atomically, and only after those bytes
are fsynced, so after any crash the files are cut back to these lengths and the ids not
listed are fetched again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_atomic
from .errors import CrawlError

CHECKPOINT = "checkpoint.json"


@dataclass(slots=True)
class Checkpoint:
    """Ids done, the files' lengths that hold their lines, and the counts of each."""

    done_below: int = 0
    done: set[int] = field(default_factory=set)
    results_size: int = 0
    failures_size: int = 0
    succeeded: int = 0
    failed: int = 0

    def is_done(self, index: int) -> bool:
        # The writer thread calls mark() while the loop asks this: the set first, then
        # the bound, which mark() raises before taking an index out of the set, so an
        # index being folded is always seen in one or the other.
        return index in self.done or index < self.done_below

    def mark(self, indexes: Iterable[int]) -> None:
        """Record ``indexes`` as done, folding the run from ``done_below`` up."""
        self.done.update(indexes)
        while self.done_below in self.done:
            index = self.done_below
            self.done_below = index + 1
            self.done.discard(index)

    @property
    def count(self) -> int:
        return self.done_below + len(self.done)

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "version": 1,
                "done_below": self.done_below,
                "done": sorted(self.done),
                "results_size": self.results_size,
                "failures_size": self.failures_size,
                "succeeded": self.succeeded,
                "failed": self.failed,
            }
        ).encode()

    def save(self, out_dir: Path) -> None:
        write_atomic(out_dir / CHECKPOINT, self.to_bytes())


def load_checkpoint(out_dir: Path) -> Checkpoint:
    """The directory's checkpoint; an empty one before the first is written."""
    path = out_dir / CHECKPOINT
    try:
        raw = json.loads(path.read_bytes())
        return Checkpoint(
            done_below=int(raw["done_below"]),
            done={int(index) for index in raw["done"]},
            results_size=int(raw["results_size"]),
            failures_size=int(raw["failures_size"]),
            succeeded=int(raw["succeeded"]),
            failed=int(raw["failed"]),
        )
    except FileNotFoundError:
        return Checkpoint()
    except (ValueError, KeyError, TypeError) as exc:
        raise CrawlError(f"{path} is not a crawl checkpoint: {exc}") from None
