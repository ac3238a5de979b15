"""The childminders' portal in tests: the office invites her, she sets her password from
the link and logs in with her own browser."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from tests.conftest import CSRF_RE, csrf_of, with_site_url

LINK = re.compile(r'<code class="link">https?://[^/]+(/portal/password/[^<]+)</code>')
PASSWORD = "mein-eigenes-passwort"


def invite(staff: TestClient, person) -> str:
    """The office invites her; the one-time link the page shows."""
    with_site_url(staff.app.state.installation)
    response = staff.post(f"/persons/{person.id}/portal/invite")
    assert response.status_code == 200, response.text
    return LINK.search(response.text).group(1)


def set_password(app, link: str, username: str) -> TestClient:
    """She opens the link, chooses her password and logs in: her own browser."""
    own = TestClient(app, follow_redirects=False)
    own.headers["X-CSRF-Token"] = csrf_of(own)
    assert own.get(link).status_code == 200
    saved = own.post(
        link, data={"password": PASSWORD, "repeated": PASSWORD}, follow_redirects=False
    )
    assert saved.status_code == 303, saved.text
    token = csrf_of(own)
    response = own.post(
        "/login",
        data={"username": username, "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    own.headers["X-CSRF-Token"] = CSRF_RE.search(own.get("/portal/").text).group(1)
    return own


@pytest.fixture
def two(app, staff, installation, make):
    """Jana (with e-mail) and Petra (without), each with a child and logged in."""
    jana = make.childminder(first_name="Jana", last_name="Wolf", email="jana@example.org")
    petra = make.childminder(first_name="Petra", last_name="Sommer")
    mia = make.child(first_name="Mia", last_name="Wolfkind")
    ben = make.child(first_name="Ben", last_name="Sommerkind")
    make.contract(mia, jana)
    make.contract(ben, petra)
    clients = {
        "jana": set_password(app, invite(staff, jana), "jana@example.org"),
        "petra": set_password(app, invite(staff, petra), "petra.sommer"),
    }
    yield clients, jana, petra
    for client in clients.values():
        client.close()
