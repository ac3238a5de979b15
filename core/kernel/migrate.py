"""Alembic per module: one shared env.py, one version folder and version table per module."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from core.errors import MigrationsPending
from core.i18n import gettext_

CORE_DIR = Path(__file__).resolve().parents[1] / "migrations"  # core/migrations


@dataclass(frozen=True)
class MigrationModule:
    name: str
    versions_dir: Path
    table_prefix: str
    models_module: str = "core.models"

    @property
    def version_table(self) -> str:
        return f"{self.table_prefix}alembic_version"


CORE = MigrationModule("core", CORE_DIR / "versions", "core_", "core.models")


def modules_for(plugins) -> list[MigrationModule]:
    """Core first, then plugins in dependency order."""
    return [CORE] + [
        MigrationModule(p.name, p.migrations_dir, p.table_prefix, f"{p.module}.models")
        for p in plugins
    ]


def alembic_config(module: MigrationModule, connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(CORE_DIR))
    cfg.set_main_option("version_locations", str(module.versions_dir))
    cfg.set_main_option("path_separator", "os")
    cfg.attributes["module"] = module
    cfg.attributes["connection"] = connection
    return cfg


def heads(module: MigrationModule) -> set[str]:
    if not module.versions_dir.exists():
        return set()
    return set(ScriptDirectory.from_config(alembic_config(module)).get_heads())


def current(engine: Engine, module: MigrationModule) -> set[str]:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"version_table": module.version_table})
        return set(ctx.get_current_heads())


def pending(engine: Engine, modules: list[MigrationModule]) -> list[str]:
    return [m.name for m in modules if heads(m) != current(engine, m)]


def upgrade(engine: Engine, module: MigrationModule) -> None:
    if not heads(module):
        return
    with engine.begin() as conn:
        command.upgrade(alembic_config(module, conn), "heads")


def check(engine: Engine, modules: list[MigrationModule]) -> None:
    todo = pending(engine, modules)
    if todo:
        raise MigrationsPending(
            gettext_(
                "Die Datenbank ist nicht auf dem neuesten Stand (Module: {value}). "
                "Bitte 'tagwerk db upgrade' ausführen."
            ).format(value=", ".join(todo))
        )
