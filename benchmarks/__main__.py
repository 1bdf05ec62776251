"""Run the benchmark suite and write docs/benchmarks.md and docs/benchmarks.png.

python -m benchmarks            # the full suite (about 20 minutes)
python -m benchmarks --quick    # every benchmark, smaller and fewer repeats
python -m benchmarks --only decoding,startup
"""

from __future__ import annotations

import argparse
import sys
import time

from . import crawl, decoding, overhead, peers, seed_table, startup
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
}
HISTORY_MARK = "## What was tried"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="smaller runs, 2 repeats")
    parser.add_argument("--repeats", type=int, default=None)
    parser.add_argument("--only", default="", help="comma-separated: " + ",".join(SUITE))
    args = parser.parse_args(argv)
    repeats = args.repeats or (2 if args.quick else 5)
    chosen = [name for name in args.only.split(",") if name] or list(SUITE)
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
    target = DOCS / "benchmarks.md"
    history = ""
    if target.is_file() and HISTORY_MARK in target.read_text(encoding="utf-8"):
        history = HISTORY_MARK + target.read_text(encoding="utf-8").split(HISTORY_MARK, 1)[1]
    target.write_text(
        markdown(sections, repeats=repeats, quick=args.quick, history=history), encoding="utf-8"
    )
    plot(sections, DOCS / "benchmarks.png")
    print(f"wrote {target} and {DOCS / 'benchmarks.png'}")
    return 0 if all(c.passed for s in sections for c in s.checks) else 1


if __name__ == "__main__":
    sys.exit(main())
