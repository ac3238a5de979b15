"""The administration manages the office's accounts: roles changed, access locked after a
confirmation and given back; nobody locks themselves out, one active administrator stays,
and portal accounts are not among them."""

from __future__ import annotations

from sqlalchemy import select

from core.models import User
from core.services import accounts
from core.services.users import create_user
from tests.conftest import csrf_of, login


def account_id(installation, username: str) -> int:
    with installation.db.read() as s:
        return s.scalar(select(User.id).where(User.username == username))


def test_roles_are_changed_and_access_locked_and_given_back(client, installation):
    with installation.db.transaction("test") as s:
        create_user(s, "tom", "sicheres-passwort", ["staff"], "Tom Brandt")
    login(client, installation, "admin")
    listing = client.get("/admin/users")
    assert listing.status_code == 200
    assert "tom" in listing.text and "Tom Brandt" in listing.text and "noch nie" in listing.text
    tom = account_id(installation, "tom")
    saved = client.post(
        f"/admin/users/{tom}", data={"roles": ["staff", "hub"]}, follow_redirects=False
    )
    assert saved.status_code == 303
    with installation.db.read() as s:
        assert s.get(User, tom).role_names == {"staff", "hub"}
    none = client.post(f"/admin/users/{tom}", data={})
    assert none.status_code == 422 and "Rollen: bitte mindestens eine" in none.text
    portal_only = client.post(f"/admin/users/{tom}", data={"roles": ["childminder"]})
    assert portal_only.status_code == 422

    assert "Zugang von tom sperren?" in client.get(f"/admin/users/{tom}/lock").text
    locked = client.post(f"/admin/users/{tom}/lock", follow_redirects=False)
    assert locked.status_code == 303
    with installation.db.read() as s:
        assert not s.get(User, tom).active
    other = client.__class__(client.app)
    token = csrf_of(other)
    refused = other.post(
        "/login",
        data={"username": "tom", "password": "sicheres-passwort", "csrf_token": token},
        follow_redirects=False,
    )
    assert refused.status_code != 303
    client.post(f"/admin/users/{tom}/unlock")
    with installation.db.read() as s:
        assert s.get(User, tom).active


def test_nobody_locks_themselves_out_and_one_administrator_stays(client, installation):
    login(client, installation, "admin")
    me = account_id(installation, "admin-user")
    own_role = client.post(f"/admin/users/{me}", data={"roles": ["staff"]})
    assert own_role.status_code == 422
    assert "Die eigene Administration gibt niemand selbst ab." in own_role.text
    own_access = client.post(f"/admin/users/{me}/lock")
    assert own_access.status_code == 422
    assert "Das eigene Konto sperrt niemand selbst." in own_access.text
    with installation.db.transaction("test") as s:
        create_user(s, "zweite", "sicheres-passwort", ["admin"])
    second = account_id(installation, "zweite")
    assert client.post(f"/admin/users/{second}", data={"roles": ["staff"]}).status_code == 200
    with installation.db.read() as s:
        assert s.get(User, second).role_names == {"staff"}


def test_portal_accounts_are_not_managed_here(client, installation, make):
    jana = make.childminder(email="jana@example.org")
    with installation.db.transaction("test") as s:
        accounts.open_account(s, jana.id)
        portal_user = s.scalar(select(User.id).where(User.id != 0).order_by(User.id.desc()))
    login(client, installation, "admin")
    assert client.get(f"/admin/users/{portal_user}").status_code == 404
    assert client.get("/admin/users/999999").status_code == 404
    assert "jana" not in client.get("/admin/users").text.lower()
