"""The ``.part`` file of a download, in an asyncio and a blocking flavour.

Hand-written pair, like the transports and ``_singleflight``: ``build_sync.py`` maps
``AsyncPartFile`` to ``SyncPartFile`` and ``aclose`` to ``close``, and the two share
every other method name. The asyncio one does its file work in a thread
(``asyncio.to_thread``), so a slow disk never holds the event loop; it buffers up to
1 MiB between writes, so that costs one thread hop per MiB, not one per network chunk.

Next to ``NAME.part`` lives ``NAME.part.url``, the URL its bytes came from, so that a
resumed download never appends one day's file to another's.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self

_BUFFER = 2**20


class SyncPartFile:
    """``target``'s partial download: ``NAME.part``, resumed or restarted, renamed
    onto ``target`` when complete. Use it as a context manager (which closes the
    handle and keeps the part for a later resume)."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = target.with_name(target.name + ".part")
        self._source = target.with_name(target.name + ".part.url")
        self._handle: BinaryIO | None = None
        self._buffer: list[bytes] = []
        self._buffered = 0

    def size(self, url: str | None) -> int:
        """Bytes already downloaded from ``url`` (0, and the part discarded, when the
        part came from another URL; a part without a recorded URL is trusted, and so is
        any part when ``url`` is None)."""
        try:
            source = self._source.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            source = None
        if url is not None and source is not None and source != url:
            self.path.unlink(missing_ok=True)
            return 0
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def open(self, url: str, *, offset: int) -> None:
        """Write from ``offset`` on (0: start afresh), recording ``url`` as the source."""
        self.close()
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self._source.write_text(url + "\n", encoding="utf-8")
        handle = self.path.open("r+b" if offset > 0 and self.path.exists() else "wb")
        handle.truncate(offset)
        handle.seek(offset)
        self._handle = handle

    def write(self, data: bytes) -> None:
        self._buffer.append(data)
        self._buffered += len(data)
        if self._buffered >= _BUFFER:
            self._flush()

    def finish(self) -> Path:
        """Flush, fsync and rename the part onto the target; the target's ``Path``."""
        self._flush()
        handle, self._handle = self._handle, None
        if handle is not None:
            with handle:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(self.path, self.target)
        self._source.unlink(missing_ok=True)
        return self.target

    def close(self) -> None:
        """Write what is buffered and close the handle; the part stays, for a resume."""
        handle = self._handle
        if handle is None:
            return
        try:
            self._flush()
        finally:
            self._handle = None
            handle.close()

    def _flush(self) -> None:
        if self._buffer and self._handle is not None:
            data = b"".join(self._buffer)
            self._buffer.clear()
            self._buffered = 0
            self._handle.write(data)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncPartFile:
    """``SyncPartFile`` with its file work in a thread, one call at a time."""

    def __init__(self, target: Path) -> None:
        self._file = SyncPartFile(target)
        self.target = target
        self.path = self._file.path

    async def size(self, url: str | None) -> int:
        return await asyncio.to_thread(self._file.size, url)

    async def open(self, url: str, *, offset: int) -> None:
        await asyncio.to_thread(self._file.open, url, offset=offset)

    async def write(self, data: bytes) -> None:
        file = self._file
        # Buffering is memory work: only a full buffer goes to the thread.
        if file._buffered + len(data) < _BUFFER:
            file._buffer.append(data)
            file._buffered += len(data)
        else:
            await asyncio.to_thread(file.write, data)

    async def finish(self) -> Path:
        return await asyncio.to_thread(self._file.finish)

    async def aclose(self) -> None:
        # Shielded: a cancelled download still closes its handle (in the thread).
        await asyncio.shield(asyncio.to_thread(self._file.close))

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
