"""The authorisation matrix: every route of the running app × every role.

The routes come from the app itself (core and all four modules), so a new page is checked
the moment it exists; one without a permission fails here. Which role may do what is the
policy below – changing a permission's roles means changing this table on purpose.
"""

from __future__ import annotations

import re

import pytest
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from core.web.app import KernelRouter
from core.web.routing import PUBLIC
from tests.conftest import csrf_of, login
from tests.demo_screens import MODULES

POLICY = {
    "dashboard.view": {"admin", "staff", "finance", "viewer", "hub", "council"},
    "persons.view": {"admin", "staff", "finance", "viewer"},
    "persons.edit": {"admin", "staff"},
    "contracts.edit": {"admin", "staff"},
    "calendar.view": {"admin", "staff", "finance", "viewer", "hub"},
    "calendar.edit": {"admin", "staff"},
    "audit.view": {"admin", "staff"},
    "admin.plugins": {"admin"},
    "admin.settings": {"admin"},
    "admin.districts": {"admin"},
    "admin.import": {"admin"},
    "admin.users": {"admin"},
    "privacy.manage": {"admin"},
    "admin.jobs": {"admin"},
    "admin.outbox": {"admin"},
    "substitute_hub.view": {"admin", "staff", "hub"},
    "substitute_hub.edit": {"admin", "staff", "hub"},
    "substitute_hub.all": {"admin", "staff"},
    "qhb_training.view": {"admin", "staff"},
    "qhb_training.edit": {"admin", "staff"},
    "payments.view": {"admin", "finance"},
    "payments.edit": {"admin", "finance"},
    "placement.view": {"admin", "staff"},
    "placement.edit": {"admin", "staff"},
    "parent_council.view": {"admin", "staff", "council"},
    "parent_council.edit": {"admin", "staff"},
    "portal.use": {"childminder"},
    "portal.invite": {"admin", "staff"},
    "portal.documents": {"admin", "staff"},
    "consultations.offer": {"admin", "staff"},
}
ROLES = ["admin", "staff", "finance", "viewer", "hub", "council", "childminder"]
# Routes outside the permission system, each for a reason.
OPEN_ROUTES = {"/login": "the login form itself", "/logout": "ends a session, harmless"}


def app_routes(app, installation) -> list[tuple[str, str, str]]:
    """(method, path, permission) for every route the app answers, modules included."""
    router = next(r.app for r in app.routes if isinstance(r, Mount) and r.path == "")
    assert isinstance(router, KernelRouter)
    found = []

    def walk(routes, prefix=""):
        for route in routes:
            if isinstance(route, Mount):
                if route.path != "/static":
                    walk(route.routes, prefix + route.path)
            elif isinstance(route, Route):
                path = prefix + route.path
                permission = getattr(route.endpoint, "permission", None)
                if permission is None:
                    assert path in OPEN_ROUTES, f"{path} has no permission check"
                    continue
                for method in sorted(route.methods - {"HEAD"}):
                    found.append((method, path, permission))

    walk(router.router_for(installation.kernel()).routes)
    return found


@pytest.fixture
def everyone(app, installation):
    for name in MODULES:
        installation.enable(name)
    clients = {}
    for role in ROLES:
        client = TestClient(app)
        clients[role] = login(client, installation, role)
    anonymous = TestClient(app)
    anonymous.headers["X-CSRF-Token"] = csrf_of(anonymous)  # a session, like a browser's
    clients["anonymous"] = anonymous
    yield clients
    for client in clients.values():
        client.close()


def test_the_policy_covers_every_permission(app, installation):
    for name in MODULES:
        installation.enable(name)
    declared = {name: set(p.roles) for name, p in installation.kernel().permissions.items()}
    assert declared == POLICY


def test_every_route_answers_only_the_roles_holding_its_permission(app, installation, everyone):
    routes = app_routes(app, installation)
    assert len(routes) > 150  # core and all four modules
    wrong = []
    for method, path, permission in routes:
        url = re.sub(r"\{(\w+)(:\w+)?\}", lambda m: "1" if m.group(2) == ":int" else "x", path)
        for role, client in everyone.items():
            response = client.request(method, url, follow_redirects=False)
            status = response.status_code
            to_login = status == 303 and response.headers["location"].startswith("/login")
            if permission == PUBLIC:
                ok = status < 500 and not to_login and status != 403
            elif role == "anonymous":
                ok = to_login
            elif role in POLICY[permission]:
                ok = status not in (403, 500) and not to_login
            elif role == "childminder" and url == "/":
                ok = response.headers.get("location") == "/portal/"  # her own start page
            else:
                ok = status == 403
            if not ok:
                wrong.append(f"{method} {url} as {role}: {status}")
    assert wrong == []
