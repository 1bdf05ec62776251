"""``tmdbfusion profile set|list|remove``: manage the profiles file (``profiles``)."""

from __future__ import annotations

import argparse
import getpass
import sys

from .profiles import CREDENTIALS, SETTINGS, check_name, config_path, read_profiles, write_profiles


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    put = actions.add_parser(
        "set",
        help="create or update a profile; the credential is read from a prompt or stdin",
        description="Create or update a profile. The credential is read from a hidden "
        'prompt, or from stdin when it is not a terminal (printf %s "$KEY" | '
        "tmdbfusion profile set work), never from the command line.",
    )
    put.add_argument("name", metavar="NAME")
    put.add_argument(
        "--credential",
        choices=CREDENTIALS,
        default="api_key",
        help="which credential to read: a v3 api_key (default) or a read access_token",
    )
    put.add_argument(
        "--no-credential", action="store_true", help="change settings only, keep the credential"
    )
    for setting in SETTINGS:
        put.add_argument("--" + setting.replace("_", "-"), dest=setting, metavar="VALUE")
    actions.add_parser("list", help="the profiles, without their credentials")
    remove = actions.add_parser("remove", help="delete a profile")
    remove.add_argument("name", metavar="NAME")


def run(args: argparse.Namespace) -> int:
    path = config_path()
    profiles = read_profiles(path)
    if args.action == "list":
        print(f"profiles in {path}:" if profiles else f"no profiles in {path}")
        for name in sorted(profiles):
            shown = [
                f"{key} (set)" if key in CREDENTIALS else f"{key}={value}"
                for key, value in profiles[name].items()
            ]
            print(f"  {name}: {', '.join(shown) or '(empty)'}")
        return 0
    name = check_name(args.name)
    if args.action == "remove":
        if name not in profiles:
            raise ValueError(f"no profile {name!r} in {path}")
        del profiles[name]
        write_profiles(profiles, path)
        print(f"removed profile {name!r} from {path}", file=sys.stderr)
        return 0
    profile = dict(profiles.get(name, {}))
    for setting in SETTINGS:
        if getattr(args, setting) is not None:
            profile[setting] = getattr(args, setting)
    if not args.no_credential:
        secret = _read_secret(args.credential)
        for credential in CREDENTIALS:
            profile.pop(credential, None)
        profile[args.credential] = secret
    _check(profile)
    profiles[name] = profile
    write_profiles(profiles, path)
    print(f"saved profile {name!r} in {path} (mode 0600)", file=sys.stderr)
    return 0


def _read_secret(credential: str) -> str:
    if sys.stdin.isatty():
        secret = getpass.getpass(f"TMDB {credential} (not echoed): ")
    else:
        secret = sys.stdin.readline()
    secret = secret.strip()
    if not secret:
        raise ValueError(f"no {credential} given (type it at the prompt, or pipe it on stdin)")
    return secret


def _check(profile: dict[str, str]) -> None:
    """Refuse what the client would refuse, with its messages, before saving."""
    from .._sync.client import TMDBClient

    if not any(key in profile for key in CREDENTIALS):
        raise ValueError("a profile needs a credential: leave out --no-credential")
    TMDBClient(**profile).close()  # type: ignore[arg-type]
