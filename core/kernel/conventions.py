"""Start-up checks that a module keeps to its own name: its tables carry its table prefix,
its setting keys, permissions and job kinds its name. A module that breaks this would
collide with another one sooner or later; it is refused when the kernel is built, with a
message naming the module and the offending name, instead of failing somewhere later."""

from __future__ import annotations

import pluggy

from core.errors import PluginError
from core.i18n import gettext_

# What each contributing hook returns, and how its names are read.
NAMED_CONTRIBUTIONS = {
    "setting_specs": ("Einstellung", lambda spec: spec.key),
    "permissions": ("Berechtigung", lambda permission: permission.name),
    "job_kinds": ("Auftragsart", lambda kind: kind.name),
    "letter_texts": ("Brieftext", lambda text: text.kind),
    "events": ("Ereignis", lambda event: event.key),
}


def check_names(pm: pluggy.PluginManager) -> None:
    for hook_name, (what, name_of) in NAMED_CONTRIBUTIONS.items():
        for impl in getattr(pm.hook, hook_name).get_hookimpls():
            if impl.plugin_name == "core":
                continue
            for item in impl.function() or []:
                name = name_of(item)
                if not name.startswith(f"{impl.plugin_name}."):
                    raise PluginError(_refused(impl.plugin_name, what, name))


def check_tables(plugin, registry=None) -> None:
    """Every table the module's models define starts with its declared prefix."""
    from core.db import Base

    for mapper in (registry or Base.registry).mappers:
        cls = mapper.class_
        if not cls.__module__.startswith(f"{plugin.module}."):
            continue
        for table in mapper.tables:
            if not table.name.startswith(plugin.table_prefix):
                raise PluginError(
                    gettext_(
                        "Modul '{name}': die Tabelle '{table}' trägt nicht das Präfix "
                        "'{prefix}' des Moduls."
                    ).format(name=plugin.name, table=table.name, prefix=plugin.table_prefix)
                )


def _refused(plugin_name: str, what: str, name: str) -> str:
    return gettext_(
        "Modul '{plugin}': {what} '{name}' muss mit '{plugin}.' beginnen, damit sie mit "
        "keinem anderen Modul zusammenstößt."
    ).format(plugin=plugin_name, what=what, name=name)
