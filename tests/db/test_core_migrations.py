"""Migrations per module: they build exactly the models, and the app refuses a stale database."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, literal, select, text

import core.models  # noqa: F401
from core.config import Settings
from core.db import HAND_WRITTEN_INDEXES, Base
from core.errors import MigrationsPending
from core.kernel import migrate
from core.kernel.installation import Installation
from core.kernel.plugins import resolve
from core.web.app import create_app
from plugins.payments.runs import lifecycle, stored
from tests.demo_screens import MODULES, beckum
from tests.tables import all_rows


@pytest.mark.parametrize("prefix", ["core_", "pay_", "sh_", "qhb_", "pc_", "pl_"])
def test_migrated_schema_matches_the_models(installation, prefix):
    for module in ("payments", "substitute_hub", "qhb_training", "parent_council", "placement"):
        installation.enable(module)
    installation.kernel()  # loads the enabled modules' models into the metadata
    with installation.db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda obj, name, type_, *_: (
                    name not in HAND_WRITTEN_INDEXES
                    if type_ != "table"
                    else name.startswith(prefix) and not name.endswith("alembic_version")
                ),
                "compare_type": True,
            },
        )
        assert compare_metadata(ctx, Base.metadata) == []


def test_each_module_has_its_own_version_table(installation):
    installation.enable("payments")
    with installation.db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM core_alembic_version")).scalar()
    assert version == "0018_core"
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


@pytest.fixture
def empty_database(installation, tmp_path):
    """A database of its own on the same backend, without any table."""
    if installation.db.engine.dialect.name == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    from tests.conftest import _postgres_database

    url, drop = _postgres_database()
    yield url
    drop()


# Modules released after the first release: absent from its schema, built by the upgrade.
LATER = {"placement"}


def test_data_from_the_first_release_survives_upgrade_and_downgrade(
    installation, empty_database, tmp_path
):
    kernel = beckum(installation)  # the demo agency with a payment run, built at head …
    with installation.db.transaction("demo") as s:
        run_id = lifecycle.compute(s, date(2026, 11, 1), hooks=kernel.hook, actor="demo").id
    fresh = Installation(Settings(database_url=empty_database, data_dir=tmp_path, secret_key="x"))
    modules = migrate.modules_for(resolve(list(MODULES), fresh.available))
    first = {
        m.name: ScriptDirectory.from_config(migrate.alembic_config(m)).get_base() for m in modules
    }
    with fresh.db.engine.begin() as conn:  # … copied into the schema as first released
        for module in modules:
            if module.name not in LATER:
                command.upgrade(migrate.alembic_config(module, conn), first[module.name])
        released = MetaData()
        released.reflect(bind=conn)
        tables = [t for t in released.sorted_tables if not t.name.endswith("alembic_version")]
        for table in reversed(tables):  # what the migrations seeded comes from the source too
            conn.execute(table.delete())
        source = MetaData()
        source.reflect(bind=installation.db.engine)
        with installation.db.read() as s:
            for table in tables:
                if table.name not in source.tables:
                    continue  # dropped since; the release's own rows are added below
                columns = [
                    source.tables[table.name]
                    .c.get(c.name, literal(RELEASED_ONLY.get(c.name)))
                    .label(c.name)
                    for c in table.c
                ]
                if batch := [dict(r._mapping) for r in s.execute(select(*columns))]:
                    conn.execute(table.insert(), batch)
        _first_release_ballot(conn)
        _first_release_lines(conn, installation)
        conn.execute(  # a rate period as the first release stored it: no rounding rule
            text(
                "INSERT INTO pay_rate_period (id, table_name, source, note, valid_from, valid_to, "
                "body, imported_at) VALUES (999, 'Alt', '', '', :day, :end, :body, :now)"
            ),
            {
                "day": date(2020, 1, 1),
                "end": date(2020, 12, 31),
                "body": json.dumps({"valid_from": "2020-01-01", "valid_to": "2020-12-31"}),
                "now": datetime(2020, 1, 1, 9, 0),
            },
        )
        conn.execute(  # a document job as the first release stored it
            text(
                "INSERT INTO pay_job (id, run_id, status, total, done, message, started_at) "
                "VALUES (1, :run, 'done', 47, 47, '', :now)"
            ),
            {"run": run_id, "now": datetime(2026, 11, 2, 9, 0)},
        )
    before = all_rows(fresh.db)
    contents_before = _ballot_contents(fresh.db)
    assert sum(map(len, before.values())) > 4000
    metadata = MetaData()
    metadata.reflect(bind=fresh.db.engine)
    released = {t.name: [c.name for c in t.columns] for t in metadata.sorted_tables}

    fresh.upgrade()
    assert migrate.pending(fresh.db.engine, modules) == []
    metadata = MetaData()
    metadata.reflect(bind=fresh.db.engine)
    kept = {  # the released columns of the released tables, where they still exist
        t.name: [c for c in released[t.name] if c in t.columns]
        for t in metadata.sorted_tables
        if t.name in released
    }
    after = all_rows(fresh.db, kept)
    for name, rows in before.items():
        if name.endswith("alembic_version") or name in SECRECY_REWRITTEN | REPLACED | RULE_ADDED:
            continue
        assert after[name] == rows, name
    with fresh.db.read() as s:  # each stored period keeps the rule it was computed with
        bodies = {
            row_id: json.loads(b) if isinstance(b, str) else b
            for row_id, b in s.execute(text("SELECT id, body FROM pay_rate_period"))
        }
    assert bodies and len(after["pay_rate_period"]) == len(before["pay_rate_period"])
    released = {row[0]: row for row in before["pay_rate_period"]}  # (id, …, body, …)
    body_at = [c for c in kept["pay_rate_period"]].index("body")
    for row_id, body in bodies.items():
        old = released[row_id][body_at]
        old = json.loads(old) if isinstance(old, str) else old
        assert body == {**old, "rounding": old.get("rounding", "hours_first")}
    assert bodies[999]["rounding"] == "hours_first"
    assert "pay_job" not in kept and "core_job" in metadata.tables
    _lines_moved(fresh.db, before["pay_line"])
    with fresh.db.read() as s:
        # the release's ballot is in the urn; its voter's code is retired, not linked
        (ballots,) = s.execute(text("SELECT ballots FROM pc_urn WHERE election_id = 1")).one()
        assert [1, 2] in (json.loads(ballots) if isinstance(ballots, str) else ballots)
        assert s.scalar(text("SELECT code_hash FROM pc_voter WHERE id = 1")) is None
        assert s.scalar(text("SELECT count(*) FROM pc_spent_code WHERE election_id = 1")) == len(
            before["pc_ballot"]
        )

    with fresh.db.engine.begin() as conn:  # and back, newest module first
        for module in reversed(modules):
            target = "base" if module.name in LATER else first[module.name]
            command.downgrade(migrate.alembic_config(module, conn), target)
    back = all_rows(fresh.db)
    assert back.pop("pl_alembic_version") == []  # a later module gone again, but for its table
    assert {k: v for k, v in back.items() if k not in SECRECY_REWRITTEN | REPLACED} == {
        k: v for k, v in before.items() if k not in SECRECY_REWRITTEN | REPLACED
    }
    assert back["pay_job"] == []  # the table is back for the old release, without progress
    assert _ballot_contents(fresh.db) == contents_before  # the same ballots, new random ids
    fresh.db.dispose()


# Tables whose rows the secrecy migration (parent_council 0002) rewrites on purpose: ballots
# move into the urn and back under new ids, codes that were used are retired.
SECRECY_REWRITTEN = {"pc_ballot", "pc_ballot_choice", "pc_voter", "pc_invitation"}
# Progress reports of the module's own job table, dropped when work moved to core_job.
# (payments 0003): nothing in them outlives the work they reported on.
# Lines in a table of their own, since payments 0006 a document in their statement's row.
REPLACED = {"pay_job", "pay_line"}
# Rate periods stored before payments 0004 are given the rounding rule they were computed
# with ("hours_first"); checked on their own in the test below.
RULE_ADDED = {"pay_rate_period"}
RELEASED_ONLY = {"voted": False, "channel": None, "used": False}  # columns dropped since


def _first_release_ballot(conn) -> None:
    """A vote as the first release stored it: the voter marked, the ballot beside it."""
    conn.execute(
        text("UPDATE pc_voter SET voted = :t, channel = 'online' WHERE id = 1"), {"t": True}
    )
    conn.execute(text("INSERT INTO pc_ballot (id, election_id) VALUES ('b1', 1)"))
    conn.execute(
        text("INSERT INTO pc_ballot_choice (ballot_id, candidate_id) VALUES ('b1', 1), ('b1', 2)")
    )


def _first_release_lines(conn, installation) -> None:
    """The head's statement lines as the first release stored them: a row each, numbered
    in statement and line order (as the way back numbers them again)."""
    with installation.db.read() as s:
        documents = s.execute(text("SELECT id, lines FROM pay_statement ORDER BY id")).all()
    rows = [
        {"id": 0, "statement_id": statement_id, "position": position, **line}
        for statement_id, text_ in documents
        for position, line in enumerate(_released(text_))
    ]
    for number, row in enumerate(rows, 1):
        row["id"] = number
    assert rows
    released = MetaData()
    released.reflect(bind=conn, only=["pay_line"])
    conn.execute(released.tables["pay_line"].insert(), rows)


def _released(document: str) -> list[dict]:
    """The lines of a statement's document as the first release's rows (without working)."""
    return [
        {k: v for k, v in asdict(line).items() if k != "working"}
        for line in stored.decode(document)
    ]


def _lines_moved(db, rows: list) -> None:
    """Each released line is in its statement's document, in order, with equal figures."""
    assert rows
    with db.read() as s:
        documents = dict(s.execute(text("SELECT id, lines FROM pay_statement")).all())
    moved = [
        (statement_id, position, line)
        for statement_id, document in documents.items()
        for position, line in enumerate(_released(document))
    ]
    assert len(moved) == len(rows)
    by_key = {(row[1], row[2]): row for row in rows}  # (id, statement, position, …)
    for statement_id, position, line in moved:
        row = by_key[(statement_id, position)]
        assert (line["component"], line["label"], line["amount_cents"]) == (row[5], row[6], row[10])
        assert line["quantity"] == row[7] and line["rate"] == row[9]


def _ballot_contents(db) -> list:
    with db.read() as s:
        pairs = s.execute(text("SELECT ballot_id, candidate_id FROM pc_ballot_choice")).all()
    ballots = {}
    for ballot_id, candidate_id in pairs:
        ballots.setdefault(ballot_id, []).append(candidate_id)
    return sorted(sorted(b) for b in ballots.values())
