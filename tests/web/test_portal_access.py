"""Object-level access in the portal: two childminders, each logged in to her own account.
Jana tries every portal route with Petra's ids and every office route: the portal answers
404 and changes nothing, the office answers 403. The routes come from the app, so a new
portal route with an id has to be listed here before this test passes."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import select

from core.models import Absence
from core.web.routing import PUBLIC
from tests.demo_screens import MODULES
from tests.tables import all_rows
from tests.web.test_authorisation import app_routes
from tests.web.test_portal_web import two  # noqa: F401 – the fixture

SOON = date.today() + timedelta(days=20)


def _urls(absence: int) -> dict[tuple[str, str], tuple[str, dict]]:
    return {
        ("GET", "/portal/absences/{id:int}"): (f"/portal/absences/{absence}", {}),
        ("GET", "/portal/absences/{id:int}/cancel"): (f"/portal/absences/{absence}/cancel", {}),
        ("POST", "/portal/absences/{id:int}/cancel"): (f"/portal/absences/{absence}/cancel", {}),
    }


def _records(installation) -> dict:
    # the logins note their last use; everything else must stay as it was
    return {k: v for k, v in all_rows(installation.db).items() if k != "core_login_session"}


def _leave(client) -> int:
    response = client.post(
        "/portal/absences",
        data={"kind": "vacation", "start": SOON.isoformat(), "end": SOON.isoformat()},
    )
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])


def test_each_childminder_reaches_her_own_records_only(app, installation, two):  # noqa: F811
    for name in MODULES:
        installation.enable(name)
    clients, jana, petra = two
    jana_leave, petra_leave = _leave(clients["jana"]), _leave(clients["petra"])
    routes = app_routes(app, installation)
    portal = {(m, p) for m, p, permission in routes if permission == "portal.use"}
    with_ids = {(m, p) for m, p in portal if "{" in p}
    assert with_ids == set(_urls(0)), "a portal route with an id is missing from this test"
    before = _records(installation)
    for name, own, other in (("jana", jana_leave, petra_leave), ("petra", petra_leave, jana_leave)):
        client = clients[name]
        for (method, _path), (url, data) in _urls(other).items():
            response = client.request(method, url, data=data or None)
            assert response.status_code == 404, f"{name}: {method} {url} {response.status_code}"
        assert client.get(f"/portal/absences/{own}").status_code == 200
    assert _records(installation) == before
    # the office's pages, whatever id: not hers to open
    for method, path, permission in routes:
        if permission in (PUBLIC, "portal.use"):
            continue
        url = re.sub(r"\{(\w+)(:\w+)?\}", lambda m: str(petra.id) if m.group(2) else "x", path)
        response = clients["jana"].request(method, url)
        if path == "/" and method == "GET":
            assert response.headers["location"] == "/portal/"
            continue
        assert response.status_code == 403, f"{method} {url}: {response.status_code}"
    with installation.db.read() as s:
        mine = {a.childminder_id for a in s.scalars(select(Absence))}
    assert mine == {jana.id, petra.id}
