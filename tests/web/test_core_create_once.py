"""A rendered create form creates one record, however often and however fast it is sent."""

from __future__ import annotations

import re
import threading

from sqlalchemy import func, select
from starlette.testclient import TestClient

from core.models import Absence, ClosingDay, Person

ONCE = re.compile(r'name="form_once" value="([^"]+)"')


def twin(client: TestClient) -> TestClient:
    other = TestClient(client.app)
    other.cookies.update(client.cookies)
    other.headers["X-CSRF-Token"] = client.headers["X-CSRF-Token"]
    return other


def persons(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_a_double_click_on_save_creates_one_person(staff, installation):
    token = ONCE.search(staff.get("/persons/new").text).group(1)
    data = {"first_name": "Pauline", "last_name": "Baum", "roles": "child", "form_once": token}
    first = staff.post("/persons/new", data=data, follow_redirects=False)
    second = staff.post("/persons/new", data=data, follow_redirects=False)
    assert persons(installation) == 1
    assert first.status_code == second.status_code == 303
    assert second.headers["location"] == first.headers["location"]
    shown = staff.get(second.headers["location"]).text
    assert "schon abgeschickt; es wurde nichts doppelt angelegt" in shown, shown[:3000]
    fresh = ONCE.search(staff.get("/persons/new").text).group(1)
    assert fresh != token  # the next rendered form is a new record
    staff.post("/persons/new", data={**data, "form_once": fresh})
    assert persons(installation) == 2


def test_two_parallel_posts_of_one_form_create_one_person(staff, installation):
    token = ONCE.search(staff.get("/persons/new").text).group(1)
    data = {"first_name": "Kim", "last_name": "Baum", "roles": "child", "form_once": token}
    clients, barrier, answers = [staff, twin(staff)], threading.Barrier(2), []

    def post(client):
        barrier.wait(timeout=30)
        answers.append(client.post("/persons/new", data=data, follow_redirects=False))

    threads = [threading.Thread(target=post, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert [a.status_code for a in answers] == [303, 303]
    assert persons(installation) == 1
    assert len({a.headers["location"] for a in answers}) == 1


def test_a_refused_form_can_be_corrected_and_sent_again(staff, installation, make):
    jana = make.childminder(first_name="Jana", last_name="Wolf")
    make.contract(make.child(first_name="Mia"), jana)
    token = ONCE.search(staff.get("/absences/new").text).group(1)
    data = {
        "childminder_id": str(jana.id),
        "kind": "vacation",
        "start": "07.12.2026",
        "end": "01.12.2026",  # before the start: refused, nothing claimed
        "planned": "planned",
        "form_once": token,
    }
    assert staff.post("/absences/new", data=data).status_code == 422
    fixed = staff.post("/absences/new", data={**data, "end": "09.12.2026"}, follow_redirects=False)
    again = staff.post("/absences/new", data={**data, "end": "09.12.2026"}, follow_redirects=False)
    assert fixed.status_code == again.status_code == 303, (fixed.headers, fixed.text[:500])
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Absence)) == 1


def test_every_create_form_of_the_modules_carries_its_token(admin, installation):
    for name in ("substitute_hub", "qhb_training", "parent_council"):
        installation.enable(name)
    pages = [
        "/persons/new",
        "/contracts/new",
        "/absences/new",
        "/calendar/closing-days",
        "/substitute_hub/providers/new",
        "/qhb_training/courses/new",
        "/parent_council/elections/new",
        "/parent_council/surveys/new",
    ]
    for page in pages:
        assert ONCE.search(admin.get(page).text), page


def test_a_closing_day_sent_twice_from_one_form_is_entered_once(staff, installation):
    token = ONCE.search(staff.get("/calendar/closing-days").text).group(1)
    data = {"day": "2026-12-24", "label": "Heiligabend", "form_once": token}
    first = staff.post("/calendar/closing-days/new", data=data, follow_redirects=False)
    second = staff.post("/calendar/closing-days/new", data=data, follow_redirects=False)
    assert first.status_code == second.status_code == 303
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ClosingDay)) == 1
