"""Run the benchmark suite and write docs/benchmarks.md and docs/benchmarks.png.

python -m benchmarks            # the full suite (about 32 minutes) -> docs/
python -m benchmarks --quick    # every benchmark, smaller and fewer repeats -> build/benchmarks/
python -m benchmarks --only decoding,startup                              # -> build/benchmarks/

Only a full run replaces the published docs/benchmarks.md (keeping its hand-written
history); a quick or partial run writes to build/benchmarks/ unless --output says otherwise.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import (
    bot,
    bulk_fetch,
    cache_cost,
    crawl,
    decoding,
    exports,
    fleet,
    overhead,
    paced,
    paginate,
    peers,
    resumable_crawl,
    seed_table,
    startup,
)
from .harness import Section
from .payloads import source
from .report import DOCS, markdown, plot

SUITE = {
    "seed_table": seed_table.run,
    "overhead": overhead.run,
    "decoding": decoding.run,
    "peers": peers.run,
    "crawl": crawl.run,
    "startup": startup.run,
    "paced": paced.run,
    "fleet": fleet.run,
    "bot": bot.run,
    "cache_cost": cache_cost.run,
    "exports": exports.run,
    "paginate": paginate.run,
    "resumable_crawl": resumable_crawl.run,
    "bulk_fetch": bulk_fetch.run,
}
HISTORY_MARK = "## What was tried"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="smaller runs, 2 repeats")
    parser.add_argument("--repeats", type=int, default=None)
    parser.add_argument("--only", default="", help="comma-separated: " + ",".join(SUITE))
    parser.add_argument("--output", type=Path, default=None, help="folder for the report")
    args = parser.parse_args(argv)
    repeats = args.repeats or (2 if args.quick else 5)
    chosen = [name for name in args.only.split(",") if name] or list(SUITE)
    unknown = sorted(set(chosen) - set(SUITE))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    if repeats < 5 and not args.quick:
        parser.error("a full run repeats each benchmark at least 5 times")
    full = not args.quick and chosen == list(SUITE)
    output: Path = args.output or (DOCS if full else DOCS.parent / "build" / "benchmarks")
    output.mkdir(parents=True, exist_ok=True)
    print(f"payloads: {source()}; repeats: {repeats}", flush=True)
    sections: list[Section] = []
    for name in chosen:
        started = time.perf_counter()
        print(f"-- {name} ...", flush=True)
        section = SUITE[name](repeats, args.quick)
        sections.append(section)
        for check in section.checks:
            verdict = "PASS" if check.passed else "MISS"
            print(f"   {verdict} {check.name}: {check.value:.3f} (bar {check.limit:g})", flush=True)
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    target = output / "benchmarks.md"
    history = ""
    for previous in (target, DOCS / "benchmarks.md"):
        text = previous.read_text(encoding="utf-8") if previous.is_file() else ""
        if HISTORY_MARK in text:
            history = HISTORY_MARK + text.split(HISTORY_MARK, 1)[1]
            break
    target.write_text(
        markdown(sections, repeats=repeats, quick=args.quick, history=history), encoding="utf-8"
    )
    plot(sections, output / "benchmarks.png")
    print(f"wrote {target} and {output / 'benchmarks.png'}")
    return 0 if all(c.passed for s in sections for c in s.checks) else 1


if __name__ == "__main__":
    sys.exit(main())
