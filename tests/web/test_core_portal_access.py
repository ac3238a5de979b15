"""Object-level access in the portal: two childminders, each logged in to her own account.
Jana tries every portal route with Petra's ids and every office route: the portal answers
404 and changes nothing, the office answers 403. The routes come from the app, so a new
portal route with an id has to be listed here before this test passes."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from core.files import uploads
from core.models import Absence, ConsultationSlot, DocumentRead, User
from core.services import portal_documents
from core.web.routing import PUBLIC
from plugins.payments import models
from plugins.payments.runs.records import Line
from plugins.qhb_training import curricula
from plugins.qhb_training.models import Completion, Recognition
from tests.demo_screens import MODULES
from tests.files import pdf_bytes
from tests.tables import all_rows
from tests.web.test_core_authorisation import app_routes

SOON = date.today() + timedelta(days=20)


def _urls(ids: dict) -> dict[tuple[str, str], tuple[str, dict]]:
    """Each portal route with an id, filled with the ids of one childminder's records."""
    absence, run, proof = ids["absence"], ids["run"], ids["proof"]
    completion, recognition = ids["completion"], ids["recognition"]
    document, consultation = ids["document"], ids["consultation"]
    certificates = "/qhb_training/portal/certificates"
    return {
        ("GET", "/portal/absences/{id:int}"): (f"/portal/absences/{absence}", {}),
        ("GET", "/portal/documents/{id:int}"): (f"/portal/documents/{document}", {}),
        ("GET", "/portal/consultations/{id:int}/cancel"): (
            f"/portal/consultations/{consultation}/cancel",
            {},
        ),
        ("POST", "/portal/consultations/{id:int}/cancel"): (
            f"/portal/consultations/{consultation}/cancel",
            {},
        ),
        ("GET", "/portal/absences/{id:int}/cancel"): (f"/portal/absences/{absence}/cancel", {}),
        ("POST", "/portal/absences/{id:int}/cancel"): (f"/portal/absences/{absence}/cancel", {}),
        ("GET", "/payments/portal/statements/{run:int}"): (
            f"/payments/portal/statements/{run}",
            {},
        ),
        ("GET", "/payments/portal/statements/{run:int}/pdf"): (
            f"/payments/portal/statements/{run}/pdf",
            {},
        ),
        ("GET", "/payments/portal/proofs/{id:int}/file"): (
            f"/payments/portal/proofs/{proof}/file",
            {},
        ),
        ("GET", "/payments/portal/proofs/{id:int}/withdraw"): (
            f"/payments/portal/proofs/{proof}/withdraw",
            {},
        ),
        ("POST", "/payments/portal/proofs/{id:int}/withdraw"): (
            f"/payments/portal/proofs/{proof}/withdraw",
            {},
        ),
        ("GET", "/qhb_training/portal/completions/{id:int}.pdf"): (
            f"/qhb_training/portal/completions/{completion}.pdf",
            {},
        ),
        ("GET", certificates + "/{id:int}/file"): (f"{certificates}/{recognition}/file", {}),
        ("GET", certificates + "/{id:int}/withdraw"): (
            f"{certificates}/{recognition}/withdraw",
            {},
        ),
        ("POST", certificates + "/{id:int}/withdraw"): (
            f"{certificates}/{recognition}/withdraw",
            {},
        ),
    }


# not ids of anybody's records: a year she has no statement in shows nothing (see below);
# the courses and consultation times on offer are open to every childminder (a time
# another has booked is refused: tests/web/test_core_consultations_web.py)
NOT_IDS = {
    ("POST", "/portal/consultations/{id:int}/book"),
    ("GET", "/payments/portal/years/{year:int}"),
    ("POST", "/qhb_training/portal/courses/{id:int}/enrol"),
    ("GET", "/qhb_training/portal/courses/{id:int}/withdraw"),
    ("POST", "/qhb_training/portal/courses/{id:int}/withdraw"),
}


def _final_run(installation, person, month: date, cents: int) -> int:
    """A finalised month with a statement for `person` only."""
    with installation.db.transaction("test") as s:
        run = models.Run(month=month, status=models.FINAL, rates_name="Test")
        s.add(run)
        s.flush()
        st = models.Statement(
            run_id=run.id, childminder_id=person.id, name=person.name, total_cents=cents
        )
        st.lines = [
            Line(
                "foerderleistung", "Förderleistung", Decimal(1), "Std.", Decimal(cents) / 100, cents
            )
        ]
        s.add(st)
        s.flush()
        return run.id


def _completion(installation, person) -> int:
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)
        row = Completion(
            person_id=person.id,
            curriculum_id=curricula.by_code(s, "qhb1").id,
            completed_on=date(2026, 6, 27),
            certificate_no=f"QHB1-2026-{person.id:03d}",
        )
        s.add(row)
        s.flush()
        return row.id


def _recognition(installation, client) -> int:
    response = client.post(
        "/qhb_training/portal/certificates",
        data={"kind": "first_aid", "taken_on": "2026-11-02"},
        files={"file": ("erste-hilfe.pdf", pdf_bytes(), "application/pdf")},
    )
    assert response.status_code == 303, response.text
    with installation.db.read() as s:
        return s.scalar(select(func.max(Recognition.id)))


def _document(installation, person) -> int:
    """A document the office gave to her alone."""
    file = uploads.Incoming("brief.pdf", pdf_bytes())
    with installation.db.transaction("test") as s:
        document = portal_documents.publish(
            s,
            installation.settings.data_dir,
            {"title": f"Nur für {person.first_name}", "person_id": str(person.id)},
            file,
            actor="staff-user",
            hooks=installation.kernel().hook,
        )
        return document.id


def _consultation(installation, client) -> int:
    """A time offered by the office and booked by her."""
    with installation.db.transaction("test") as s:
        adviser = s.scalars(select(User)).first()
        slot = ConsultationSlot(
            staff_user_id=adviser.id, starts_at=datetime.now() + timedelta(days=3)
        )
        s.add(slot)
        s.flush()
        slot_id = slot.id
    assert client.post(f"/portal/consultations/{slot_id}/book").status_code == 303
    return slot_id


def _proof(installation, client) -> int:
    response = client.post(
        "/payments/portal/proofs",
        data={"kind": "accident", "monthly": "10", "valid_from": "2027-01-01"},
        files={"file": ("nachweis.pdf", pdf_bytes(), "application/pdf")},
    )
    assert response.status_code == 303, response.text
    with installation.db.read() as s:
        return s.scalar(select(func.max(models.Proof.id)))


def _records(installation) -> dict:
    # the logins note their last use and her own downloads mark her documents read
    # (checked below); everything else must stay as it was
    noted = {"core_login_session", "core_document_read"}
    return {k: v for k, v in all_rows(installation.db).items() if k not in noted}


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
    ids, paid = {}, {"jana": ("1.234,56", 123456), "petra": ("6.543,21", 654321)}
    for month, (name, person) in enumerate((("jana", jana), ("petra", petra)), start=10):
        ids[name] = {
            "absence": _leave(clients[name]),
            "run": _final_run(installation, person, date(2026, month, 1), paid[name][1]),
            "proof": _proof(installation, clients[name]),
            "completion": _completion(installation, person),
            "recognition": _recognition(installation, clients[name]),
            "document": _document(installation, person),
            "consultation": _consultation(installation, clients[name]),
        }
    routes = app_routes(app, installation)
    portal = {(m, p) for m, p, permission in routes if permission == "portal.use"}
    with_ids = {(m, p) for m, p in portal if "{" in p} - NOT_IDS
    assert with_ids == set(_urls(ids["jana"])), "a portal route with an id is not tested here"
    before = _records(installation)
    for name, other in (("jana", "petra"), ("petra", "jana")):
        client = clients[name]
        for (method, _path), (url, data) in _urls(ids[other]).items():
            response = client.request(method, url, data=data or None)
            assert response.status_code == 404, f"{name}: {method} {url} {response.status_code}"
        for (method, _path), (url, _data) in _urls(ids[name]).items():
            if method == "GET":
                assert client.get(url).status_code == 200, f"{name}: her own {url}"
        year = client.get("/payments/portal/years/2026").text
        assert paid[name][0] in year and paid[other][0] not in year
    assert _records(installation) == before
    with installation.db.read() as s:
        reads = set(s.execute(select(DocumentRead.document_id, DocumentRead.person_id)).all())
    assert reads == {(ids["jana"]["document"], jana.id), (ids["petra"]["document"], petra.id)}
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
