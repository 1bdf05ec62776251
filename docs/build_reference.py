"""Write docs/reference/endpoints.md from tmdbfusion.ENDPOINTS: every operation's call,
and what each of its parameters takes, from the declarations in tmdbfusion/_registry/.

python docs/build_reference.py           # rewrite it
python docs/build_reference.py --check   # exit 1 if it is stale
"""

from __future__ import annotations

import argparse
import inspect
import sys
import typing
from operator import attrgetter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "reference" / "endpoints.md"


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is None:
        return getattr(tp, "__name__", repr(tp))
    args = ", ".join(_type_name(a) for a in typing.get_args(tp))
    return f"{getattr(origin, '__name__', repr(origin))}[{args}]"


def _call(resource_cls: type, endpoint: Any) -> str:
    method = getattr(resource_cls, endpoint.name)
    parts: list[str] = []
    star = False
    for param in list(inspect.signature(method).parameters.values())[1:]:
        if param.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        parts.append(param.name if param.default is inspect.Parameter.empty else f"{param.name}=")
    return f"client.{endpoint.resource}.{endpoint.name}({', '.join(parts)})"


def render() -> str:
    sys.path.insert(0, str(ROOT))
    from tmdbfusion import ENDPOINTS, AsyncTMDBClient

    client = AsyncTMDBClient("reference-builder")
    rows = []
    for endpoint in sorted(ENDPOINTS, key=lambda e: (e.resource, e.name)):
        resource_cls = type(attrgetter(endpoint.resource)(client))
        call = _call(resource_cls, endpoint).replace("|", "\\|")
        paged = " (paged)" if endpoint.paged else ""
        rows.append(
            f"| `{endpoint.operation_id}` | `{endpoint.method} {endpoint.path}` | `{call}` "
            f"| `{_type_name(endpoint.response_type)}`{paged} |"
        )
    details = [_parameters(endpoint) for endpoint in sorted(ENDPOINTS, key=_qualname)]
    header = [
        "# Endpoint reference",
        "",
        "Generated from `tmdbfusion.ENDPOINTS` by `python docs/build_reference.py`; do not edit.",
        f"{len(rows)} operations. Every call exists on both clients: `await` it on",
        "`AsyncTMDBClient`, call it directly on `TMDBClient`. Arguments after `*` are",
        "keyword-only; `name=` marks an optional one.",
        "",
        "| operation | HTTP | Python call | returns |",
        "|---|---|---|---|",
    ]
    parameters = [
        "",
        "## Parameters",
        "",
        "What each operation's parameters take, from its declaration in",
        "`tmdbfusion/_registry/` (the same declaration the client checks every call",
        "against before sending: a value it does not allow raises `TypeError` or",
        "`ValueError`, and nothing is sent). `None` sends nothing.",
    ]
    return "\n".join(header + rows + parameters + details) + "\n"


_TOKENS = {
    "client": "the client's API key or read access token",
    "app": "the client's read access token (v4 auth)",
    "user": "a user's v4 access token (`user_access_token=`)",
    "user_or_client": "a user's v4 access token if given, else the client's",
}


def _qualname(endpoint: Any) -> str:
    return str(endpoint.qualname)


def _parameters(endpoint: Any) -> str:
    lines = [
        "",
        f"### {endpoint.qualname}",
        "",
        f"`{endpoint.method} {endpoint.path}`; sent with {_TOKENS[endpoint.token]}.",
    ]
    if endpoint.params:
        lines += ["", "| parameter | sent as | takes |", "|---|---|---|"]
        for param in endpoint.params:
            where = param.where if param.where == "path" else f"{param.where} `{param.sent_as}`"
            required = " (required)" if param.required else ""
            takes = param.kind.allowed
            if param.sent_as == "append_to_response":
                takes = f"{takes}: {', '.join(f'`{part}`' for part in sorted(endpoint.appendable))}"
            takes = takes.replace("|", "\\|")
            lines.append(f"| `{param.name}`{required} | {where} | {takes} |")
    for rule in endpoint.rules:
        lines += ["", f"Also: {rule.describe()}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not TARGET.is_file() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run `python docs/build_reference.py`")
            return 1
        print(f"{TARGET.relative_to(ROOT)} is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
