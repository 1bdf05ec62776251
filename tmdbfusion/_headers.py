"""``Headers``: a response's headers as an error keeps them, read-only and masked."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from ._secret import Secret, redact


class Headers(Mapping[str, str]):
    """Read-only headers, looked up in any letter case. A name sent more than once keeps
    its values joined by ``", "``, as HTTP allows."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        merged: dict[str, tuple[str, str]] = {}
        for name, value in items:
            key = name.lower()
            if key in merged:
                value = f"{merged[key][1]}, {value}"
                name = merged[key][0]
            merged[key] = (name, value)
        self._items = merged

    @classmethod
    def masked(cls, headers: Mapping[str, str], secrets: Iterable[Secret | str | None]) -> Headers:
        """``headers`` with every credential masked (a ``Location`` may echo the URL)."""
        known = tuple(secrets)
        return cls((name, redact(value, known)) for name, value in headers.items())

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({dict(self._items.values())!r})"
