"""Optional features and the extras that bring them."""

from __future__ import annotations

import importlib.util


class MissingExtraError(ImportError, ValueError):
    """An optional feature was asked for without its extra installed.

    Both an ``ImportError`` (a package is missing) and a ``ValueError`` (the argument
    cannot be honoured as things are), raised when the client is created.
    """


def require_extra(module: str, *, feature: str, extra: str) -> None:
    """Refuse ``feature`` unless ``module`` can be imported, naming the extra to install."""
    if importlib.util.find_spec(module) is None:
        raise MissingExtraError(
            f"{feature} needs the optional {module!r} package: pip install 'tmdbfusion[{extra}]'"
        )
