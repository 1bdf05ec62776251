"""What ``client.fetch_many`` yields for each input: its value, or the error it met."""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

InT = TypeVar("InT")
T = TypeVar("T")


class FetchResult(NamedTuple, Generic[InT, T]):
    """The outcome of one call of a ``fetch_many`` batch.

    ``input`` is the item as it was given; ``value`` the call's result (``None`` when it
    failed); ``error`` the exception it raised (a ``TMDBError``, or the ``ValueError`` /
    ``TypeError`` of an argument refused before sending), else ``None``. Unpacks as
    ``input, value, error``.
    """

    input: InT
    value: T | None
    error: Exception | None

    @property
    def ok(self) -> bool:
        """Whether the call succeeded (``error`` is ``None``)."""
        return self.error is None
