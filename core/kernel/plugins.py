"""The plugin kernel: declarations, discovery, dependency order and the plugin manager."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType

import pluggy

from core.errors import PluginError
from core.i18n import gettext_
from core.kernel import conventions, hookspecs
from core.kernel.contributions import Permission
from core.settings import InstallationSettings

ENTRY_POINT_GROUP = "tagwerk.plugins"
CORE_HOOKS = "core.hooks"


@dataclass(frozen=True)
class Plugin:
    """What a plugin package declares as PLUGIN in its __init__.py."""

    name: str
    version: str
    label: str
    module: str  # the package, usually __name__
    table_prefix: str
    requires: tuple[str, ...] = ()
    description: str = ""

    @property
    def path(self) -> Path:
        return Path(importlib.import_module(self.module).__file__).parent

    @property
    def migrations_dir(self) -> Path:
        return self.path / "migrations"

    def hooks(self) -> ModuleType:
        return importlib.import_module(f"{self.module}.hooks")

    def load_models(self) -> None:
        importlib.import_module(f"{self.module}.models")


def discover() -> dict[str, Plugin]:
    """All plugins installed in this Python environment, by name."""
    found: dict[str, Plugin] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            plugin = ep.load()
        except Exception as exc:  # a broken package must not take down the others silently
            raise PluginError(
                gettext_("Das Modul '{name}' ({value}) lässt sich nicht laden: {exc}").format(
                    name=ep.name, value=ep.value, exc=exc
                )
            ) from exc
        if not isinstance(plugin, Plugin) or plugin.name != ep.name:
            raise PluginError(
                gettext_(
                    "Der Einstiegspunkt '{name}' zeigt nicht auf eine Plugin-Deklaration "
                    "mit diesem Namen."
                ).format(name=ep.name)
            )
        found[plugin.name] = plugin
    return found


def resolve(enabled: Iterable[str], available: Mapping[str, Plugin]) -> list[Plugin]:
    """The enabled plugins in dependency order; a clear error for anything inconsistent."""
    enabled = list(dict.fromkeys(enabled))
    for name in enabled:
        if name not in available:
            raise PluginError(
                gettext_(
                    "Das Modul '{name}' ist in dieser Installation aktiviert, aber nicht "
                    "installiert. Installieren Sie es oder führen Sie "
                    "'tagwerk plugins disable {name2}' aus."
                ).format(name=name, name2=name)
            )
    for name in enabled:
        missing = [r for r in available[name].requires if r not in enabled]
        if missing:
            raise PluginError(
                gettext_("Das Modul '{name}' benötigt {value}, das nicht aktiviert ist.").format(
                    name=name, value=", ".join(repr(m) for m in missing)
                )
            )
    ordered: list[Plugin] = []
    state: dict[str, str] = {}

    def visit(name: str, chain: tuple[str, ...]) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "visiting":
            cycle = " → ".join((*chain[chain.index(name) :], name))
            raise PluginError(
                gettext_("Zyklische Abhängigkeit zwischen Modulen: {cycle}").format(cycle=cycle)
            )
        state[name] = "visiting"
        for dep in available[name].requires:
            visit(dep, (*chain, name))
        state[name] = "done"
        ordered.append(available[name])

    for name in sorted(enabled):
        visit(name, ())
    return ordered


def dependents(name: str, enabled: Iterable[str], available: Mapping[str, Plugin]) -> list[str]:
    return sorted(n for n in enabled if n in available and name in available[n].requires)


@dataclass
class Kernel:
    """The plugin manager and what it collected, for one set of enabled plugins."""

    available: dict[str, Plugin]
    enabled: list[Plugin]
    pm: pluggy.PluginManager
    permissions: dict[str, Permission] = field(default_factory=dict)
    # the settings of this set of modules with their defaults: the one door to read them
    settings: InstallationSettings | None = None
    # the kinds of letter whose words the agency may edit (core.letters.texts.TextKind), by kind
    texts: dict = field(default_factory=dict)
    # what reaches whom (core.letters.events.Event), by key
    events: dict = field(default_factory=dict)

    @property
    def enabled_names(self) -> list[str]:
        return [p.name for p in self.enabled]

    def is_enabled(self, name: str) -> bool:
        return name in self.enabled_names

    @property
    def hook(self):
        return self.pm.hook

    def collect(self, hook_name: str, **kwargs) -> list:
        """Flatten the lists a contributing hook returns."""
        results = getattr(self.pm.hook, hook_name)(**kwargs)
        return [item for result in results if result for item in result]


def build_kernel(enabled_names: Iterable[str], available: Mapping[str, Plugin]) -> Kernel:
    enabled = resolve(enabled_names, available)
    pm = pluggy.PluginManager("tagwerk")
    pm.add_hookspecs(hookspecs)
    # core plugs into itself like a module: its hooks are found by name, not imported here
    pm.register(importlib.import_module(CORE_HOOKS), name="core")
    for plugin in enabled:
        try:
            pm.register(plugin.hooks(), name=plugin.name)
        except pluggy.PluginValidationError as exc:
            raise PluginError(
                gettext_("Modul '{name}': {exc}").format(name=plugin.name, exc=exc)
            ) from exc
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(gettext_("Unbekannter Hook: {exc}").format(exc=exc)) from exc
    kernel = Kernel(available=dict(available), enabled=enabled, pm=pm)
    kernel.permissions = _collect_permissions(pm)
    conventions.check_names(pm)
    kernel.settings = InstallationSettings(kernel.collect("setting_specs"))
    kernel.events = {event.key: event for event in kernel.collect("events")}
    told_in = [text for event in kernel.events.values() for text in event.tells.values()]
    kernel.texts = {text.kind: text for text in [*kernel.collect("letter_texts"), *told_in]}
    return kernel


def _collect_permissions(pm: pluggy.PluginManager) -> dict[str, Permission]:
    collected: dict[str, Permission] = {}
    for impl in pm.hook.permissions.get_hookimpls():
        for perm in impl.function() or []:
            if perm.name in collected:
                raise PluginError(
                    gettext_(
                        "Die Berechtigung '{name}' wird doppelt deklariert "
                        "(zuletzt von '{plugin_name}')."
                    ).format(name=perm.name, plugin_name=impl.plugin_name)
                )
            collected[perm.name] = perm
    return collected
