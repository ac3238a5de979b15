"""One agency's installation: its database, its enabled plugins, its settings."""

from __future__ import annotations

import threading
from collections.abc import Mapping

from core.config import Settings
from core.db import Database
from core.errors import PluginError
from core.i18n import gettext_
from core.kernel import conventions, migrate, plugin_state
from core.kernel.plugins import Kernel, Plugin, build_kernel, discover, resolve
from core.messages.mail import MailServer, Transport


class Installation:
    """Shared by the web app and the CLI. The kernel is rebuilt when plugin state changes."""

    def __init__(self, settings: Settings, available: Mapping[str, Plugin] | None = None):
        import core.audit  # noqa: F401  (registers the audit listeners)

        self.settings = settings
        if settings.database_url.startswith("sqlite"):
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.db = Database(
            settings.database_url,
            statement_timeout=settings.statement_timeout,
            lock_timeout=settings.lock_timeout,
            pool_size=settings.pool_size,
            max_overflow=settings.max_overflow,
            info={"installation": self},  # sessions find their settings (settings_of)
        )
        self.available = dict(discover() if available is None else available)
        self._kernel: Kernel | None = None
        self._token: tuple | None = None
        self._lock = threading.Lock()
        # None: no mail server configured, messages stay in Tagwerk's mail view
        self.mail = (
            Transport(
                MailServer.from_url(
                    settings.smtp_url, settings.smtp_timeout, settings.smtp_cafile or None
                )
            )
            if settings.smtp_url
            else None
        )

    # --- plugin kernel ----------------------------------------------------

    def kernel(self) -> Kernel:
        # polled on every request: one autocommit round trip, no session, no ROLLBACK
        with self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            token = plugin_state.state_token(conn)
        with self._lock:
            if self._kernel is None or token != self._token:
                names = [name for name, state in token if state == plugin_state.ENABLED]
                self._kernel = build_kernel(names, self.available)
                for plugin in self._kernel.enabled:
                    plugin.load_models()
                    conventions.check_tables(plugin)
                self._token = token
            return self._kernel

    # --- database lifecycle -----------------------------------------------

    def upgrade(self) -> list[str]:
        """Migrate core, seed the initial plugin set on a fresh database, migrate plugins."""
        migrate.upgrade(self.db.engine, migrate.CORE)
        with self.db.read() as session:
            fresh = not plugin_state.rows(session)
        if fresh:
            for name in self.settings.initial_plugins:
                self.enable(name)
        with self.db.read() as session:
            names = plugin_state.enabled_names(session)
        done = ["core"]
        for module in migrate.modules_for(resolve(names, self.available))[1:]:
            migrate.upgrade(self.db.engine, module)
            done.append(module.name)
        return done

    def check_ready(self) -> Kernel:
        """Refuse to run on a database that is missing migrations or has a broken plugin set."""
        if not plugin_state.core_installed(self.db.engine):
            from core.errors import MigrationsPending

            raise MigrationsPending(
                gettext_(
                    "Die Datenbank ist noch nicht eingerichtet. Bitte 'tagwerk init' ausführen."
                )
            )
        kernel = self.kernel()
        migrate.check(self.db.engine, migrate.modules_for(kernel.enabled))
        return kernel

    def enable(self, name: str) -> None:
        with self.db.read() as session:
            plugin = plugin_state.check_enable(session, name, self.available)
        if plugin is None:
            return
        plugin_state.migrate_plugin(self.db.engine, plugin)
        with self.db.transaction("system") as session:
            plugin_state.check_enable(session, name, self.available)
            plugin_state.record_enabled(session, plugin)

    def disable(self, name: str) -> None:
        with self.db.transaction("system") as session:
            plugin_state.disable(session, name, self.available)

    def plugin_rows(self) -> list[dict]:
        with self.db.read() as session:
            rows = plugin_state.rows(session)
        listing = []
        for name in sorted(set(self.available) | set(rows)):
            plugin, row = self.available.get(name), rows.get(name)
            listing.append(
                {
                    "name": name,
                    "label": plugin.label if plugin else gettext_("(nicht installiert)"),
                    "version": plugin.version if plugin else row.version,
                    "requires": plugin.requires if plugin else (),
                    "state": row.state if row else plugin_state.DISABLED,
                }
            )
        return listing


__all__ = ["Installation", "PluginError"]
