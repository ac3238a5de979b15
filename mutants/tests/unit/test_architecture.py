"""The rules of the layout (docs/architecture.md, "Regeln des Aufbaus"), read from the
source: who may import whom, handlers without queries, small files."""

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
WEB_STARTERS = {"core/cli.py", "core/cli_run.py"}
# Queries a handler must leave to a service (sqlalchemy builders and session calls).
QUERY_BUILDERS = {"select", "insert", "update", "delete", "func", "text"}
SESSION_CALLS = {"execute", "scalars", "scalar", "query"}


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


@pytest.mark.parametrize("path", [p for p in SOURCES if is_handler_module(p)], ids=relative)
def test_handlers_leave_queries_to_services(path):
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
