"""``tmdbfusion RESOURCE METHOD ...``: one subcommand per operation in ``ENDPOINTS``.

Each subcommand is derived from the sync client's method: its positional parameters
become arguments, its keyword-only ones options (``append_to_response`` ->
``--append-to-response``, also ``--append``), typed and documented from the
annotations. Values are converted where the text is unambiguous (``"550"`` -> 550,
``credits,images`` -> a list) and otherwise passed as typed, so the library's own
checks refuse bad input with the library's own messages, before anything is sent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import inspect
import operator
import re
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .._checks.values import check_count
from .._endpoint import Endpoint
from .._registry import ENDPOINTS
from .output import Printer
from .paging import walk_pages

_INTEGER = re.compile(r"[+-]?\d+")
# The command's own options, which no operation parameter may shadow.
RESERVED = frozenset({"format", "raw", "profile", "paginate", "max_pages", "help"})


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation, as the command takes it."""

    name: str
    positional: bool
    required: bool
    kind: Literal["int", "float", "flag", "list", "text"]
    choices: tuple[str, ...]
    described: str

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def convert(self, text: str) -> object:
        if self.kind == "int" and _INTEGER.fullmatch(text.strip()):
            return int(text)
        if self.kind == "float":
            try:
                return float(text)
            except ValueError:
                return text
        if self.kind == "list":
            return [part.strip() for part in text.split(",") if part.strip()]
        return text


def method_of(endpoint: Endpoint[Any]) -> Callable[..., Any]:
    """The sync client's method for ``endpoint`` (the function on its resource class)."""
    from .._sync.resources._resource import SyncResource

    module = importlib.import_module(f"tmdbfusion._sync.resources.{endpoint.resource}")
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and issubclass(value, SyncResource)
            and value.__module__ == module.__name__
        ):
            method: Callable[..., Any] = getattr(value, endpoint.name)
            return method
    raise LookupError(f"no resource class for {endpoint.resource}")


def parameters(endpoint: Endpoint[Any]) -> list[Parameter]:
    """The operation's parameters, from its method's signature and annotations."""
    method = method_of(endpoint)
    hints = typing.get_type_hints(method)
    found = []
    for parameter in list(inspect.signature(method).parameters.values())[1:]:
        kind, choices = _kind(hints[parameter.name])
        found.append(
            Parameter(
                name=parameter.name,
                positional=parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD,
                required=parameter.default is inspect.Parameter.empty,
                kind=kind,
                choices=choices,
                described=_describe(parameter.name, kind, choices, hints[parameter.name]),
            )
        )
    return found


def _members(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [m for m in typing.get_args(annotation) if m is not type(None)]
    return [annotation]


def _literals(annotation: Any) -> tuple[str, ...]:
    if typing.get_origin(annotation) is Literal:
        return tuple(str(choice) for choice in typing.get_args(annotation))
    return ()


def _kind(
    annotation: Any,
) -> tuple[Literal["int", "float", "flag", "list", "text"], tuple[str, ...]]:
    members = _members(annotation)
    choices = tuple(c for m in members for c in _literals(m))
    if bool in members:
        return "flag", ()
    sequences = [m for m in members if typing.get_origin(m) is Sequence]
    if sequences and str not in members:
        (item,) = typing.get_args(sequences[0])
        return "list", _literals(item)
    if str in members or dt.date in members or choices:
        return "text", choices
    if int in members:
        return "int", ()
    if float in members:
        return "float", ()
    return "text", ()


# What the common parameters mean, where the type alone does not say.
MEANINGS = {
    "language": "an ISO 639-1 language, optionally with a country: en, en-US, pt-BR",
    "region": "an ISO 3166-1 country code: US, DE",
    "page": "a page, 1-500",
    "query": "the text to search for",
    "session_id": "a v3 user session id",
    "guest_session_id": "a v3 guest session id",
    "include_adult": "",
}


def _describe(name: str, kind: str, choices: tuple[str, ...], annotation: Any) -> str:
    if name in MEANINGS:
        return MEANINGS[name]
    if kind == "list":
        return "comma-separated" + (f": {', '.join(choices)}" if choices else "")
    if choices:
        return "one of: " + ", ".join(choices)
    members = _members(annotation)
    if dt.date in members:
        return "a date, YYYY-MM-DD"
    if int in members and str in members:
        return (
            "an int, or ids joined by ',' (AND) or '|' (OR)"
            if any(typing.get_origin(m) is Sequence for m in members)
            else "an int or a str"
        )
    return {"int": "an int", "float": "a number", "flag": "", "text": "text"}[kind]


def add_parsers(
    commands: Any,
    common: argparse.ArgumentParser,
    formatter: type[argparse.HelpFormatter],
    *,
    only: str | None = None,
) -> None:
    """A subcommand per resource with a subcommand per operation. With ``only``, the
    operations of that resource alone: reading every signature imports every resource
    and model, which a command about one resource (or none) need not wait for."""
    by_resource: dict[str, dict[str, Endpoint[Any]]] = {}
    for endpoint in ENDPOINTS:
        by_resource.setdefault(endpoint.resource, {})[endpoint.name] = endpoint
    for resource, endpoints in by_resource.items():
        group = commands.add_parser(
            resource,
            help=f"{len(endpoints)} operation{'s' * (len(endpoints) > 1)}: " + ", ".join(endpoints),
            description=f"TMDB's {resource} operations. Run: tmdbfusion {resource} METHOD --help",
            formatter_class=formatter,
        )
        methods = group.add_subparsers(dest="method", required=True, metavar="METHOD")
        if only is None or only == resource:
            for name, endpoint in endpoints.items():
                _add_operation(methods, name, endpoint, common, formatter)


def _add_operation(
    methods: Any,
    name: str,
    endpoint: Endpoint[Any],
    common: argparse.ArgumentParser,
    formatter: type[argparse.HelpFormatter],
) -> None:
    doc = inspect.getdoc(method_of(endpoint)) or ""
    summary = doc.split("\n\n")[0].replace("\n", " ")
    parser = methods.add_parser(
        name,
        help=summary,
        description=f"{doc}\n\nTMDB: {endpoint.method} {endpoint.path}",
        parents=[common],
        formatter_class=formatter,
    )
    for parameter in parameters(endpoint):
        if parameter.name in RESERVED:
            raise AssertionError(f"{endpoint.label}: {parameter.name} shadows an option")
        if parameter.positional:
            parser.add_argument(
                parameter.name,
                metavar=parameter.name.upper(),
                type=parameter.convert,
                help=parameter.described,
            )
            continue
        flags = [parameter.flag]
        if parameter.name == "append_to_response":
            flags.append("--append")
        if parameter.kind == "flag":
            parser.add_argument(
                *flags,
                dest=parameter.name,
                action=argparse.BooleanOptionalAction,
                default=None,
                required=parameter.required,
            )
            continue
        parser.add_argument(
            *flags,
            dest=parameter.name,
            type=parameter.convert,
            default=None,
            required=parameter.required,
            metavar=parameter.kind.upper() if parameter.kind != "list" else "A,B",
            help=parameter.described,
        )
    if endpoint.paged and "page" in endpoint.query:
        parser.add_argument(
            "--paginate",
            action="store_true",
            help="fetch every page (at most TMDB's 500) and print their items",
        )
        parser.add_argument(
            "--max-pages",
            type=int,
            default=None,
            metavar="N",
            help="with --paginate: stop after N pages",
        )


def run(args: argparse.Namespace, endpoint: Endpoint[Any], client: Any, printer: Printer) -> None:
    """Call ``endpoint`` with the arguments given and print TMDB's answer."""
    positional: list[object] = []
    keywords: dict[str, object] = {}
    for parameter in parameters(endpoint):
        value = getattr(args, parameter.name)
        if parameter.positional:
            positional.append(value)
        elif value is not None:
            keywords[parameter.name] = value
    method = operator.attrgetter(endpoint.qualname)(client.with_raw_response)
    if getattr(args, "paginate", False):
        if args.max_pages is not None:
            check_count("--max-pages", args.max_pages)
        keywords.pop("page", None)
        printer.pages(
            walk_pages(
                lambda page: method(*positional, **keywords, page=page).content, args.max_pages
            )
        )
        return
    printer.document(method(*positional, **keywords).content)
