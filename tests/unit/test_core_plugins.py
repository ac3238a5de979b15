"""The plugin kernel: discovery, dependency order, clear errors, contract of the hooks."""

from __future__ import annotations

import inspect
import types

import pytest

from core.errors import PluginError
from core.kernel import hookspecs
from core.kernel.hookspecs import hookimpl
from core.kernel.plugins import Plugin, build_kernel, dependents, discover, resolve

SHIPPED = {"substitute_hub", "qhb_training", "payments", "parent_council", "placement"}


def fake(name: str, requires=()) -> Plugin:
    return Plugin(
        name=name,
        version="1.0",
        label=name.title(),
        module=f"fake.{name}",
        table_prefix=f"{name[:2]}_",
        requires=tuple(requires),
    )


def test_entry_points_declare_the_shipped_plugins():
    found = discover()
    assert set(found) == SHIPPED
    for name, plugin in found.items():
        assert plugin.name == name
        assert plugin.table_prefix.endswith("_")
        assert plugin.hooks().__name__ == f"plugins.{name}.hooks"


def test_resolve_orders_dependencies_first():
    available = {"a": fake("a", ["b"]), "b": fake("b", ["c"]), "c": fake("c")}
    assert [p.name for p in resolve(["a", "b", "c"], available)] == ["c", "b", "a"]


def test_resolve_names_a_missing_dependency():
    available = {"a": fake("a", ["b"]), "b": fake("b")}
    with pytest.raises(PluginError, match="'a' benötigt 'b'"):
        resolve(["a"], available)


def test_resolve_names_the_cycle():
    available = {"a": fake("a", ["b"]), "b": fake("b", ["a"])}
    with pytest.raises(PluginError, match="Zyklische Abhängigkeit.*a → b → a|b → a → b"):
        resolve(["a", "b"], available)


def test_resolve_rejects_an_enabled_plugin_that_is_not_installed():
    with pytest.raises(PluginError, match="'ghost' ist in dieser Installation aktiviert"):
        resolve(["ghost"], {})


def test_dependents_lists_who_needs_a_plugin():
    available = {"a": fake("a", ["c"]), "b": fake("b", ["c"]), "c": fake("c")}
    assert dependents("c", ["a", "b", "c"], available) == ["a", "b"]


def test_kernel_of_all_shipped_plugins_collects_their_permissions():
    available = discover()
    kernel = build_kernel(SHIPPED, available)
    assert {"payments.view", "substitute_hub.view", "persons.edit"} <= set(kernel.permissions)
    labels = [m.label for m in kernel.collect("menu_items", user=None)]
    assert "Geldleistung" in labels and "Personen" in labels


def test_kernel_without_plugins_has_only_core_menu():
    kernel = build_kernel([], discover())
    labels = {m.label for m in kernel.collect("menu_items", user=None)}
    assert labels == {
        "Übersicht",
        "Personen",
        "Kalender",
        "Module",
        "Einstellungen",
        "Bezirke",
        "Umzug",
        "Konten",
        "Datenschutz",
        "Aufträge",
        "Portal-Dokumente",
        "Beratungstermine",
        "Postausgang",
    }
    assert "payments.view" not in kernel.permissions


def _plugin_with_hooks(monkeypatch, name: str, module: types.ModuleType) -> dict:
    plugin = fake(name)
    monkeypatch.setattr(Plugin, "hooks", lambda self: module)
    return {name: plugin}


def test_a_misspelled_hook_stops_start_up(monkeypatch):
    module = types.ModuleType("typo_hooks")

    @hookimpl
    def menu_itemz(user):
        return []

    module.menu_itemz = menu_itemz
    with pytest.raises(PluginError, match="menu_itemz"):
        build_kernel(["typo"], _plugin_with_hooks(monkeypatch, "typo", module))


def test_a_permission_declared_twice_is_rejected(monkeypatch):
    from core.kernel.contributions import Permission

    module = types.ModuleType("dup_hooks")

    @hookimpl
    def permissions():
        return [Permission("persons.view", "noch einmal")]

    module.permissions = permissions
    with pytest.raises(PluginError, match="'persons.view' wird doppelt deklariert"):
        build_kernel(["dup"], _plugin_with_hooks(monkeypatch, "dup", module))


def test_every_hookspec_has_a_docstring_and_keyword_signature():
    specs = [
        f
        for name, f in vars(hookspecs).items()
        if inspect.isfunction(f) and hasattr(f, "tagwerk_spec")
    ]
    assert len(specs) >= 15
    for spec in specs:
        assert spec.__doc__ and spec.__doc__.strip(), spec.__name__
        params = inspect.signature(spec).parameters.values()
        assert all(p.kind is p.POSITIONAL_OR_KEYWORD for p in params), spec.__name__


def test_every_hook_a_shipped_module_implements_is_declared():
    kernel = build_kernel(SHIPPED, discover())
    kernel.pm.check_pending()  # pluggy: no implementation without its spec


def test_plugin_hooks_have_tests():
    """Every hook has a test named test_hook_<name> (or test_hook_<name>_…) somewhere."""
    import ast
    import re
    from pathlib import Path

    tests = Path(__file__).resolve().parents[1]
    names = {
        node.name
        for path in tests.rglob("test_*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.FunctionDef)
    }
    specs = [n for n, f in vars(hookspecs).items() if hasattr(f, "tagwerk_spec")]
    untested = [
        spec for spec in specs if not any(re.match(rf"test_hook_{spec}(_|$)", n) for n in names)
    ]
    assert untested == []


def test_the_hooks_reference_matches_the_hookspecs():
    """docs/hooks.md names every hook with its arguments, its kind and who implements it."""
    import importlib
    import re
    from pathlib import Path

    from core import hooks

    text = (Path(__file__).resolve().parents[2] / "docs" / "hooks.md").read_text("utf-8")
    documented = {
        name: (args, kind, who)
        for name, args, kind, who in re.findall(
            r"### `(\w+)\(([^)]*)\)`.*?- Art: ([^\n]+)\n- Implementiert von: ([^\n]+)",
            text,
            re.S,
        )
    }
    modules = {"Kern": hooks} | {
        f"`{name}`": importlib.import_module(f"plugins.{name}.hooks") for name in sorted(SHIPPED)
    }
    expected = {}
    for name, spec in vars(hookspecs).items():
        if inspect.isfunction(spec) and hasattr(spec, "tagwerk_spec"):
            args = ", ".join(inspect.signature(spec).parameters)
            kind = "erste Antwort" if spec.tagwerk_spec["firstresult"] else "Liste"
            who = ", ".join(label for label, mod in modules.items() if hasattr(mod, name))
            expected[name] = (args, kind, who or "–")
    assert documented == expected


def test_the_rules_table_of_the_architecture_points_at_code_that_exists():
    """docs/architecture.md says where each rule lives; every file and name it gives exists."""
    import importlib
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    text = (root / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## Wo die Regeln wohnen", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) >= 8
    for row in rows:
        where = row.rsplit("|", 2)[1]
        path = re.search(r"`([\w/]+\.py)`", where).group(1)
        assert (root / path).is_file(), path
        module = importlib.import_module(path[:-3].replace("/", "."))
        for name in re.findall(r"`(\w+(?:\.\w+)?)`", where.split(path, 1)[1].split(")")[0]):
            target = module
            for part in name.split("."):
                target = getattr(target, part)  # AttributeError names the stale entry
