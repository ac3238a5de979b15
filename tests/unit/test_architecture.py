"""The rules of the layout (docs/architecture.md, "Räume" and "Regeln des Aufbaus"), read
from the source: core's top level, who may import whom, no import circle, handlers without
queries, small files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from core.config import ROOT

SOURCES = sorted(
    p
    for room in ("core", "plugins")
    for p in (ROOT / room).rglob("*.py")
    if "migrations" not in p.parts
)
# Entry points that start the web server may import it; the rest of core may not.
WEB_STARTERS = {"core/cli/run.py"}
# Queries a handler must leave to a service (sqlalchemy builders and session calls).
QUERY_BUILDERS = {"select", "insert", "update", "delete", "func", "text"}
SESSION_CALLS = {"execute", "scalars", "scalar", "query"}
# Core's top level: its own hooks and the small ground modules every package may use. A
# capability is a package (kernel/, jobs/, messages/, …); a new file here must be argued
# for in docs/architecture.md ("Räume") and named in this list.
CORE_TOP_LEVEL = {
    "__init__.py",
    "hooks.py",
    "audit.py",
    "capacity.py",
    "charts.py",
    "config.py",
    "db.py",
    "districts.py",
    "errors.py",
    "format.py",
    "forms.py",
    "i18n.py",
    "iban.py",
    "ical.py",
    "month.py",
    "private_files.py",
    "salutation.py",
    "settings.py",
    "tables.py",
    "templating.py",
}
ROOMS = ["core", *sorted(p.parent.name for p in (ROOT / "plugins").glob("*/__init__.py"))]


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def imports_of(path: Path) -> list[tuple[str, list[str]]]:
    """(module, imported names) for every import in the file, nested ones included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def is_handler_module(path: Path) -> bool:
    """A module that declares routes: it imports the route table."""
    return any(
        module == "core.web.routing" and "RouteTable" in names for module, names in imports_of(path)
    )


def module_of(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_of(p): p for p in SOURCES}


def arrows_from(path: Path) -> set[str]:
    """The project modules this file imports: `from core.letters import delivery` points at
    core.letters.delivery, `from core.db import Database` at core.db."""
    found = set()
    for module, names in imports_of(path):
        targets = [f"{module}.{name}" for name in names if f"{module}.{name}" in MODULES]
        found.update(targets or ([module] if module in MODULES else []))
    found.discard(module_of(path))
    return found


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            part = []
            while not part or part[-1] != node:
                part.append(stack.pop())
            if len(part) > 1:
                found.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_core_top_level_holds_only_its_hooks_and_the_ground_modules():
    found = {p.name for p in (ROOT / "core").glob("*.py")}
    assert found - CORE_TOP_LEVEL == set(), "a capability belongs in a package of core"
    assert CORE_TOP_LEVEL - found == set(), "the list names a file that is gone"


@pytest.mark.parametrize("room", ROOMS)
def test_no_import_circle_between_files(room):
    prefix = "core" if room == "core" else f"plugins.{room}"
    graph = {
        module: arrows_from(path)
        for module, path in MODULES.items()
        if module == prefix or module.startswith(prefix + ".")
    }
    assert circles(graph) == []


def test_no_import_circle_between_the_rooms_of_core():
    """A package of core (kernel/, letters/, services/, …) or a ground module is one room;
    rooms import each other one way only, so no arrow runs back up."""

    def room(module: str) -> str:
        parts = module.split(".")
        return ".".join(parts[:2])

    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        if module.startswith("core."):
            targets = {room(t) for t in arrows_from(path) if t.startswith("core.")}
            graph.setdefault(room(module), set()).update(targets - {room(module)})
    assert circles(graph) == []


# A test file is named for the module whose rule it states (docs/architecture.md,
# "Testnamen"); two modules go by their short names.
TEST_PREFIXES = {"core", "substitute", "qhb", *ROOMS[1:]} - {"substitute_hub", "qhb_training"}


def test_every_test_file_names_its_module():
    unnamed = [
        relative(path)
        for path in sorted((ROOT / "tests").rglob("test_*.py"))
        if path.name != "test_architecture.py"
        and not any(path.name.startswith(f"test_{prefix}_") for prefix in TEST_PREFIXES)
    ]
    assert unnamed == []


def test_the_circle_check_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("path", SOURCES, ids=relative)
def test_no_file_is_longer_than_400_lines(path):
    assert len(path.read_text().splitlines()) <= 400


@pytest.mark.parametrize("path", SOURCES, ids=relative)
def test_core_imports_no_plugin_and_no_plugin_another(path):
    name = relative(path)
    own = name.split("/")[1] if name.startswith("plugins/") else None
    for module, _ in imports_of(path):
        if module.startswith("plugins"):
            assert own is not None, f"{name} (core) imports {module}"
            assert module.split(".")[1] == own, f"{name} imports another module: {module}"


@pytest.mark.parametrize(
    "path", [p for p in SOURCES if relative(p).startswith("core/")], ids=relative
)
def test_only_the_web_and_its_starters_import_core_web(path):
    name = relative(path)
    if name.startswith("core/web/") or name in WEB_STARTERS:
        return
    web = [m for m, _ in imports_of(path) if m == "core.web" or m.startswith("core.web.")]
    assert web == [], f"{name} imports {web}"


WEB_MODULES = [p for p in SOURCES if is_handler_module(p) or relative(p).startswith("core/web/")]


@pytest.mark.parametrize("path", WEB_MODULES, ids=relative)
def test_handlers_and_the_web_shell_leave_queries_to_services(path):
    tree = ast.parse(path.read_text())
    builders = [
        name
        for module, names in imports_of(path)
        if module == "sqlalchemy"
        for name in names
        if name in QUERY_BUILDERS
    ]
    assert builders == [], f"{relative(path)} builds queries: {builders}"
    calls = [
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in SESSION_CALLS
    ]
    assert calls == [], f"{relative(path)} runs queries itself: {calls}"


def test_the_rules_are_checked_on_every_handler_module():
    handlers = {relative(p) for p in SOURCES if is_handler_module(p)}
    assert handlers >= {
        "plugins/payments/web.py",
        "plugins/substitute_hub/web.py",
        "core/web/persons.py",
        "core/web/jobs.py",
    }


def test_the_events_table_names_every_event_with_its_people():
    """docs/architecture.md lists every event the modules declare, with exactly the people
    it tells; a row with a letter names a letter text that exists."""
    import re

    from core.i18n import gettext_
    from core.kernel.plugins import build_kernel, discover
    from core.letters.events import AUDIENCE_LABELS

    kernel = build_kernel(list(discover()), discover())
    text = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    table = text.split("## Ereignisse und wer davon erfährt", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| [^|]+ \| `([\w.]+)` \| ([^|]+) \|", table, re.M)
    listed = {key: {p.strip() for p in people.split(",")} for key, people in rows}
    for key, event in kernel.events.items():
        assert key in listed, f"{key} fehlt in der Tabelle"
        assert listed[key] == {gettext_(AUDIENCE_LABELS[a]) for a in event.tells}, key
    for key in listed.keys() - kernel.events.keys():
        assert key in kernel.texts, f"{key}: weder Ereignis noch Brief"
