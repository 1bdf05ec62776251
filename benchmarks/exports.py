"""11. Exports: typed rows per second from TMDB's daily movie export, and peak memory.

A generated 1.2-million-line movie export (the size of TMDB's real one), gzipped, on local
disk, is read a chunk at a time into the library's own decoder, the one
``client.exports.iter`` feeds (``tmdbfusion._exports.ExportDecoder``: incremental gunzip,
then msgspec's ``decode_lines`` into ``MovieExport`` rows), side by side with the obvious
hand-written way: ``gzip.open`` and ``json.loads`` per line. For contrast, the same file
also goes through ``TMDBClient.exports.iter`` from a FakeTMDB in a process of its own.

Every sample runs in a fresh subprocess, so that each variant's peak resident memory is
its own:

    python -m benchmarks.exports --variant decoder|json --file PATH
    python -m benchmarks.exports --variant client --url URL --date YYYY-MM-DD
    python -m benchmarks.exports --serve --port P --rows N --date YYYY-MM-DD
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .harness import Check, Section, Series
from .server import free_port

FULL_ROWS = 1_200_000
QUICK_ROWS = 120_000
CHUNK = 64 * 1024  # bytes read from disk at a time: the size FakeTMDB writes its body in
SPEED_BAR = 2.0  # the decoder at least this many times faster than gzip + json.loads
MEMORY_BAR = 100.0  # MB of peak RSS growth
DATE = dt.date(2026, 11, 1)
KIND = "movie"


# -- the child processes ---------------------------------------------------------------


def _status_mb(field: str) -> float:
    """A ``kB`` field of /proc/self/status (Linux), in MiB: VmRSS now, VmHWM its peak."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    """Set the peak RSS (VmHWM) back to the current RSS: writing 5 to clear_refs does
    that (Linux 4.0 and later). False where it cannot."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        return False
    return True


def _decoder(path: Path) -> int:
    from tmdbfusion._exports import ExportDecoder

    decoder = ExportDecoder(KIND, path.as_uri())
    rows = 0
    with path.open("rb") as file:
        while chunk := file.read(CHUNK):
            for row in decoder.feed(chunk):
                rows += row.id > 0
    for row in decoder.finish():
        rows += row.id > 0
    return rows


def _json(path: Path) -> int:
    import gzip

    rows = 0
    with gzip.open(path, "rb") as file:
        for line in file:
            row = json.loads(line)
            rows += row["id"] > 0
    return rows


def _client(url: str, date: str) -> int:
    from tmdbfusion import TMDBClient
    from tmdbfusion.testing.defaults import DEFAULT_API_KEY

    rows = 0
    with TMDBClient(DEFAULT_API_KEY, base_url=url, exports_base_url=url) as client:
        for row in client.exports.iter(KIND, date=date):
            rows += row.id > 0
    return rows


def _measure(args: argparse.Namespace) -> None:
    # Import everything the variant needs first, so that only the reading is measured
    # (imports are not part of the memory either).
    if args.variant == "decoder":
        import tmdbfusion._exports
    elif args.variant == "json":
        import gzip  # noqa: F401
    else:
        import tmdbfusion  # noqa: F401
    gc.collect()
    if not _reset_peak():
        raise RuntimeError("cannot reset the peak RSS (/proc/self/clear_refs)")
    baseline = _status_mb("VmRSS")
    cpu = time.process_time()
    started = time.perf_counter()
    if args.variant == "decoder":
        rows = _decoder(Path(args.file))
    elif args.variant == "json":
        rows = _json(Path(args.file))
    else:
        rows = _client(args.url, args.date)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    peak = max(0.0, _status_mb("VmHWM") - baseline)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rows": rows, "peak_mb": peak}))


def _serve(args: argparse.Namespace) -> None:
    from tmdbfusion.testing import FakeTMDB

    fake = FakeTMDB(port=args.port, record_limit=0)
    fake.exports.add(KIND, args.date, rows=args.rows)
    fake.exports.content(KIND, dt.date.fromisoformat(args.date))  # generated once, now
    with fake:
        print("ready", flush=True)
        threading.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", choices=["decoder", "json", "client"])
    parser.add_argument("--file")
    parser.add_argument("--url")
    parser.add_argument("--date", default=DATE.isoformat())
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--port", type=int)
    parser.add_argument("--rows", type=int, default=FULL_ROWS)
    args = parser.parse_args()
    if args.serve:
        _serve(args)
    else:
        _measure(args)


# -- the parent ------------------------------------------------------------------------


def _child(*options: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.exports", *options],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


class _ExportServer:
    """FakeTMDB serving the same generated file, in a process of its own."""

    def __init__(self, rows: int) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        command = [sys.executable, "-m", "benchmarks.exports", "--serve", "--port", str(port)]
        command += ["--rows", str(rows), "--date", DATE.isoformat()]
        self._proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if line.strip() != "ready":
            self.close()
            raise RuntimeError(f"export server did not start: {line!r}")

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=10)
        if self._proc.stdout is not None:
            self._proc.stdout.close()


def run(repeats: int, quick: bool) -> Section:
    from tmdbfusion.testing.exports import export_bytes

    rows = QUICK_ROWS if quick else FULL_ROWS
    data = export_bytes(KIND, DATE, rows)
    labels = {
        "decoder": f"ExportDecoder, {CHUNK // 1024} KiB chunks from local disk",
        "json": "gzip.open + json.loads per line, from local disk",
        "client": "TMDBClient.exports.iter, FakeTMDB over HTTP (contrast)",
    }
    seconds = {name: Series(f"{label}: seconds") for name, label in labels.items()}
    memory = {
        name: Series(f"{label}: peak RSS growth", unit="MB") for name, label in labels.items()
    }
    counted: set[int] = set()
    with tempfile.TemporaryDirectory(prefix="tmdbfusion-exports-") as folder:
        path = Path(folder) / f"{KIND}_ids_{DATE:%m_%d_%Y}.json.gz"
        path.write_bytes(data)
        server = _ExportServer(rows)
        try:
            options = {
                "decoder": ("--variant", "decoder", "--file", str(path)),
                "json": ("--variant", "json", "--file", str(path)),
                "client": ("--variant", "client", "--url", server.url),
            }
            # A warm-up of each, unmeasured: the file in the page cache, the server's
            # first answer made, every .pyc written.
            for option in options.values():
                _child(*option)
            for _ in range(repeats):
                for name, option in options.items():
                    result = _child(*option)
                    counted.add(int(result["rows"]))
                    seconds[name].samples.append(result["seconds"])
                    seconds[name].client_cpu.append(result["cpu"])
                    seconds[name].client_busy.append(result["cpu"] / result["seconds"])
                    memory[name].samples.append(result["peak_mb"])
        finally:
            server.close()
    if counted != {rows}:
        raise RuntimeError(f"a variant read {sorted(counted)} rows, not {rows:,}")
    speedup = statistics.median(
        j / d for j, d in zip(seconds["json"].samples, seconds["decoder"].samples, strict=True)
    )
    rate = {name: rows / series.median for name, series in seconds.items()}
    checks = [
        Check(
            "exports: ExportDecoder speed ÷ gzip + json.loads", speedup, SPEED_BAR, at_most=False
        ),
        Check("exports: ExportDecoder peak RSS growth, MB", memory["decoder"].median, MEMORY_BAR),
        Check(
            "exports: client.exports.iter peak RSS growth, MB", memory["client"].median, MEMORY_BAR
        ),
    ]
    notes = [
        f"One generated movie export of {rows:,} lines "
        f"(`tmdbfusion.testing.exports.export_bytes`, {len(data) / 2**20:.1f} MB gzipped, "
        f"lines like TMDB's: adult, id, original_title, popularity, video; TMDB's real "
        f"file is about 28 MB, its titles compress less), written to a temporary folder "
        f"on local disk and read back from the page cache (a warm-up read of each variant "
        f"comes first).",
        f"Typed rows per second (median): ExportDecoder {rate['decoder']:,.0f}, "
        f"gzip + json.loads {rate['json']:,.0f} (dicts, not typed rows), "
        f"TMDBClient.exports.iter over HTTP {rate['client']:,.0f}. Each variant touches "
        f"every row's id, so no row goes undecoded.",
        "The speed target is measured on the local-disk decoder path: the library's "
        f"`ExportDecoder` (tmdbfusion/_exports.py), fed {CHUNK // 1024} KiB reads as "
        "`client.exports.iter` feeds it the body's chunks, against `gzip.open` + "
        "`json.loads` per line; the ratio is the median of per-repeat ratios, each pair "
        "run one after the other. `TMDBClient.exports.iter` from FakeTMDB (in its own "
        "process, serving the same bytes over 127.0.0.1 in 64 KiB pieces) is shown for "
        "contrast: it adds the HTTP download and the server's pace.",
        "Peak memory: every sample runs in a fresh Python subprocess. After its imports "
        "and a `gc.collect()`, its peak RSS is reset to its current RSS (5 written to "
        "/proc/self/clear_refs) and that RSS (VmRSS in /proc/self/status) is the baseline; "
        "the figure is the peak RSS at the end (VmHWM) minus the baseline: what reading "
        "the file added at its worst, the median over the repeats.",
    ]
    return Section(
        f"11. Exports: {rows:,}-line gzipped movie export, typed rows and peak memory",
        [*seconds.values(), *memory.values()],
        checks,
        notes,
    )


if __name__ == "__main__":
    main()
