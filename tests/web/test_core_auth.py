"""Login, session cookie, CSRF, throttling and permissions on every route."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from core.models import FailedAttempt
from core.services.users import create_user
from core.web.app import create_app
from tests.conftest import CSRF_RE, csrf_of, login


def test_pages_need_a_login(client):
    response = client.get("/persons/12", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/persons/12"


def test_htmx_requests_are_sent_to_the_login_page_as_a_full_navigation(client):
    response = client.get("/persons", headers={"HX-Request": "true"}, follow_redirects=False)
    assert response.headers["HX-Redirect"] == "/login?next=/persons"


def test_login_sets_a_signed_httponly_lax_cookie_and_redirects_to_next(client, installation):
    with installation.db.transaction() as s:
        create_user(s, "birgit", "sicheres-passwort", ["staff"])
    token = csrf_of(client)
    response = client.post(
        "/login",
        data={
            "username": "birgit",
            "password": "sicheres-passwort",
            "csrf_token": token,
            "next": "/calendar",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/calendar"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x"])
def test_login_never_redirects_off_site(client, installation, target):
    with installation.db.transaction() as s:
        create_user(s, "birgit", "sicheres-passwort", ["staff"])
    response = client.post(
        "/login",
        data={
            "username": "birgit",
            "password": "sicheres-passwort",
            "csrf_token": csrf_of(client),
            "next": target,
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_wrong_password_is_refused_and_throttled(client, installation):
    with installation.db.transaction() as s:
        create_user(s, "birgit", "sicheres-passwort", ["staff"])
    token = csrf_of(client)
    for _ in range(5):
        r = client.post(
            "/login", data={"username": "birgit", "password": "falsch", "csrf_token": token}
        )
        assert r.status_code == 401
        assert "Benutzername oder Passwort ist falsch." in r.text
    r = client.post(
        "/login", data={"username": "birgit", "password": "sicheres-passwort", "csrf_token": token}
    )
    assert r.status_code == 429
    assert "Zu viele Fehlversuche" in r.text


def test_failed_logins_count_across_worker_processes(installation):
    """Two apps on one database stand for two workers: the count is shared, and the stored
    key does not reveal who tried."""
    with installation.db.transaction() as s:
        create_user(s, "birgit", "sicheres-passwort", ["staff"])
    with TestClient(create_app(installation=installation)) as first:
        token = csrf_of(first)
        for _ in range(5):
            first.post("/login", data={"username": "birgit", "password": "x", "csrf_token": token})
    with TestClient(create_app(installation=installation)) as second:
        token = csrf_of(second)
        r = second.post(
            "/login",
            data={"username": "birgit", "password": "sicheres-passwort", "csrf_token": token},
        )
    assert r.status_code == 429
    with installation.db.read() as s:
        keys = s.scalars(select(FailedAttempt.key).where(FailedAttempt.scope == "login")).all()
    assert len(keys) == 5 and not any("birgit" in k for k in keys)


def test_sixty_parallel_guesses_check_five_passwords(installation):
    """The guesses are reserved atomically before any password is checked."""
    import threading

    from core.services.users import BLOCKED, WRONG, try_login

    with installation.db.transaction() as s:
        create_user(s, "birgit", "sicheres-passwort", ["staff"])
    barrier, outcomes = threading.Barrier(60), []

    def guess(n):
        barrier.wait(timeout=30)
        outcomes.append(try_login(installation.db, "Birgit", f"rate-{n}", f"10.0.0.{n}"))

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(60)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert outcomes.count(WRONG) == 5 and outcomes.count(BLOCKED) == 55


def test_one_address_is_limited_across_accounts_and_head_requests_do_not_count(
    client, installation
):
    from core.services.users import BLOCKED, WRONG, Login, try_login

    with installation.db.transaction() as s:
        for n in range(8):
            create_user(s, f"nutzer{n}", "sicheres-passwort", ["staff"])
    for _ in range(20):
        assert client.head("/login").status_code == 200
    assert try_login(installation.db, "nutzer0", "sicheres-passwort", "10.1.1.1") != BLOCKED
    outcomes = [try_login(installation.db, f"nutzer{n % 8}", "x", "10.1.1.1") for n in range(31)]
    assert outcomes.count(WRONG) == 30 and outcomes[-1] == BLOCKED  # 30 per address
    assert try_login(installation.db, "nutzer7", "sicheres-passwort", "10.1.1.1") == BLOCKED
    assert isinstance(try_login(installation.db, "nutzer7", "sicheres-passwort", "10.2.2.2"), Login)


def test_every_answer_carries_strict_security_headers(client, installation):
    login(client, installation, "staff")
    for path in ("/login", "/", "/persons", "/static/tagwerk.css", "/gibt-es-nicht"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "same-origin"
        assert headers["x-content-type-options"] == "nosniff"
        assert "strict-transport-security" not in headers  # only behind TLS


def strict(headers) -> bool:
    return (
        "script-src 'self'" in headers.get("content-security-policy", "")
        and headers.get("x-frame-options") == "DENY"
        and headers.get("x-content-type-options") == "nosniff"
    )


def test_error_answers_carry_the_headers_and_nothing_personal_is_cached(
    client, installation, monkeypatch
):
    login(client, installation, "staff")
    assert client.get("/persons").headers["cache-control"] == "no-store"
    assert client.get("/gibt-es-nicht").headers["cache-control"] == "no-store"
    assert "no-store" not in client.get("/static/tagwerk.css").headers.get("cache-control", "")
    with installation.db.transaction() as s:
        create_user(s, "birgit", "sicheres-passwort", ["staff"])
    anonymous = TestClient(create_app(installation=installation), raise_server_exceptions=False)
    token = csrf_of(anonymous)
    for _ in range(6):
        r = anonymous.post(
            "/login", data={"username": "birgit", "password": "x", "csrf_token": token}
        )
    assert r.status_code == 429 and strict(r.headers)
    monkeypatch.setattr(type(installation), "kernel", lambda self: 1 / 0)
    broken = anonymous.get("/persons")
    assert broken.status_code == 500 and strict(broken.headers)
    assert broken.headers["cache-control"] == "no-store"
    assert "es wurde nichts gespeichert" in broken.text


def test_unsafe_requests_without_csrf_token_are_rejected(client, installation):
    r = client.post("/login", data={"username": "x", "password": "y"})
    assert r.status_code == 403
    assert "Sitzung ist abgelaufen" in r.text
    login(client, installation, "staff")
    del client.headers["X-CSRF-Token"]
    r = client.post("/persons/new", data={"first_name": "A", "last_name": "B", "roles": "child"})
    assert r.status_code == 403
    r = client.post(
        "/persons/new",
        data={"first_name": "A", "last_name": "B", "roles": "child", "csrf_token": "gefälscht"},
    )
    assert r.status_code == 403


def test_csrf_token_in_a_plain_form_field_is_accepted(client, installation):
    login(client, installation, "staff")
    token = client.headers.pop("X-CSRF-Token")
    r = client.post(
        "/persons/new",
        data={"first_name": "Ida", "last_name": "Ott", "roles": "child", "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303


def test_viewers_read_but_cannot_write(client, installation, make):
    child = make.child()
    login(client, installation, "viewer")
    assert client.get(f"/persons/{child.id}").status_code == 200
    assert client.get("/persons/new").status_code == 403
    r = client.post(f"/persons/{child.id}/delete")
    assert r.status_code == 403 and "Berechtigung" in r.text
    assert client.get(f"/persons/{child.id}").status_code == 200


def test_navigation_shows_only_what_the_role_may_open(client, installation):
    login(client, installation, "viewer")
    page = client.get("/").text
    assert 'href="/persons"' in page and 'href="/admin/plugins"' not in page


def test_logout_ends_the_session(client, installation):
    login(client, installation, "staff")
    client.post("/logout", data={"csrf_token": client.headers["X-CSRF-Token"]})
    assert client.get("/persons", follow_redirects=False).status_code == 303


def test_new_session_token_after_login(client, installation):
    before = csrf_of(client)
    login(client, installation, "staff")
    after = CSRF_RE.search(client.get("/persons").text).group(1)
    assert before != after


def test_every_plain_form_carries_the_csrf_token(client, installation, make):
    cm = make.childminder()
    login(client, installation, "admin")
    token = client.headers["X-CSRF-Token"]
    for url in (
        "/persons/new",
        f"/persons/{cm.id}/edit",
        f"/persons/{cm.id}/delete",
        "/contracts/new",
        "/absences/new",
        "/calendar/closing-days",
        "/admin/settings",
        "/admin/plugins",
    ):
        page = client.get(url).text
        fields = CSRF_RE.findall(page)
        assert fields and set(fields) == {token}, url


def test_only_failures_count_and_the_limits_are_the_installations(installation):
    """31 colleagues behind one router log in at eight: none is locked out; an office that
    needs more wrong passwords per address sets its own number."""
    from core.services.users import BLOCKED, WRONG, Login, try_login
    from core.settings import settings_of

    with installation.db.transaction() as s:
        for n in range(40):
            create_user(s, f"kollegin{n}", "sicheres-passwort", ["staff"])
    logins = [
        try_login(installation.db, f"kollegin{n}", "sicheres-passwort", "10.2.2.2")
        for n in range(40)
    ]
    assert all(isinstance(outcome, Login) for outcome in logins)
    with installation.db.transaction() as s:
        settings_of(s).set(s, "core.login_failures_per_address", 35)
    wrong = [try_login(installation.db, f"kollegin{n}", "falsch", "10.3.3.3") for n in range(36)]
    assert wrong.count(WRONG) == 35 and wrong[-1] == BLOCKED
