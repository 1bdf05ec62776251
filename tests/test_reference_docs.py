"""docs/reference/endpoints.md is generated from the registry and must not be stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tmdbfusion

ROOT = Path(__file__).resolve().parent.parent


def test_reference_is_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "build_reference.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_reference_lists_every_operation() -> None:
    text = (ROOT / "docs" / "reference" / "endpoints.md").read_text(encoding="utf-8")
    for endpoint in tmdbfusion.ENDPOINTS:
        assert f"| `{endpoint.operation_id}` | `{endpoint.method} {endpoint.path}` |" in text
