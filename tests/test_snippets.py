"""Every example is tested: each ```python block of README.md and docs/**/*.md.

Rules (what the docs authors write):

- A ```python block is a complete program. It is run (a subprocess, cwd a temporary
  directory, ``TMDB_API_KEY``/``TMDB_BASE_URL``/``TMDB_EXPORTS_BASE_URL`` pointing at
  a FakeTMDB started for the session, ``TMDB_ACCESS_TOKEN`` unset) and type-checked
  with ``mypy --strict``.
- ``<!-- snippet: continues -->`` on the line before a block: the block continues the
  previous python block of the same file; it runs in the same process after it and is
  type-checked concatenated with it.
- ``<!-- snippet: fragment -->`` on the line before a block: deliberately partial,
  neither run nor checked (``test_fragment_count`` prints how many there are).
- ```bash, ```console, ```text (anything but python) blocks are not run.
- Blocks inside pymdownx tabs (``=== "Async"``) are indented: they are dedented.
- A block made only of pymdownx.snippets includes (``--8<-- "examples/x.py"``) is a
  recipe page showing a program of ``examples/``: the test checks that the file
  exists and is covered by tests/test_recipes.py (which runs, type-checks and lints
  every program there), then skips instead of running it a second time (a recipe
  such as the Discord bot must not run as a script: it would connect to Discord).
  Includes mixed with other lines are expanded in place and run like any block.

Each block is its own test case, named after where it is (``README.md:123``). The
code is laid out so that its line numbers are the Markdown file's, so a traceback or
a mypy error points at the Markdown line itself. mypy runs once, over every block
chain written as its own module, and each case reports the errors on its lines.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tmdbfusion.testing import FakeTMDB

ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT = 120.0
MYPY_TIMEOUT = 600.0

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_MARKER = re.compile(r"^<!--\s*snippet:\s*(?P<kind>[a-z-]+)\s*-->$")
_INCLUDE = re.compile(r"""^\s*--8<--\s+(?P<quote>["'])(?P<path>[^"']+)(?P=quote)\s*$""")
_KNOWN_MARKERS = {"continues", "fragment"}


@dataclass
class Block:
    path: str  # relative to ROOT, with forward slashes
    line: int  # the Markdown line of the block's first code line (1-based)
    lang: str
    code: str  # dedented
    marker: str | None
    includes: list[str] = field(default_factory=list)
    previous: Block | None = None  # the block a `continues` block continues

    @property
    def id(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def only_includes(self) -> bool:
        lines = [line for line in self.code.splitlines() if line.strip()]
        return bool(lines) and all(_INCLUDE.match(line) for line in lines)

    def chain(self) -> list[Block]:
        """This block and those it continues, first first."""
        blocks: list[Block] = []
        block: Block | None = self
        while block is not None:
            blocks.append(block)
            block = block.previous if block.marker == "continues" else None
        return blocks[::-1]


def markdown_files() -> list[Path]:
    files = [ROOT / "README.md"]
    docs = ROOT / "docs"
    if docs.is_dir():
        files += sorted(docs.rglob("*.md"))
    return [f for f in files if f.is_file()]


def parse(path: Path) -> list[Block]:
    """Every fenced block of a Markdown file (python or not), with its marker."""
    return parse_text(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))


def parse_text(rel: str, text: str) -> list[Block]:
    lines = text.splitlines()
    blocks: list[Block] = []
    previous_python: Block | None = None
    index = 0
    while index < len(lines):
        opened = _FENCE.match(lines[index])
        if opened is None:
            index += 1
            continue
        indent, fence = opened.group("indent"), opened.group("fence")
        info = opened.group("info").strip()
        lang = info.split(None, 1)[0].lower() if info else ""
        lang = lang.lstrip(".{").rstrip("}")
        start = index + 1
        end = start
        close = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        while end < len(lines) and not close.match(lines[end]):
            end += 1
        body = lines[start:end]
        width = len(indent)
        code = "\n".join(
            line[width:] if line[:width].strip() == "" else line.lstrip() for line in body
        )
        marker = None
        back = index - 1
        while back >= 0 and not lines[back].strip():
            back -= 1
        if back >= 0:
            found = _MARKER.match(lines[back].strip())
            if found is not None:
                marker = found.group("kind")
        block = Block(rel, start + 1, lang, textwrap.dedent(code) + "\n", marker)
        if lang in ("python", "py", "python3"):
            block.lang = "python"
            block.includes = [
                m.group("path") for m in map(_INCLUDE.match, block.code.splitlines()) if m
            ]
            if marker == "continues":
                block.previous = previous_python
            previous_python = block
        blocks.append(block)
        index = end + 1
    return blocks


def python_blocks() -> list[Block]:
    return [b for f in markdown_files() for b in parse(f) if b.lang == "python"]


BLOCKS = python_blocks()


def _expanded(block: Block) -> str:
    """The block's code with any snippet include replaced by the file (line count kept
    only for blocks without includes; mixed blocks are rare)."""
    if not block.includes:
        return block.code
    out: list[str] = []
    for line in block.code.splitlines():
        found = _INCLUDE.match(line)
        if found is None:
            out.append(line)
        else:
            out.append((ROOT / found.group("path")).read_text(encoding="utf-8").rstrip("\n"))
    return "\n".join(out) + "\n"


def _problem(block: Block) -> str | None:
    """Why a block cannot be tested as written (a marker misused), else None."""
    if block.marker is not None and block.marker not in _KNOWN_MARKERS:
        return f"unknown marker <!-- snippet: {block.marker} -->"
    if block.marker == "continues":
        if block.previous is None:
            return "`continues` but no python block before it in this file"
        if block.previous.marker == "fragment":
            return f"`continues` a fragment ({block.previous.id})"
    for include in block.includes:
        if not (ROOT / include).is_file():
            return f'includes "{include}", which does not exist'
    return None


def _testable(block: Block) -> bool:
    return block.marker != "fragment" and not block.only_includes and _problem(block) is None


def module_source(chain: list[Block]) -> str:
    """The chain's code laid out on its Markdown line numbers (blank lines between)."""
    out: list[str] = []
    for block in chain:
        code = _expanded(block).splitlines()
        if len(out) > block.line - 1:
            raise AssertionError(f"{block.id}: blocks overlap")
        out += [""] * (block.line - 1 - len(out))
        out += code
    return "\n".join(out) + "\n"


def _module_name(block: Block) -> str:
    return "snippet_" + re.sub(r"\W", "_", block.path) + f"_L{block.line}"


# -- mypy, once for every block -------------------------------------------------------


@dataclass
class MypyReport:
    returncode: int
    output: str
    by_block: dict[str, list[str]]


_MYPY_LINE = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+):(?:(?P<col>\d+):)? (?P<rest>.*)$")


@pytest.fixture(scope="session")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> MypyReport:
    """``mypy --strict`` over every chain (a module per chain that is not continued),
    its messages mapped back to the blocks, as ``path.md:line: error: ...``."""
    directory = tmp_path_factory.mktemp("snippet_modules")
    testable = [b for b in BLOCKS if _testable(b)]
    continued = {id(b.previous) for b in testable if b.marker == "continues"}
    modules: dict[str, list[Block]] = {}
    syntax: dict[str, str] = {}
    for block in testable:
        if id(block) in continued:
            continue  # checked as part of the chain that continues it
        chain = block.chain()
        name = _module_name(block)
        source = module_source(chain)
        try:
            compile(source, name, "exec")
        except SyntaxError as exc:
            # mypy would stop at the first file it cannot parse: report it here instead.
            owner = chain[-1]
            for part in chain:
                if part.line <= (exc.lineno or 0):
                    owner = part
            syntax[owner.id] = f"{owner.path}:{exc.lineno}: error: {exc.msg}  [syntax]"
            continue
        (directory / f"{name}.py").write_text(source, encoding="utf-8")
        modules[f"{name}.py"] = chain
    by_block: dict[str, list[str]] = {b.id: [] for b in testable}
    for key, message in syntax.items():
        by_block[key].append(message)
    if not modules:
        return MypyReport(0, "", by_block)
    cache = Path(tempfile.gettempdir()) / f"tmdbfusion-snippets-mypy-{os.getuid()}"
    command = [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11"]
    command += ["--cache-dir", str(cache), "--show-error-codes", "--no-color-output"]
    command += ["--hide-error-context", "--no-error-summary", "--show-column-numbers"]
    command += sorted(modules)
    done = subprocess.run(
        command,
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=MYPY_TIMEOUT,
        env={**os.environ, "MYPYPATH": str(ROOT)},
    )
    output = done.stdout + done.stderr
    for raw in output.splitlines():
        found = _MYPY_LINE.match(raw)
        if found is None or Path(found.group("file")).name not in modules:
            continue
        chain = modules[Path(found.group("file")).name]
        line = int(found.group("line"))
        owner = chain[-1]
        for block in chain:
            if block.line <= line:
                owner = block
        column = f":{found.group('col')}" if found.group("col") else ""
        by_block[owner.id].append(f"{owner.path}:{line}{column}: {found.group('rest')}")
    if done.returncode not in (0, 1) or (done.returncode == 1 and not any(by_block.values())):
        # 1 with no error of any block's (say "No module named mypy") is no verdict.
        raise AssertionError(f"mypy did not check the blocks ({done.returncode}):\n{output}")
    return MypyReport(done.returncode, output, by_block)


# -- running --------------------------------------------------------------------------

_RUNNER = """\
import sys
import types


def main() -> None:
    # One __main__ module for the whole chain, as if it were one script.
    module = types.ModuleType("__main__")
    module.__dict__["__file__"] = PARTS[0][0]
    sys.modules["__main__"] = module
    for path, text in PARTS:
        exec(compile(text, path, "exec"), module.__dict__)


"""


def runner_source(chain: list[Block]) -> str:
    """A script that runs the chain's blocks one after another in one namespace, each
    compiled under its Markdown file's path and line numbers (for tracebacks)."""
    parts = []
    for block in chain:
        padded = "\n" * (block.line - 1) + _expanded(block)
        parts.append((str(ROOT / block.path), padded))
    return _RUNNER + f"PARTS = {parts!r}\nmain()\n"


def snippet_environment(fake: FakeTMDB) -> dict[str, str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("TMDB_") and k.lower() not in _PROXY_VARIABLES
    }
    environment.update(
        TMDB_API_KEY=fake.api_key,
        TMDB_BASE_URL=fake.url,
        # FakeTMDB serves the daily ID exports itself (fake.client_kwargs()).
        TMDB_EXPORTS_BASE_URL=fake.url,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return environment


_PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}


RECIPE_TESTS = (ROOT / "tests" / "test_recipes.py").read_text(encoding="utf-8")


@pytest.fixture
def snippet_fake(fake_tmdb: FakeTMDB) -> Iterator[FakeTMDB]:
    """The session's FakeTMDB (pytest plugin), reset, with no latency."""
    fake_tmdb.faults.latency = 0.0
    yield fake_tmdb


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_snippet(
    block: Block, snippet_fake: FakeTMDB, mypy_report: MypyReport, tmp_path: Path
) -> None:
    problem = _problem(block)
    if problem is not None:
        pytest.fail(f"{block.id}: {problem}", pytrace=False)
    if block.marker == "fragment":
        pytest.skip("<!-- snippet: fragment -->: neither run nor checked")
    if block.only_includes:
        for include in block.includes:
            included = (ROOT / include).resolve()
            if included.parent != ROOT / "examples" or included.suffix != ".py":
                pytest.fail(
                    f"{block.id}: includes {include}, which is not a program of examples/ "
                    "(tests/test_recipes.py covers those): include it with other lines, "
                    "or move it there",
                    pytrace=False,
                )
            # The program itself is run and type-checked by tests/test_recipes.py.
            name = included.stem
            assert f'load("{name}")' in RECIPE_TESTS or f'EXAMPLES / "{name}.py"' in RECIPE_TESTS, (
                f"{block.id}: includes {include}, which tests/test_recipes.py does not run"
            )
        return
    failures: list[str] = []
    errors = mypy_report.by_block.get(block.id, [])
    if errors:
        failures.append("mypy --strict:\n" + "\n".join(errors))
    script = tmp_path / "run_snippet.py"
    chain = block.chain()
    script.write_text(runner_source(chain), encoding="utf-8")
    work = tmp_path / "cwd"
    work.mkdir()
    try:
        done = subprocess.run(
            [sys.executable, str(script)],
            cwd=work,
            env=snippet_environment(snippet_fake),
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        failures.append(f"run: timed out after {RUN_TIMEOUT:g} s; stderr:\n{exc.stderr!r}")
    else:
        if done.returncode != 0:
            failures.append(f"run: exit code {done.returncode}; stderr:\n{done.stderr}")
    if failures:
        where = block.id if len(chain) == 1 else f"{block.id} (continuing {chain[0].id})"
        pytest.fail(f"{where}:\n" + "\n\n".join(failures), pytrace=False)


def test_fragment_count(capsys: pytest.CaptureFixture[str]) -> None:
    """How many python blocks are fragments (reported, never a failure)."""
    fragments = [b for b in BLOCKS if b.marker == "fragment"]
    with capsys.disabled():
        print(
            f"\nsnippets: {len(BLOCKS)} python blocks, {len(fragments)} fragments"
            + "".join(f"\n  fragment: {b.id}" for b in fragments)
        )


def test_parser_rules() -> None:
    """The rules above, on a small Markdown file."""
    text = textwrap.dedent(
        """\
        # Title

        ```python
        x = 1
        ```

        <!-- snippet: continues -->
        ```python
        print(x)
        ```

        <!-- snippet: fragment -->
        ```python
        tmdb.movies.details(550)
        ```

        ```bash
        echo not run
        ```

        === "Async"

            ```python
            import asyncio
            ```

        ```python
        --8<-- "examples/notebook.py"
        ```
        """
    )
    blocks = parse_text("docs/probe.md", text)
    python = [b for b in blocks if b.lang == "python"]
    assert [b.line for b in python] == [4, 9, 14, 24, 28]
    assert [b.marker for b in python] == [None, "continues", "fragment", None, None]
    assert python[1].chain() == python[:2]
    assert python[3].code == "import asyncio\n"
    assert python[4].only_includes and python[4].includes == ["examples/notebook.py"]
    assert [b.lang for b in blocks if b.lang != "python"] == ["bash"]
    source = module_source(python[:2])
    assert source.splitlines()[3] == "x = 1" and source.splitlines()[8] == "print(x)"
