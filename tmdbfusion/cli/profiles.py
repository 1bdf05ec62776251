"""Named sets of credentials and settings for the command, in a TOML file of the user's.

The file is ``$TMDBFUSION_CONFIG`` if set, else ``config.toml`` in the user's config
directory: ``%APPDATA%\\tmdbfusion`` on Windows, ``$XDG_CONFIG_HOME/tmdbfusion`` (by
default ``~/.config/tmdbfusion``) elsewhere. Each ``[profiles.NAME]`` table holds
client constructor arguments (``api_key``, ``access_token``, ``base_url``, ...).

The file is written with mode 0600 in a directory of mode 0700, replaced atomically,
and a warning names it when others can read it. Credentials are read from a prompt
or stdin, never from the command line (which ``ps`` and shell history keep), and are
never printed.

TOML is read with the standard library's ``tomllib``; the writer is ours because the
standard library has none and the file only ever holds flat string tables.
"""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from pathlib import Path
from typing import Any

from .._settings import ENV_ACCESS_TOKEN, ENV_API_KEY

ENV_CONFIG = "TMDBFUSION_CONFIG"
DEFAULT_PROFILE = "default"
CREDENTIALS = ("api_key", "access_token")
SETTINGS = ("base_url", "exports_base_url", "language", "region")
KEYS = CREDENTIALS + SETTINGS


class ProfileError(ValueError):
    """A missing or malformed profile (exit code 2)."""


def config_path() -> Path:
    """Where the profiles live (see the module docstring)."""
    override = os.environ.get(ENV_CONFIG)
    if override:
        return Path(override)
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"])
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "tmdbfusion" / "config.toml"


def read_profiles(path: Path | None = None) -> dict[str, dict[str, str]]:
    """Every profile in the file (none when there is no file)."""
    path = path or config_path()
    try:
        with path.open("rb") as file:
            if os.name == "posix" and os.fstat(file.fileno()).st_mode & (
                stat.S_IRWXG | stat.S_IRWXO
            ):
                print(
                    f"tmdbfusion: warning: {path} holds credentials and others can read it; "
                    f"run: chmod 600 {path}",
                    file=sys.stderr,
                )
            document = tomllib.load(file)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path} is not valid TOML: {exc}") from None
    tables = document.get("profiles", {})
    if not isinstance(tables, dict):
        raise ProfileError(f"{path}: 'profiles' must be a table of [profiles.NAME] tables")
    profiles: dict[str, dict[str, str]] = {}
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise ProfileError(f"{path}: [profiles.{name}] must be a table")
        for key, value in table.items():
            if key not in KEYS:
                raise ProfileError(
                    f"{path}: [profiles.{name}] has an unknown key {key!r}; "
                    f"allowed: {', '.join(KEYS)}"
                )
            if not isinstance(value, str):
                raise ProfileError(f"{path}: [profiles.{name}] {key} must be a string")
        profiles[name] = dict(table)
    return profiles


def client_settings(profile: str | None) -> dict[str, Any]:
    """Constructor arguments for a client: the named profile's, or ``{}`` to use the
    environment (``TMDB_API_KEY`` ...), or the ``default`` profile when the environment
    holds no credential."""
    if profile is None:
        if has_credential({}):
            return {}
        return dict(read_profiles().get(DEFAULT_PROFILE, {}))
    profiles = read_profiles()
    if profile not in profiles:
        known = ", ".join(sorted(profiles)) or "none yet"
        raise ProfileError(
            f"no profile {profile!r} in {config_path()} (profiles: {known}); "
            f"create it with: tmdbfusion profile set {profile}"
        )
    return dict(profiles[profile])


def has_credential(settings: dict[str, Any]) -> bool:
    """Whether a client built from ``settings`` has a credential, given or from the
    environment."""
    return any(settings.get(key) for key in CREDENTIALS) or any(
        os.environ.get(name) for name in (ENV_API_KEY, ENV_ACCESS_TOKEN)
    )


def write_profiles(profiles: dict[str, dict[str, str]], path: Path | None = None) -> Path:
    """Replace the file with ``profiles``, private to the user from the first byte."""
    path = path or config_path()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    lines = [
        "# TMDBFusion profiles (`tmdbfusion profile set NAME`). Holds credentials: keep it",
        "# private (mode 0600).",
    ]
    for name in sorted(profiles):
        lines += ["", f"[profiles.{_toml_key(name)}]"]
        lines += [f"{key} = {_toml_string(value)}" for key, value in profiles[name].items()]
    text = "\n".join(lines) + "\n"
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path


def check_name(name: str) -> str:
    """A profile name: letters, digits, ``-`` and ``_`` (a bare TOML key)."""
    if not name or not all(c.isascii() and (c.isalnum() or c in "-_") for c in name):
        raise ProfileError(f"profile names are letters, digits, '-' and '_', got {name!r}")
    return name


def _toml_key(name: str) -> str:
    return check_name(name)


def _toml_string(value: str) -> str:
    # A TOML basic string: backslash, quote and control characters escaped.
    escaped = []
    for char in value:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'
