"""What a crawl directory is for (``crawl.json``) and its list of ids (``ids.txt``).

The ids are read from their source once, on the first run, deduplicated and written to
``ids.txt``; ``crawl.json`` is written after it, so its presence says the list is
complete. A resumed crawl works through that list, whatever the source says today.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .atomic import write_atomic
from .errors import CrawlError, CrawlUsageError

MANIFEST = "crawl.json"
IDS = "ids.txt"


@dataclass(frozen=True, slots=True)
class Manifest:
    """The operation, ``append_to_response`` parts and id source a directory is for,
    and how many ids its list holds."""

    operation: str
    append: tuple[str, ...]
    source: str
    total: int = 0

    def check_same(self, other: Manifest, out_dir: Path) -> None:
        """``CrawlUsageError`` unless ``other`` asks for the crawl this one records."""
        for name, mine, theirs in (
            ("operation", self.operation, other.operation),
            ("--append", ",".join(self.append), ",".join(other.append)),
            ("--ids", self.source, other.source),
        ):
            if mine != theirs:
                raise CrawlUsageError(
                    f"{out_dir} holds a crawl with {name} {mine or '(none)'!r}, not "
                    f"{theirs or '(none)'!r}: use another --out directory"
                )


def load_manifest(out_dir: Path) -> Manifest | None:
    """The directory's manifest, or ``None`` before one is written."""
    path = out_dir / MANIFEST
    try:
        raw = json.loads(path.read_bytes())
        return Manifest(
            operation=str(raw["operation"]),
            append=tuple(str(part) for part in raw["append"]),
            source=str(raw["ids"]),
            total=int(raw["total"]),
        )
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as exc:
        raise CrawlError(f"{path} is not a crawl manifest: {exc}") from None


def save_ids(out_dir: Path, ids: list[int | str], manifest: Manifest) -> Manifest:
    """Write the id list, then the manifest that marks it complete; return the manifest
    with its ``total``."""
    write_atomic(out_dir / IDS, "".join(json.dumps(item) + "\n" for item in ids).encode())
    saved = Manifest(manifest.operation, manifest.append, manifest.source, len(ids))
    document = {
        "version": 1,
        "operation": saved.operation,
        "append": list(saved.append),
        "ids": saved.source,
        "total": saved.total,
    }
    write_atomic(out_dir / MANIFEST, json.dumps(document, indent=1).encode() + b"\n")
    return saved


def iter_ids(out_dir: Path) -> Iterator[tuple[int, int | str]]:
    """``(index, id)`` for each id of the directory's list, read as needed."""
    with open(out_dir / IDS, encoding="utf-8") as file:
        for index, line in enumerate(file):
            item = json.loads(line)
            yield index, item
