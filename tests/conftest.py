"""Shared fixtures: a migrated database on SQLite and, when configured, on PostgreSQL.

Set TAGWERK_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)
to run every database test on PostgreSQL too; a fresh database is created per run.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from starlette.testclient import TestClient

from core.config import Settings
from core.kernel.installation import Installation
from core.services.users import create_user
from core.web.app import create_app
from tests import factories
from tests.files import clamav_database

# uploads are checked by the real clamscan, against our own signatures (tests/files.py);
# set before any app starts, so the browser tests' servers inherit it
os.environ.setdefault("TAGWERK_CLAMAV_DATABASE", clamav_database())

PG_URL = os.environ.get("TAGWERK_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def _postgres_database() -> tuple[str, callable]:
    admin_url = make_url(PG_URL)
    name = f"tagwerk_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return admin_url.set(database=name).render_as_string(hide_password=False), drop


def pytest_collection_modifyitems(config, items):
    """A `page_only` test checks the rendered page, which no database changes: its
    PostgreSQL run would repeat the SQLite one (a minute of axe-core in Chromium)."""
    repeated = [
        item
        for item in items
        if item.get_closest_marker("page_only")
        and getattr(item, "callspec", None) is not None
        and item.callspec.params.get("backend_url") == "postgresql"
    ]
    if repeated:
        config.hook.pytest_deselected(items=repeated)
        items[:] = [item for item in items if item not in repeated]
    # The longest tests first: started last, one of them keeps a worker busy for minutes
    # while the other has nothing left to take (the suite's time is its slowest worker's).
    items.sort(key=lambda item: not any(name in item.nodeid for name in LONGEST))


LONGEST = (
    "test_core_hostile_input.py::test_hostile_input_never_crashes",
    "test_core_load_and_faults.py",
    "test_core_authorisation.py::test_every_route_answers",
    "test_core_accessibility.py",
    "test_payments_browser.py",
    "test_core_absurd_ids_and_dates.py",
    "test_core_portal_browser.py",
    "test_core_portal_hostile.py",
)


@pytest.fixture(scope="session", autouse=True)
def quick_password_hashes():
    """Argon2 at its lowest cost: tests log in hundreds of times, and the production cost
    (about 0.15 s per hash on 2 cores) would be a tenth of the whole run. The checks are
    the same; the load tests' servers run in their own processes at the real cost."""
    from argon2 import PasswordHasher

    from core.services import users

    real, users._hasher = users._hasher, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    users._hasher = real


@pytest.fixture(scope="session", params=BACKENDS)
def backend_url(request, tmp_path_factory) -> str:
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("sqlite") / "tagwerk.db"
        yield f"sqlite:///{path}"
        return
    url, drop = _postgres_database()
    yield url
    drop()


@pytest.fixture(scope="session")
def migrated(backend_url, tmp_path_factory) -> Installation:
    settings = Settings(
        database_url=backend_url,
        data_dir=tmp_path_factory.mktemp("data"),
        secret_key="test-secret",
        # tests run queued jobs where a user would wait (tests/workers.py); only the live
        # server of the browser tests has a worker thread, polling quickly
        worker="external",
        worker_poll=0.05,
    )
    installation = Installation(settings)
    installation.upgrade()
    yield installation
    installation.db.dispose()


def _wipe(installation: Installation) -> None:
    """Empty every table but the migration state, so each test starts from nothing; ids
    start again too, so the files jobs left (letters to print) go as well."""
    import shutil

    from sqlalchemy import inspect

    for folder in ("letters", "uploads"):
        shutil.rmtree(Path(installation.settings.data_dir) / folder, ignore_errors=True)

    engine = installation.db.engine
    tables = [t for t in inspect(engine).get_table_names() if not t.endswith("alembic_version")]
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            quoted = ", ".join(f'"{t}"' for t in tables)
            conn.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))
        return
    with engine.connect() as conn:
        # The pragma only takes effect outside a transaction, and the connection goes back
        # to the pool: it must leave with foreign keys enforced again.
        conn.execute(text("PRAGMA foreign_keys=OFF"))
        for table in tables:
            conn.execute(text(f'DELETE FROM "{table}"'))
        conn.commit()
        conn.execute(text("PRAGMA foreign_keys=ON"))
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        conn.commit()


@pytest.fixture
def installation(migrated) -> Installation:
    _wipe(migrated)  # before, not after: the next test wipes what this one leaves
    return migrated


@pytest.fixture
def session(installation):
    """A session in a transaction that commits at the end of the test body."""
    with installation.db.transaction("test") as s:
        yield s


@pytest.fixture
def make(installation):
    """Builders for persons, childminders and contracts, each in its own transaction."""
    return factories.Builder(installation)


@pytest.fixture
def app(installation):
    return create_app(installation=installation)


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(client: TestClient) -> str:
    return CSRF_RE.search(client.get("/login").text).group(1)


def login(client: TestClient, installation: Installation, role: str = "admin") -> TestClient:
    username = f"{role}-user"
    with installation.db.transaction("test") as s:
        create_user(s, username, "sicheres-passwort", [role])
    token = csrf_of(client)
    response = client.post(
        "/login",
        data={"username": username, "password": "sicheres-passwort", "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    client.headers["X-CSRF-Token"] = csrf_of(client)  # the login's own token
    return client


@pytest.fixture
def staff(client, installation) -> TestClient:
    return login(client, installation, "staff")


@pytest.fixture
def admin(client, installation) -> TestClient:
    return login(client, installation, "admin")


@pytest.fixture
def mailbox(installation, tmp_path):
    """A real SMTP server on a free port, and the installation sending to it; the server's
    inbox. The agency's sender address is set, as a configured installation has it."""
    from core.messages.mail import MailServer, Transport
    from core.settings import settings_of
    from tests.mailserver import smtp_server

    with installation.db.transaction("test") as s:
        store = settings_of(s)
        if not store.get(s, "core.mail_sender"):
            store.set(s, "core.mail_sender", "tagespflege@beckum.example.org")
    with smtp_server("plain", tmp_path) as server:
        installation.mail = Transport(MailServer.from_url(server.url, timeout=5))
        try:
            yield server.inbox
        finally:
            installation.mail.close()
            installation.mail = None


def with_site_url(installation, url: str = "http://testserver") -> None:
    """The installation's address for links (`core.site_url`): the test client's own."""
    from core.settings import settings_of

    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.site_url", url)
