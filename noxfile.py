"""nox sessions: `nox -s tests`, `nox -s lint`, `nox -s bench`, `nox -s docs`."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole suite, async tests and their generated sync twins, over real sockets."""
    session.install("-e", ".[test]")
    # Exit code 5 (no tests collected) fails the session like any other failure.
    session.run("python", "-m", "pytest", "-W", "error::ResourceWarning", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Drift check of the generated sync code, ruff and mypy --strict on both trees."""
    session.install("-e", ".[dev]")
    session.run("python", "build_resources.py", "--check")
    session.run("python", "build_sync.py", "--check")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "--strict")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against FakeTMDB; writes docs/benchmarks.md and docs/benchmarks.png."""
    # The redis extra: fleet and cache_cost run RedisRateLimiter and RedisCache against a
    # real redis-server (the redis-server program must be installed, e.g. apt-get).
    session.install("-e", ".[redis]", "-r", "benchmarks/requirements.txt")
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The documentation site: `mkdocs build --strict` into site/ (broken links, anchors
    and API references fail it). Nothing is downloaded at build time."""
    session.install("-e", ".[docs]")
    session.run(
        "mkdocs", "build", "--strict", "--site-dir", "site", env={"NO_MKDOCS_2_WARNING": "1"}
    )
