"""Offline testing for code that uses TMDBFusion: ``FakeTMDB`` and pytest fixtures.

``tmdbfusion.testing.FakeTMDB`` is a real HTTP server on 127.0.0.1 that answers like
TMDB. The pytest plugin (installed with the package) provides the ``fake_tmdb``
fixture. Run it alone with ``python -m tmdbfusion.testing --port 8765``.
Its search operations find nothing for the query ``NO_RESULTS_QUERY``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .faults import Faults
from .recording import RecordedRequest
from .search import NO_RESULTS_QUERY

if TYPE_CHECKING:
    from .server import FakeTMDB

__all__ = ["NO_RESULTS_QUERY", "FakeTMDB", "Faults", "RecordedRequest"]


def __getattr__(name: str) -> Any:
    # The server needs aiohttp; import it only when asked for.
    if name == "FakeTMDB":
        from .server import FakeTMDB

        return FakeTMDB
    raise AttributeError(f"module 'tmdbfusion.testing' has no attribute {name!r}")
