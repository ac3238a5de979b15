"""Reports, the dashboard panel, and data protection of requests (Art. 15, retention)."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from core.models import Person
from core.services import districts as district_service
from core.services import privacy as core_privacy
from core.services.users import create_user
from plugins.placement import doubles, privacy, reports, requests, widget
from plugins.placement.models import CareRequest, Offer
from tests.conftest import login

TODAY = date(2026, 12, 3)


@pytest.fixture
def kernel(installation):
    installation.enable("placement")
    with installation.db.transaction("test") as s:
        district_service.save_district(s, {"name": "Neubeckum", "areas": "59269"})
        district_service.save_district(s, {"name": "Ahlen", "areas": "59227"})
    return installation.kernel()


def add(installation, born, needed, code="59269", state=None, closed=None, urgent=False):
    data = {
        "child_first_name": "Kind",
        "child_last_name": f"Nr{born.toordinal()}",
        "child_birth_date": born.isoformat(),
        "guardian_first_name": "Eva",
        "guardian_last_name": "Muster",
        "postal_code": code,
        "needed_from": needed.isoformat(),
        "mo_start": "08:00",
        "mo_end": "12:00",
        "urgent": "on" if urgent else "",
        "urgency_reason": "Notlage" if urgent else "",
    }
    with installation.db.transaction("test") as s:
        r = requests.save_request(s, data, today=TODAY)
        if state:
            r.state, r.closed_on = state, closed
        return r.id


def everyone(installation):
    with installation.db.transaction("test") as s:
        user = create_user(s, "planung", "sicheres-passwort", ["staff"])
        return district_service.district_filter(s, user, "all")


def test_open_requests_by_district_and_age_group_and_the_waiting_time(kernel, installation):
    add(installation, date(2026, 6, 1), date(2026, 12, 1))  # under one, overdue
    add(installation, date(2025, 5, 1), date(2027, 3, 1))  # one year old
    add(installation, date(2024, 11, 1), date(2027, 8, 1), code="59227")  # two
    add(installation, date(2025, 1, 1), date(2026, 9, 1), "59269", "accepted", date(2026, 9, 21))
    add(installation, date(2025, 2, 1), date(2026, 10, 1), "59269", "accepted", date(2026, 9, 1))
    add(installation, date(2025, 2, 1), date(2026, 10, 1), "59269", "withdrawn", TODAY)
    chosen = everyone(installation)
    with installation.db.read() as s:
        found = reports.report(s, TODAY, chosen)
        columns, rows = reports.table(found)
    assert found.open_by_age["Neubeckum"] == {"unter 1 Jahr": 1, "1 Jahr": 1}
    assert found.open_by_age["Ahlen"] == {"2 Jahre": 1}
    assert found.waiting_days["Neubeckum"] == 10  # median of 20 and 0 (placed early)
    assert dict(found.placements)[date(2026, 9, 1)] == 2
    assert len(found.placements) == 12
    assert ["Neubeckum", 1, 1, 0, 0, 2, 1, 0, 10] in rows
    assert columns[0] == "Bezirk" and columns[-1] == "Wartezeit (Median, Tage)"


def test_reports_download_as_csv_and_xlsx(kernel, installation, client):
    add(installation, date(2026, 6, 1), date(2027, 1, 1))
    staff = login(client, installation, "staff")
    csv = staff.get("/placement/reports.csv?district=all")
    assert csv.headers["content-type"].startswith("text/csv")
    assert "Neubeckum;1;0;0;0;1;0;0;" in csv.content.decode("utf-8-sig")
    xlsx = staff.get("/placement/reports.xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [c.value for c in sheet[2]][:2] == ["Neubeckum", 1]
    assert staff.get("/placement/reports.pdf").status_code == 404
    page = staff.get("/placement/reports").text
    assert "Offene Anfragen und freie Plätze je Bezirk" in page


def test_the_dashboard_panel_counts_what_waits(kernel, installation, client):
    add(installation, date(2026, 6, 1), date(2026, 11, 1), urgent=True)
    add(installation, date(2026, 6, 1), date(2027, 11, 1), code="59227")
    with installation.db.read() as s:
        assert widget.figures(s, TODAY, None) == {
            "open": 2,
            "urgent": 1,
            "overdue": 1,
            "offered": 0,
            "expired": 0,
            "placed": 0,
        }
    staff = login(client, installation, "staff")
    page = staff.get("/?district=all").text
    assert "2 offene Anfragen" in page and "davon 1 dringend" in page


def test_a_closed_request_is_erased_after_its_retention_period(kernel, installation):
    old = add(
        installation, date(2024, 1, 1), date(2025, 1, 1), "59269", "withdrawn", date(2025, 11, 1)
    )
    recent = add(
        installation, date(2024, 1, 1), date(2025, 1, 1), "59269", "elsewhere", date(2026, 1, 1)
    )
    waiting = add(installation, date(2024, 1, 1), date(2025, 1, 1))
    with installation.db.transaction("test") as s:
        assert core_privacy.purge(s, kernel.hook, TODAY, 3)[1] >= 1
    with installation.db.read() as s:
        left = set(s.scalars(select(CareRequest.id)))
    assert left == {recent, waiting} and old not in left


def test_the_request_record_holds_everything_but_the_code_hash(kernel, installation, client):
    rid = add(installation, date(2026, 6, 1), date(2027, 1, 1))
    with installation.db.read() as s:
        found = privacy.record(s, s.get(CareRequest, rid))
    assert found["anfrage"]["guardian_last_name"] == "Muster"
    assert "status_code_hash" not in found["anfrage"] and found["angebote"] == []
    staff = login(client, installation, "staff")
    body = json.loads(staff.get(f"/placement/requests/{rid}/data.json").content)
    assert body["anfrage"]["id"] == rid


def test_erasing_a_child_erases_its_requests(kernel, installation, make):
    child = make.child()
    rid = add(installation, date(2026, 6, 1), date(2027, 1, 1))
    with installation.db.transaction("test") as s:
        s.get(CareRequest, rid).child_id = child.id
    with installation.db.transaction("test") as s:
        core_privacy.erase(s, s.get(Person, child.id), kernel.hook, TODAY)
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CareRequest)) == 0
        assert s.scalar(select(func.count()).select_from(Offer)) == 0


def test_no_such_request_no_record(kernel, client, installation):
    staff = login(client, installation, "staff")
    assert staff.get("/placement/requests/999/data.json").status_code == 404


def test_a_merged_sender_is_kept_while_the_request_waits_and_goes_with_it(kernel, installation):
    waiting = add(installation, date(2024, 1, 1), date(2025, 1, 1))
    merged = add(installation, date(2024, 1, 1), date(2025, 1, 1))
    with installation.db.transaction("test") as s:
        doubles.merge(s, s.get(CareRequest, waiting), s.get(CareRequest, merged), date(2025, 1, 1))
        assert [r.id for r in doubles.senders(s, s.get(CareRequest, waiting))] == [waiting, merged]
    with installation.db.transaction("test") as s:  # merged two years ago, the family waits
        core_privacy.purge(s, kernel.hook, TODAY, 3)
    with installation.db.read() as s:
        assert set(s.scalars(select(CareRequest.id))) == {waiting, merged}
    with installation.db.transaction("test") as s:
        request = s.get(CareRequest, waiting)
        request.state, request.closed_on = "withdrawn", date(2025, 1, 1)
    with installation.db.transaction("test") as s:
        core_privacy.purge(s, kernel.hook, TODAY, 3)
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CareRequest)) == 0
