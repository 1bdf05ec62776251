"""The two output files, appended in batches and cut back to a checkpoint on restart."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from .checkpoint import Checkpoint
from .errors import CrawlError

RESULTS = "results.ndjson"
FAILURES = "failures.ndjson"


class Journal:
    """``results.ndjson`` and ``failures.ndjson`` of a crawl directory.

    Opening cuts both back to the lengths ``checkpoint`` records, which drops the lines
    of items done after it (they are fetched again) and any torn last line. ``write()``
    blocks: run it in a thread.
    """

    def __init__(self, out_dir: Path, checkpoint: Checkpoint) -> None:
        self._files: list[BinaryIO] = []
        try:
            self._results = self._open(out_dir / RESULTS, checkpoint.results_size)
            self._failures = self._open(out_dir / FAILURES, checkpoint.failures_size)
        except BaseException:
            self.close()
            raise

    def _open(self, path: Path, size: int) -> BinaryIO:
        file = open(path, "ab")  # noqa: SIM115  # closed by close()
        self._files.append(file)
        length = file.seek(0, os.SEEK_END)
        if length < size:
            raise CrawlError(
                f"{path} is shorter ({length} bytes) than its checkpoint says ({size}): "
                "it was changed by hand; start again in another --out directory"
            )
        if length > size:
            file.truncate(size)
            file.seek(size)
            file.flush()
            os.fsync(file.fileno())
        return file

    def write(self, results: list[bytes], failures: list[bytes]) -> tuple[int, int]:
        """Append these lines, fsync, and return both files' lengths (blocking)."""
        sizes = []
        for file, lines in ((self._results, results), (self._failures, failures)):
            if lines:
                file.write(b"".join(lines))
                file.flush()
                os.fsync(file.fileno())
            sizes.append(file.tell())
        return sizes[0], sizes[1]

    def close(self) -> None:
        for file in self._files:
            file.close()
        self._files.clear()
