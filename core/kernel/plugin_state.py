"""Which plugins an installation has enabled, and switching them on and off."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from core.errors import PluginError
from core.i18n import gettext_
from core.kernel import migrate
from core.kernel.plugins import Plugin, dependents, resolve
from core.models import InstalledPlugin

ENABLED, DISABLED = "enabled", "disabled"


def enabled_names(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(InstalledPlugin.name)
            .where(InstalledPlugin.state == ENABLED)
            .order_by(InstalledPlugin.name)
        )
    )


def state_token(conn: Connection | Session) -> tuple:
    """Changes whenever any plugin is enabled or disabled; cheap to poll per request."""
    return tuple(
        conn.execute(
            select(InstalledPlugin.name, InstalledPlugin.state).order_by(InstalledPlugin.name)
        )
    )


def rows(session: Session) -> dict[str, InstalledPlugin]:
    return {p.name: p for p in session.scalars(select(InstalledPlugin))}


def check_enable(session: Session, name: str, available: Mapping[str, Plugin]) -> Plugin | None:
    """The plugin to enable, None if it is on already; an error if its dependencies are off."""
    if name not in available:
        known = ", ".join(sorted(available)) or "keine"
        raise PluginError(
            gettext_("Ein Modul '{name}' gibt es nicht. Verfügbar: {known}.").format(
                name=name, known=known
            )
        )
    current = enabled_names(session)
    if name in current:
        return None
    resolve([*current, name], available)
    return available[name]


def migrate_plugin(engine: Engine, plugin: Plugin) -> None:
    plugin.load_models()
    migrate.upgrade(engine, migrate.modules_for([plugin])[-1])


def record_enabled(session: Session, plugin: Plugin) -> None:
    name = plugin.name
    row = session.get(InstalledPlugin, name)
    if row is None:
        session.add(InstalledPlugin(name=name, version=plugin.version, state=ENABLED))
    else:
        row.state, row.version = ENABLED, plugin.version
    session.flush()


def disable(session: Session, name: str, available: Mapping[str, Plugin]) -> None:
    """Switch a plugin off; its tables and data stay for when it is enabled again."""
    current = enabled_names(session)
    if name not in current:
        if name not in available:
            raise PluginError(gettext_("Ein Modul '{name}' gibt es nicht.").format(name=name))
        return
    needed_by = dependents(name, current, available)
    if needed_by:
        raise PluginError(
            gettext_("'{name}' kann nicht deaktiviert werden: {value} benötigt es.").format(
                name=name, value=", ".join(needed_by)
            )
        )
    session.get(InstalledPlugin, name).state = DISABLED
    session.flush()


def core_installed(engine: Engine) -> bool:
    return inspect(engine).has_table(InstalledPlugin.__tablename__)
