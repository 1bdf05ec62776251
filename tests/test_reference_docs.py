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


def test_reference_says_what_each_parameter_takes() -> None:
    text = (ROOT / "docs" / "reference" / "endpoints.md").read_text(encoding="utf-8")
    section = text.split("### discover.movie\n", 1)[1].split("\n### ", 1)[0]
    assert (
        "| `vote_average_gte` | query `vote_average.gte` | a finite number from 0 to 10" in section
    )
    assert "Also: each `x_gte` at most its `x_lte`." in section
    details = text.split("### v4.lists.item_status\n", 1)[1].split("\n### ", 1)[0]
    assert "| `media_type` (required) | query `media_type` | one of movie, tv |" in details
    assert "a user's v4 access token if given, else the client's" in details
