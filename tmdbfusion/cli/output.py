"""How the command prints TMDB's answers: ``--format json|ndjson|table`` and ``--raw``.

- ``--raw``: TMDB's bytes as they came (with ``--paginate``, each page on its own line).
- ``json``: the answer, indented (with ``--paginate``, one array of every item).
- ``ndjson``: one JSON value per line: the items of a paged answer, else the answer.
- ``table``: a table of a paged answer's items, a tree of any other answer (rich).

Without ``--format``, a terminal gets ``table`` and a pipe or file gets ``json``. The
JSON is TMDB's: items pass through as ``msgspec.Raw``, so numbers, key order and
unknown fields stay exactly as TMDB sent them.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

import msgspec

FORMATS = ("json", "ndjson", "table")
TREE_LIST_ITEMS = 10
# The columns a reader looks for, in this order: from each group, the first key the
# items have.
COLUMN_GROUPS = (
    ("id",),
    ("media_type",),
    ("title", "name"),
    ("character", "job", "department"),
    ("release_date", "first_air_date", "air_date", "created_at"),
    ("vote_average",),
    ("popularity",),
)


class OutputError(ValueError):
    """An output option that cannot be honoured (exit code 2)."""


class _Page(msgspec.Struct):
    results: list[msgspec.Raw] | None = None


_page_decoder = msgspec.json.Decoder(_Page)
_any_decoder = msgspec.json.Decoder()
_NO_ROW = object()


def has_rich() -> bool:
    return importlib.util.find_spec("rich") is not None


def choose_format(requested: str | None, stream: IO[str]) -> str:
    """The format to print in: the one asked for, else table on a terminal (when rich
    is installed) and JSON elsewhere."""
    if requested is None:
        return "table" if stream.isatty() and has_rich() else "json"
    if requested == "table" and not has_rich():
        raise OutputError(
            "--format table needs rich: pip install 'tmdbfusion[cli]' (or use --format json)"
        )
    return requested


class Printer:
    """Writes answers to ``stream`` in one format."""

    def __init__(self, fmt: str, *, raw: bool = False, stream: IO[str] | None = None) -> None:
        self.format = fmt
        self.raw = raw
        self.stream = stream or sys.stdout

    def document(self, content: bytes) -> None:
        """One answer."""
        if self.raw:
            self._write(content)
        elif self.format == "json":
            self._write(msgspec.json.format(content, indent=2) + b"\n")
        elif self.format == "ndjson":
            items = _items(content)
            for line in items if items is not None else [msgspec.Raw(content)]:
                self._write(_one_line(line) + b"\n")
        else:
            _render(_any_decoder.decode(content), self.stream)

    def pages(self, pages: Iterable[bytes]) -> None:
        """The answers of a walk over pages, as one list of items."""
        if self.raw:
            for content in pages:
                self._write(_one_line(msgspec.Raw(content)) + b"\n")
        elif self.format == "ndjson":
            for content in pages:
                for item in _items(content) or ():
                    self._write(_one_line(item) + b"\n")
        elif self.format == "json":
            items = [item for content in pages for item in _items(content) or ()]
            self._write(msgspec.json.format(msgspec.json.encode(items), indent=2) + b"\n")
        else:
            rows = [_any_decoder.decode(i) for content in pages for i in _items(content) or ()]
            _render({"results": rows}, self.stream)

    def rows(self, rows: Iterable[Any]) -> None:
        """Typed rows, streamed (``tmdbfusion exports``): a JSON array, one row a line,
        or aligned columns."""
        encoder = msgspec.json.Encoder()
        rows = iter(rows)
        if self.format == "json":
            # The first row first: a missing file fails before any of the array is out.
            first = next(rows, _NO_ROW)
            if first is _NO_ROW:
                self._write(b"[]\n")
                return
            self._write(b"[\n" + encoder.encode(first))
            for row in rows:
                self._write(b",\n" + encoder.encode(row))
            self._write(b"\n]\n")
        elif self.format == "ndjson":
            for row in rows:
                self._write(encoder.encode(row) + b"\n")
        else:
            for row in rows:
                fields = msgspec.structs.asdict(row)
                self._write(("  ".join(_cell(v) for v in fields.values()) + "\n").encode())

    def flush(self) -> None:
        """Push out what is buffered (``main`` calls it once the command is done)."""
        binary = getattr(self.stream, "buffer", None)
        (binary or self.stream).flush()

    def _write(self, data: bytes) -> None:
        # Bytes go to the binary buffer underneath (TMDB's bytes, unchanged, without
        # a decode and encode); nothing else writes text to the stream meanwhile.
        binary = getattr(self.stream, "buffer", None)
        if binary is None:
            self.stream.write(data.decode("utf-8", "replace"))
        else:
            binary.write(data)


def _items(content: bytes) -> list[msgspec.Raw] | None:
    """A paged answer's items, each as TMDB's bytes; None for any other answer."""
    try:
        return _page_decoder.decode(content).results
    except msgspec.ValidationError:
        return None


def _one_line(item: msgspec.Raw) -> bytes:
    data = bytes(item)
    if b"\n" in data or b"\r" in data:
        return msgspec.json.format(data, indent=0)
    return data


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | dict):
        return f"({len(value)})"
    return str(value)


def _render(document: Any, stream: IO[str]) -> None:
    from rich.console import Console

    stream.flush()
    console = Console(file=stream, soft_wrap=False)
    results = document.get("results") if isinstance(document, dict) else None
    if isinstance(results, list) and all(isinstance(item, dict) for item in results):
        console.print(_table(document, results))
    else:
        console.print(_tree("answer", document))


def _table(document: dict[str, Any], items: list[dict[str, Any]]) -> Any:
    from rich.table import Table

    keys: list[str] = []
    for item in items:
        keys.extend(k for k in item if k not in keys)
    columns = [
        next(k for k in group if k in keys) for group in COLUMN_GROUPS if set(group) & set(keys)
    ]
    if len(columns) < 2:
        columns = [k for k in keys if not isinstance(items[0].get(k), list | dict)][:6]
    caption = f"{len(items)} items"
    if "total_results" in document:
        caption = (
            f"page {document.get('page')} of {document.get('total_pages')}, "
            f"{document['total_results']:,} results in all"
        )
    table = Table(*columns, caption=caption)
    for item in items:
        table.add_row(*(_cell(item.get(column)) for column in columns))
    return table


def _tree(label: str, value: Any) -> Any:
    from rich.markup import escape
    from rich.tree import Tree

    tree = Tree(escape(label))
    for key, child in _children(value):
        if isinstance(child, dict):
            tree.add(_tree(key, child))
        elif isinstance(child, list) and any(isinstance(i, dict | list) for i in child):
            tree.add(_tree(f"{key} ({len(child)})", child))
        else:
            shown = ", ".join(_cell(i) for i in child) if isinstance(child, list) else _cell(child)
            tree.add(f"[bold]{escape(str(key))}[/bold]: {escape(shown)}")
    return tree


def _children(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        yield from ((str(k), v) for k, v in value.items())
        return
    for index, item in enumerate(value):
        if index == TREE_LIST_ITEMS:
            yield f"... {len(value) - TREE_LIST_ITEMS} more", ""
            return
        yield _summary(index, item), item


def _summary(index: int, item: Any) -> str:
    if isinstance(item, dict):
        keys = ("id", "name", "title", "character", "job")
        named = [str(item[k]) for k in keys if item.get(k) is not None]
        if named:
            return " · ".join(named)
    return str(index)
