"""Credentials that never show up in a repr, a log line or a traceback."""

from __future__ import annotations

from collections.abc import Iterable

REDACTED = "***"


class Secret:
    """Holds a credential; ``repr``/``str`` show ``***`` so locals dumps stay clean."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def redact(text: str, secrets: Iterable[Secret | None]) -> str:
    """Replace every credential in ``text`` (e.g. a URL inside an exception message)."""
    for secret in secrets:
        if secret is not None and secret.reveal():
            text = text.replace(secret.reveal(), REDACTED)
    return text
