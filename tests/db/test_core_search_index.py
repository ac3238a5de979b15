"""The person search reads name, city and e-mail as one text; PostgreSQL answers it from a
trigram index (migration core 0004) instead of reading every person."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from core.models import Person
from core.services import persons as service


def names(rows) -> set[str]:
    return {p.name for p in rows}


def test_each_word_matches_any_field_and_none_across_fields(make, installation):
    make.person("child", first_name="Mia", last_name="Schulte", city="Beckum")
    make.person("guardian", first_name="Ole", last_name="Brandt", email="ole@ahlen.example")
    with installation.db.read() as s:
        assert names(service.search_persons(s, "mia beckum")[0]) == {"Mia Schulte"}
        assert names(service.search_persons(s, "AHLEN")[0]) == {"Ole Brandt"}
        assert names(service.search_persons(s, "ulte")[0]) == {"Mia Schulte"}
        # "Schulte" + "Beckum" are two fields: no word may run across the gap
        assert service.search_persons(s, "schultebeckum")[1] == 0
        assert service.search_persons(s, "mia ahlen")[1] == 0


@pytest.mark.parametrize("hits_first", [True, False])
def test_pages_are_the_same_whether_hits_are_sorted_or_the_name_order_walked(
    make, installation, monkeypatch, hits_first
):
    for n in range(30):
        make.person("child", first_name=f"Kind{n:02d}", last_name=f"Schmitz{29 - n:02d}")
    make.person("child", first_name="Ole", last_name="Brandt")
    # few hits in a large table are collected and sorted, else the name index is walked:
    # the same answer either way
    monkeypatch.setattr(service, "WALK_UP_TO", 0)
    monkeypatch.setattr(service, "SORT_HITS_UP_TO", 10_000 if hits_first else 0)
    with installation.db.read() as s:
        first, total = service.search_persons(s, "schmitz", per_page=25)
        second, _ = service.search_persons(s, "schmitz", page=2, per_page=25)
    assert total == 30
    assert [p.last_name for p in first + second] == [f"Schmitz{n:02d}" for n in range(30)]


def test_postgresql_answers_the_search_from_the_trigram_index(installation):
    query = select(func.count()).select_from(Person).where(*service.matching("schulte"))
    with installation.db.engine.connect() as conn:
        compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
        if conn.dialect.name == "sqlite":  # no trigram index there: a plain scan
            plan = conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
            assert [row[-1] for row in plan] == ["SCAN core_person"]
            return
        # a test database is tiny, so the planner would scan anyway: forbid the scan to
        # prove the query's expression is the indexed one
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(conn.execute(text(f"EXPLAIN {compiled}")).scalars())
    assert "Bitmap Index Scan on ix_core_person_search" in plan, plan
