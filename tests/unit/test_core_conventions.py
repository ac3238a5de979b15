"""A module keeps to its own name, or the kernel refuses to start with a message that
names the module and what is wrong."""

from __future__ import annotations

import types

import pytest
from sqlalchemy import Integer
from sqlalchemy.orm import DeclarativeBase, mapped_column

from core.errors import PluginError
from core.jobs.queue import JobKind
from core.kernel.contributions import Permission
from core.kernel.conventions import check_tables
from core.kernel.hookspecs import hookimpl
from core.kernel.plugins import build_kernel, discover
from core.settings import SettingSpec
from tests.unit.test_core_plugins import _plugin_with_hooks, fake


def kernel_with(monkeypatch, hook_name: str, items: list):
    module = types.ModuleType("loose_hooks")
    setattr(module, hook_name, hookimpl(lambda: items))
    module.__dict__[hook_name].__name__ = hook_name
    return build_kernel(["loose"], _plugin_with_hooks(monkeypatch, "loose", module))


@pytest.mark.parametrize(
    ("hook_name", "item", "what"),
    [
        ("setting_specs", SettingSpec("max_children", "Kinder", 5, int), "Einstellung"),
        ("permissions", Permission("view", "Ansehen"), "Berechtigung"),
        ("job_kinds", JobKind("nightly", "Nachts", lambda ctx: ""), "Auftragsart"),
    ],
)
def test_a_name_without_the_modules_prefix_stops_start_up(monkeypatch, hook_name, item, what):
    with pytest.raises(PluginError) as refused:
        kernel_with(monkeypatch, hook_name, [item])
    assert str(refused.value).startswith(f"Modul 'loose': {what} '")
    assert "muss mit 'loose.' beginnen" in str(refused.value)


def test_prefixed_names_are_accepted(monkeypatch):
    kernel = kernel_with(monkeypatch, "setting_specs", [SettingSpec("loose.limit", "Grenze", 3)])
    assert kernel.settings.specs["loose.limit"].default == 3


def test_a_setting_declared_twice_stops_start_up(monkeypatch):
    twice = [SettingSpec("loose.limit", "Grenze", 3), SettingSpec("loose.limit", "Noch mal", 4)]
    with pytest.raises(PluginError, match="Die Einstellung 'loose.limit' wird doppelt deklariert"):
        kernel_with(monkeypatch, "setting_specs", twice)


def test_a_table_without_the_modules_prefix_is_refused():
    class Elsewhere(DeclarativeBase):  # a registry of its own, so core's stays clean
        pass

    class WrongThing(Elsewhere):
        __tablename__ = "wrong_thing"
        id = mapped_column(Integer, primary_key=True)

    WrongThing.__module__ = "fake.loose.models"  # as if the module's models.py defined it

    with pytest.raises(PluginError, match="die Tabelle 'wrong_thing' trägt nicht das Präfix"):
        check_tables(fake("loose"), Elsewhere.registry)  # table prefix "lo_"


def test_the_shipped_modules_keep_to_their_names():
    available = discover()
    kernel = build_kernel(list(available), available)  # the name checks run here
    for plugin in kernel.enabled:
        plugin.load_models()
        check_tables(plugin)
