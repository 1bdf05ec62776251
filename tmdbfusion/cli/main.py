"""``tmdbfusion``: TMDB from the shell. ``main(argv)`` parses, runs and returns the
exit code (``exit_codes``); argparse's own usage errors exit 2 through SystemExit."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from .._checks.values import check_count, check_number
from . import exit_codes
from .exit_codes import MissingCredentialError, exit_code
from .output import FORMATS, Printer, choose_format

DESCRIPTION = """\
TMDB from the shell: every v3 operation, any path, the daily ID exports, resumable
crawls and a fake TMDB to test against.

examples:
  tmdbfusion movies details 550 --append credits,images --language de
  tmdbfusion search movie --query alien --paginate --format ndjson
  tmdbfusion api GET /3/search/movie -p query=alien --paginate
  tmdbfusion exports movie --limit 5
  tmdbfusion crawl movies.details --ids ids.txt --append credits,images --out DIR
  tmdbfusion fake --port 8765 --latency 0.2 --fail-first 3
  tmdbfusion demo"""

EPILOG = """\
output:
  --format table (the default on a terminal; needs tmdbfusion[cli]), json (the default
  in a pipe), ndjson (one item a line); --raw prints TMDB's bytes as they came.

credentials:
  TMDB_ACCESS_TOKEN or TMDB_API_KEY from the environment; or --profile NAME from the
  profiles file (tmdbfusion profile set NAME; the 'default' profile is used when the
  environment has none). TMDB_BASE_URL and TMDB_EXPORTS_BASE_URL point elsewhere.

exit codes:
  0 ok, 1 other error, 2 bad usage (nothing sent), 3 not found, 4 no credential or
  TMDB refused it, 5 rate limited or server error after retries, 130 interrupted."""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


def _common_options(*, raw: bool = True) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("output and credentials")
    group.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="table on a terminal, json in a pipe (default), or ndjson",
    )
    if raw:
        group.add_argument("--raw", action="store_true", help="print TMDB's bytes as they came")
    group.add_argument("--profile", metavar="NAME", help="credentials from the profiles file")
    return common


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command. Given ``argv``, only the operations of the resource it names get
    their parsers (see ``operations.add_parsers``); without, every operation does."""
    from .. import __version__
    from ..crawl import command as crawl_command
    from ..testing.__main__ import add_arguments as add_fake_arguments
    from . import api, exports, operations, profile_command

    parser = argparse.ArgumentParser(
        prog="tmdbfusion", description=DESCRIPTION, epilog=EPILOG, formatter_class=_Formatter
    )
    parser.add_argument("--version", action="version", version=f"tmdbfusion {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = _common_options()

    api.add_arguments(
        commands.add_parser(
            "api",
            help="call any TMDB path: tmdbfusion api GET /3/search/movie -p query=alien",
            description="Call any TMDB path with the client's credentials, retries, rate "
            "limit and errors.\n\nexample:\n  tmdbfusion api GET /3/search/movie -p "
            "query=alien --paginate",
            parents=[common],
            formatter_class=_Formatter,
        )
    )
    exports_parser = commands.add_parser(
        "exports",
        help="a daily ID export's rows, or the file (--out)",
        description="Print the rows of one of TMDB's daily ID exports as they stream "
        "(typed; no credential needed or sent), or save the file as published with --out.\n\n"
        "examples:\n  tmdbfusion exports movie --limit 5\n"
        "  tmdbfusion exports tv_series --date 2026-11-20 --out tv_series_ids.json.gz",
        parents=[_common_options(raw=False)],
        formatter_class=_Formatter,
    )
    exports.add_arguments(exports_parser)
    crawl_parser = commands.add_parser(
        "crawl", help="fetch an operation for many ids, resumably", formatter_class=_Formatter
    )
    crawl_command.add_arguments(crawl_parser)
    crawl_parser.add_argument("--profile", metavar="NAME", help="credentials from a profile")
    add_fake_arguments(
        commands.add_parser(
            "fake",
            help="serve FakeTMDB (with faults) to point a client at",
            description="Serve FakeTMDB until Ctrl-C, with the faults asked for.",
            formatter_class=_Formatter,
        )
    )
    demo = commands.add_parser("demo", help="measure sync vs async vs gather, live")
    demo.add_argument("--count", type=int, default=50, help="movie details per row (50)")
    demo.add_argument(
        "--latency", type=float, default=0.5, help="FakeTMDB latency in seconds (0.5)"
    )
    profile_command.add_arguments(
        commands.add_parser("profile", help="manage credential profiles (--profile NAME)")
    )
    only = None
    if argv is not None:
        only = next((word for word in argv if not word.startswith("-")), "")
    operations.add_parsers(commands, common, _Formatter, only=only)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command ``argv`` (default: the process's arguments); the exit code."""
    if argv is None:
        argv = sys.argv[1:]
    args = build_parser(argv).parse_args(argv)
    label = " ".join(["tmdbfusion", args.command, *([args.method] if "method" in args else [])])
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        print(f"{label}: interrupted", file=sys.stderr)
        return exit_codes.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as shell tools do.
        _silence_stdout()
        return exit_codes.OK
    except Exception as exc:
        code = exit_code(exc)
        kind = "error" if code == exit_codes.USAGE else type(exc).__name__
        print(f"{label}: {kind}: {exc}", file=sys.stderr)
        return code


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command
    if command == "demo":
        check_count("--count", args.count)
        check_number("--latency", args.latency, unit=" of seconds", zero=True)
        from .._demo import run_demo

        return run_demo(count=args.count, latency=args.latency)
    if command == "fake":
        from ..testing.__main__ import serve

        return serve(args)
    if command == "profile":
        from . import profile_command

        return profile_command.run(args)
    if command == "crawl":
        from ..crawl import command as crawl_command
        from .profiles import client_settings

        return crawl_command.run(args, client_settings(args.profile))
    return _with_client(args)


def _with_client(args: argparse.Namespace) -> int:
    from .._registry import ENDPOINTS
    from . import api, exports, operations

    printer = Printer(choose_format(args.format, sys.stdout), raw=getattr(args, "raw", False))
    try:
        with _client(args) as client:
            if args.command == "api":
                api.run(args, client, printer)
            elif args.command == "exports":
                exports.run(args, client, printer)
            else:
                endpoint = next(
                    e for e in ENDPOINTS if e.resource == args.command and e.name == args.method
                )
                operations.run(args, endpoint, client, printer)
    finally:
        # What came before an error is complete lines: they go out before its message.
        printer.flush()
    return exit_codes.OK


def _client(args: argparse.Namespace) -> Any:
    from .._settings import ENV_ACCESS_TOKEN, ENV_API_KEY
    from .._sync.client import TMDBClient
    from .profiles import client_settings, has_credential

    settings = client_settings(args.profile)
    if not has_credential(settings):
        if args.command != "exports":
            raise MissingCredentialError(
                f"no TMDB credential: set {ENV_ACCESS_TOKEN} or {ENV_API_KEY}, or save one "
                "with `tmdbfusion profile set default` (or --profile NAME)"
            )
        # The export files are public and no credential is ever sent to their host.
        settings["api_key"] = "unused-for-exports"
    return TMDBClient(**settings)


def _silence_stdout() -> None:
    # Python would report the broken pipe again while flushing stdout at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
