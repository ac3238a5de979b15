"""Migrations per module: they build exactly the models, and the app refuses a stale database."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

import core.models  # noqa: F401
from core import migrate
from core.config import Settings
from core.db import Base
from core.errors import MigrationsPending
from core.installation import Installation
from core.web.app import create_app


@pytest.mark.parametrize("prefix", ["core_", "pay_", "sh_", "qhb_", "pc_"])
def test_migrated_schema_matches_the_models(installation, prefix):
    for module in ("payments", "substitute_hub", "qhb_training", "parent_council"):
        installation.enable(module)
    installation.kernel()  # loads the enabled modules' models into the metadata
    with installation.db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda obj, name, type_, *_: (
                    type_ != "table"
                    or (name.startswith(prefix) and not name.endswith("alembic_version"))
                ),
                "compare_type": True,
            },
        )
        assert compare_metadata(ctx, Base.metadata) == []


def test_each_module_has_its_own_version_table(installation):
    installation.enable("payments")
    with installation.db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM core_alembic_version")).scalar()
    assert version == "0002_core"
    assert (
        migrate.pending(installation.db.engine, migrate.modules_for(installation.kernel().enabled))
        == []
    )


def fresh(tmp_path) -> Installation:
    return Installation(
        Settings(database_url=f"sqlite:///{tmp_path / 'neu.db'}", data_dir=tmp_path, secret_key="x")
    )


def test_app_refuses_an_empty_database_and_names_the_command(tmp_path):
    with pytest.raises(MigrationsPending, match="'tagwerk init'"):
        create_app(installation=fresh(tmp_path))


def test_app_refuses_pending_migrations_and_names_the_command(tmp_path):
    inst = fresh(tmp_path)
    inst.upgrade()
    with inst.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM core_alembic_version"))
    with pytest.raises(MigrationsPending, match=r"Module: core.*'tagwerk db upgrade'"):
        create_app(installation=inst)
    inst.db.dispose()


def test_initial_plugins_seed_a_fresh_database_only(tmp_path):
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'neu.db'}",
        data_dir=tmp_path,
        secret_key="x",
        initial_plugins=("payments", "qhb_training"),
    )
    inst = Installation(settings)
    inst.upgrade()
    assert inst.kernel().enabled_names == ["payments", "qhb_training"]
    inst.disable("payments")
    inst.upgrade()  # a second upgrade keeps what the installation decided
    assert inst.kernel().enabled_names == ["qhb_training"]
    inst.db.dispose()


def test_enabling_qualification_brings_the_shipped_curricula(tmp_path):
    inst = fresh(tmp_path)
    inst.upgrade()
    inst.enable("qhb_training")
    from plugins.qhb_training.curricula import all_curricula

    with inst.db.read() as s:
        codes = [c.code for c in all_curricula(s)]
    assert codes[:3] == ["qhb1", "qhb2", "dji160"] and len(codes) == 8
    inst.db.dispose()
