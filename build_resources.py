"""Generate the async resource methods from the operations' declarations.

    python build_resources.py           # rewrite the generated tmdbfusion/_async/resources/
    python build_resources.py --check   # exit 1, with a diff, if they are not up to date

Each family module of ``tmdbfusion/_registry/`` declares a ``RESOURCE`` and its
operations (``Endpoint`` with its ``Param``s); this script writes one module per
resource (``movies`` -> ``tmdbfusion/_async/resources/movies.py``, ``v4.lists`` ->
``.../v4/lists.py``): a typed, documented method per operation whose body hands the
arguments to the base client, which checks them against the same declaration. Then
``python build_sync.py`` turns them into the sync client, as for all async code.

Adding an operation: declare it in its family module (and its model, if new), then
run both scripts. The few operations that are more than one request name an
``implementation`` in the resource's hand-written base class (``RESOURCE.base``, in
``tmdbfusion/_async/resources/bases/``); the generated method hands its arguments to it.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import difflib
import importlib
import pkgutil
import re
import subprocess
import sys
import types
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "tmdbfusion" / "_async" / "resources"

sys.path.insert(0, str(ROOT))

import tmdbfusion.models  # noqa: E402
from tmdbfusion._endpoint import Endpoint, Param  # noqa: E402
from tmdbfusion._registry import FAMILIES, family_endpoints  # noqa: E402
from tmdbfusion._registry._params import Resource  # noqa: E402

# Names an annotation may use besides the models', and where they come from.
_KNOWN_IMPORTS = {
    "dt": "import datetime as dt",
    "Sequence": "from collections.abc import Sequence",
    "Mapping": "from collections.abc import Mapping",
    "Literal": "from typing import Literal",
}
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")


class ModelNames:
    """Where each name of ``tmdbfusion.models`` is defined, to import it from there."""

    def __init__(self) -> None:
        self.home: dict[str, str] = {}
        self.by_identity: dict[int, str] = {}
        package = tmdbfusion.models
        modules = [
            importlib.import_module(f"{package.__name__}.{info.name}")
            for info in pkgutil.iter_modules(package.__path__)
        ]
        for module in modules:
            tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
            for node in tree.body:
                names: list[str] = []
                if isinstance(node, ast.ClassDef):
                    names = [node.name]
                elif isinstance(node, ast.Assign):
                    names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    names = [node.target.id]
                for name in names:
                    if name.startswith("_") or name in self.home:
                        continue
                    self.home[name] = module.__name__.rsplit(".", 1)[1]
                    self.by_identity.setdefault(id(getattr(module, name)), name)

    def alias_name(self, value: object, family: ModuleType | None = None) -> str:
        # typing caches Literal[...]: two aliases of the same values are one object, so
        # the name the family module imports wins.
        if family is not None:
            for name, member in vars(family).items():
                if member is value and name in self.home:
                    return name
        found = self.by_identity.get(id(value))
        if found is None:
            raise LookupError(f"no name in tmdbfusion.models for {value!r}")
        return found


def render_type(value: Any, names: ModelNames) -> str:
    """A response type as source: ``MovieDetails``, ``Page[MovieListItem]``."""
    if not isinstance(value, type) and id(value) in names.by_identity:
        return names.by_identity[id(value)]
    origin = typing.get_origin(value)
    if origin in (types.UnionType, typing.Union):
        return " | ".join(render_type(arg, names) for arg in typing.get_args(value))
    if origin is not None:
        args = ", ".join(render_type(arg, names) for arg in typing.get_args(value))
        return f"{render_type(origin, names)}[{args}]"
    if isinstance(value, type):
        return value.__name__
    return names.alias_name(value)


def annotation(param: Param, names: ModelNames, family: ModuleType) -> str:
    if param.type_source:
        return param.type_source
    return names.alias_name(param.kind.literal, family)


def signature_line(param: Param, names: ModelNames, family: ModuleType) -> str:
    text = f"{param.name}: {annotation(param, names, family)}"
    if param.where == "path" or (param.required and param.default == "None"):
        return text
    if param.default == "None":
        return f"{text} | None = None"
    return f"{text} = {param.default}"


def takes_user_token(endpoint: Endpoint[Any]) -> bool:
    return endpoint.token in ("user", "user_or_client")


def indent_doc(doc: str, spaces: int) -> str:
    pad = " " * spaces
    lines = doc.strip().split("\n")
    body = "\n".join(pad + line if line else "" for line in lines[1:])
    closing = f'\n{pad}"""' if len(lines) > 1 else '"""'
    return f'{pad}"""{lines[0]}' + (f"\n{body}" if body else "") + closing


def method_source(
    family: ModuleType, variable: str, endpoint: Endpoint[Any], names: ModelNames
) -> tuple[str, set[str]]:
    """The method's source, and the names its signature uses (to import)."""
    path_params = [p for p in endpoint.params if p.where == "path"]
    keyword = [p for p in endpoint.params if p.where != "path"]
    lines = ["self"] + [signature_line(p, names, family) for p in path_params]
    if keyword or takes_user_token(endpoint):
        lines.append("*")
        lines += [signature_line(p, names, family) for p in keyword]
        if takes_user_token(endpoint):
            lines.append("user_access_token: str | None = None")
    returns = render_type(endpoint.response_type, names)
    signature = "".join(f"        {line},\n" for line in lines)
    token = ["user_access_token=user_access_token"] if takes_user_token(endpoint) else []
    if endpoint.implementation:
        call_args = [p.name for p in path_params]
        call_args += [f"{p.name}={p.name}" for p in keyword] + token
        call = f"self.{endpoint.implementation}({', '.join(call_args)})"
    else:
        call_args = [f"ops.{variable}"]
        if path_params or keyword or token:
            call_args.append("(" + "".join(f"{p.name}, " for p in path_params) + ")")
        if keyword:
            call_args.append("{" + ", ".join(f'"{p.name}": {p.name}' for p in keyword) + "}")
        call_args += token
        call = f"self._call({', '.join(call_args)})"
    source = (
        "    @AsyncOperation\n"
        f"    async def {endpoint.name}(\n{signature}    ) -> {returns}:\n"
        f"{indent_doc(endpoint.doc, 8)}\n"
        f"        return await {call}\n"
    )
    return source, set(_IDENTIFIER.findall(signature + returns))


def module_source(family: ModuleType, names: ModelNames) -> tuple[Path, str]:
    resource: Resource = family.RESOURCE
    parts = resource.attribute.split(".")
    target = RESOURCES.joinpath(*parts).with_suffix(".py")
    up = "." * (len(parts) + 2)
    variables = {id(value): key for key, value in vars(family).items()}
    endpoints = family_endpoints(family)
    methods = [method_source(family, variables[id(e)], e, names) for e in endpoints]
    code = "\n".join(source for source, _ in methods)
    used = set().union(*(names_used for _, names_used in methods))
    imports = {
        "from __future__ import annotations",
        f"from {up}_registry import {family.__name__.rsplit('.', 1)[1]} as ops",
        f"from {up}_typing import AsyncOperation, ModeT",
    }
    from_models: dict[str, set[str]] = {}
    for name in sorted(used):
        if name in _KNOWN_IMPORTS:
            imports.add(_KNOWN_IMPORTS[name])
        elif name in names.home and not hasattr(builtins, name):
            from_models.setdefault(names.home[name], set()).add(name)
    for module, members in from_models.items():
        imports.add(f"from {up}models.{module} import {', '.join(sorted(members))}")
    if resource.base:
        base_module = re.sub(r"(?<!^)(?=[A-Z])", "_", resource.base[len("Async") : -len("Base")])
        imports.add(f"from {'.' * len(parts)}bases.{base_module.lower()} import {resource.base}")
        base = resource.base
    else:
        imports.add(f"from {'.' * len(parts)}_resource import AsyncResource")
        base = "AsyncResource"
    source = (
        f"{indent_doc(resource.doc, 0)}\n\n"
        f"# GENERATED by build_resources.py from tmdbfusion/_registry/"
        f"{family.__name__.rsplit('.', 1)[1]}.py. DO NOT EDIT.\n"
        "# Edit the declarations there and run `python build_resources.py`.\n\n"
        + "\n".join(sorted(imports, key=_import_order))
        + f"\n\n\nclass Async{resource.class_name}({base}[ModeT]):\n"
        + code
    )
    return target, _formatted(source, target)


def _import_order(line: str) -> tuple[int, str]:
    if line.startswith("from __future__"):
        return (0, line)
    return (1, line)


def _formatted(source: str, target: Path) -> str:
    """The module as ruff writes it (import order, line breaks), so the check compares
    like with like."""
    for command in (
        ["check", "--select", "I", "--fix-only", "--quiet"],
        ["format", "--quiet"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--stdin-filename", str(target), "-"],
            input=source,
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"ruff {' '.join(command)} failed on {target}:\n{done.stderr}")
        source = done.stdout
    return source


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="fail if anything is stale")
    check = parser.parse_args().check
    names = ModelNames()
    stale = []
    for family in FAMILIES:
        target, source = module_source(family, names)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current == source:
            continue
        stale.append(target)
        if check:
            sys.stdout.writelines(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    source.splitlines(keepends=True),
                    str(target.relative_to(ROOT)),
                    "generated",
                )
            )
        else:
            target.write_text(source, encoding="utf-8")
    if check and stale:
        print(f"\n{len(stale)} resource module(s) stale: run `python build_resources.py`")
        return 1
    print(
        f"{len(stale)} resource module(s) written"
        if not check
        else "build_resources --check: the resource modules are up to date."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
