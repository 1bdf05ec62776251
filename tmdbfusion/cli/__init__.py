"""The ``tmdbfusion`` command (``python -m tmdbfusion``): see ``tmdbfusion.cli.main``."""

from __future__ import annotations

from .main import main

__all__ = ["main"]
