"""One long lock does not stall the app: a request that waits too long for it gets a clear
503 with Retry-After and changes nothing; pages that do not need the table answer."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from sqlalchemy import create_engine, func, select, text
from starlette.testclient import TestClient

from core.kernel.installation import Installation
from core.models import Person
from core.web.app import create_app
from tests.conftest import csrf_of, login


@pytest.fixture
def impatient(installation):
    """The same database, with a lock timeout of half a second (the setting's default is 5)."""
    settings = replace(installation.settings, lock_timeout=0.5, statement_timeout=5)
    quick = Installation(settings)
    yield quick
    quick.db.dispose()


def test_a_locked_person_table_gives_503_and_other_pages_answer(installation, impatient):
    client = login(TestClient(create_app(installation=impatient)), impatient, "staff")
    holder = create_engine(installation.settings.database_url)
    postgres = holder.dialect.name == "postgresql"
    with holder.connect() as conn:
        if postgres:  # someone holds the person table for a long report or migration
            conn.execute(text("LOCK TABLE core_person IN ACCESS EXCLUSIVE MODE"))
        else:  # SQLite: another writer holds the database
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        started = time.monotonic()
        account = client.get("/account")
        assert account.status_code == 200
        if postgres:
            page = client.get("/persons")
            assert page.status_code == 503 and page.headers["retry-after"] == "5"
            assert "Die Datenbank ist gerade ausgelastet; es wurde nichts geändert." in page.text
            assert "content-security-policy" in page.headers
            write = client.post(
                "/persons/new", data={"first_name": "Ada", "last_name": "Lang", "roles": "child"}
            )
            assert write.status_code == 503
            assert time.monotonic() - started < 10  # waited for the lock timeout, not 45 s
        else:  # WAL: readers go on while someone writes
            assert client.get("/persons").status_code == 200
        conn.rollback()
    holder.dispose()
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_a_login_that_waits_too_long_for_its_guess_is_a_503_not_a_crash(
    installation, impatient, make
):
    """60 parallel logins from one address gave 14 server errors: the guess is counted under
    a lock, and /login answered the lock's timeout with a 500. Now: 503 and Retry-After.
    (SQLite has no such lock: its one writer waits its busy timeout.)"""
    from core.services.throttle import LOGIN_ADDRESS

    client = TestClient(create_app(installation=impatient))
    client.headers["X-CSRF-Token"] = csrf_of(client)
    holder = create_engine(installation.settings.database_url)
    guess = {"username": "anna", "password": "x" * 12}
    with holder.connect() as conn:
        if holder.dialect.name == "postgresql":  # another login from this address counts
            hashed = LOGIN_ADDRESS._key("testclient")
            key = int.from_bytes(bytes.fromhex(hashed[:16]), "big", signed=True)
            conn.execute(select(func.pg_advisory_lock(key)))
            answer = client.post("/login", data=guess)
            assert answer.status_code == 503 and answer.headers["retry-after"] == "5"
            assert "Die Datenbank ist gerade ausgelastet" in answer.text
        conn.rollback()
    holder.dispose()
    assert client.post("/login", data=guess).status_code == 401  # the lock gone: counted
