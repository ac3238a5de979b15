"""Staff change their own password on their account page, named with their name: the
current password first (a wrong one counts as a failed login), the same rules as
everywhere, and afterwards every login of theirs has ended."""

from __future__ import annotations

from sqlalchemy import select

from core.models import User
from core.services.users import password_matches
from tests.conftest import csrf_of, login

NEW = "Kastanienbaum Regenschirm Lokomotive"


def test_own_password_change(client, installation):
    login(client, installation, "staff")
    page = client.get("/account")
    assert "Konto von staff-user" in page.text and "Passwort ändern" in page.text

    wrong = client.post(
        "/account/password", data={"current": "falsch", "password": NEW, "repeated": NEW}
    )
    assert wrong.status_code == 422 and "Bisheriges Passwort: stimmt nicht." in wrong.text
    weak = client.post(
        "/account/password",
        data={"current": "sicheres-passwort", "password": "passwort123", "repeated": "passwort123"},
    )
    assert weak.status_code == 422 and "Passwort: " in weak.text
    with installation.db.read() as s:
        user = s.scalars(select(User).where(User.username == "staff-user")).one()
        assert password_matches(user, "sicheres-passwort")

    done = client.post(
        "/account/password",
        data={"current": "sicheres-passwort", "password": NEW, "repeated": NEW},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"] == "/login"
    assert client.get("/account", follow_redirects=False).status_code in (302, 303)
    with installation.db.read() as s:
        user = s.scalars(select(User).where(User.username == "staff-user")).one()
        assert password_matches(user, NEW)
    token = csrf_of(client)
    again = client.post(
        "/login",
        data={"username": "staff-user", "password": NEW, "csrf_token": token},
        follow_redirects=False,
    )
    assert again.status_code == 303
