"""Logins end on the server: a copied cookie is worth nothing after logout, a password
change, a deactivation, expiry or a restore, and never logs in a user created later."""

from __future__ import annotations

from datetime import timedelta

from starlette.testclient import TestClient

from core.models import LoginSession, Person, User
from core.operations import backup
from core.services.users import create_user, deactivate, set_password
from core.settings import settings_of
from tests.conftest import CSRF_RE, login


def copy_of(client: TestClient, app) -> TestClient:
    """Another browser holding a saved copy of the same cookie."""
    thief = TestClient(app)
    thief.cookies.update(client.cookies)
    thief.headers["X-CSRF-Token"] = client.headers["X-CSRF-Token"]
    return thief


def age(session, column: str, by: timedelta) -> None:
    """Let every login look older than it is."""
    for row in session.query(LoginSession):
        setattr(row, column, getattr(row, column) - by)


def logged_in(client: TestClient) -> bool:
    return client.get("/persons", follow_redirects=False).status_code == 200


def test_logout_ends_the_login_wherever_the_cookie_was_copied(client, installation, app):
    login(client, installation, "staff")
    thief = copy_of(client, app)
    assert logged_in(thief)
    client.post("/logout")
    assert not logged_in(thief)
    write = thief.post(
        "/persons/new",
        data={"first_name": "A", "last_name": "B", "roles": "child"},
        follow_redirects=False,
    )
    assert write.status_code == 303 and write.headers["location"].startswith("/login")
    with installation.db.read() as s:
        assert s.query(Person).count() == 0


def test_password_change_and_deactivation_end_every_login(client, installation, app):
    login(client, installation, "staff")
    other = copy_of(client, app)
    with installation.db.transaction() as s:
        set_password(s.query(User).filter_by(username="staff-user").one(), "neues-passwort-1")
    assert not logged_in(client) and not logged_in(other)
    fresh = TestClient(app)
    token = CSRF_RE.search(fresh.get("/login").text).group(1)
    fresh.post(
        "/login",
        data={"username": "staff-user", "password": "neues-passwort-1", "csrf_token": token},
    )
    assert logged_in(fresh)
    with installation.db.transaction() as s:
        deactivate(s, s.query(User).filter_by(username="staff-user").one())
    assert not logged_in(fresh)
    with installation.db.read() as s:
        assert s.query(LoginSession).count() == 0


def test_idle_and_absolute_lifetimes_are_settings(client, installation):
    login(client, installation, "staff")
    with installation.db.transaction() as s:
        settings_of(s).set(s, "core.session_idle_minutes", "30")
        age(s, "last_seen", timedelta(minutes=20))
    assert logged_in(client)  # 20 minutes idle, 30 allowed
    with installation.db.transaction() as s:
        age(s, "last_seen", timedelta(minutes=40))
    assert not logged_in(client)
    login_again = login(TestClient(client.app), installation, "finance")
    with installation.db.transaction() as s:
        settings_of(s).set(s, "core.session_absolute_hours", "2")
        age(s, "created_at", timedelta(hours=3))
    assert not logged_in(login_again)


def test_after_a_restore_an_old_cookie_logs_in_nobody(client, installation, app, tmp_path):
    target = tmp_path / "vorher.bak"
    backup.backup(installation, target)  # before the viewer exists
    login(client, installation, "viewer")
    viewer_cookie = copy_of(client, app)
    assert viewer_cookie.get("/", follow_redirects=False).status_code == 200
    backup.restore(installation, target)
    with installation.db.transaction() as s:  # a new admin may get the viewer's old id
        create_user(s, "neue-admin", "sicheres-passwort", ["admin"])
    assert viewer_cookie.get("/", follow_redirects=False).status_code == 303
    assert viewer_cookie.get("/admin/settings", follow_redirects=False).status_code == 303
