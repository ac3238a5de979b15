"""Contract form with inline capacity errors; absences, month view and iCal over HTTP."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from core.models import Absence, Contract
from tests.factories import contract_data
from tests.icalcheck import strictly_parsed

HX = {"HX-Request": "true"}


def contracts(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(Contract))


def test_contract_over_capacity_is_refused_inline(staff, installation, make):
    cm = make.childminder(max_children=2, first_name="Jana", last_name="Wolf")
    make.contract(make.child(), cm)
    make.contract(make.child(), cm)
    r = staff.post("/contracts/new", data=contract_data(make.child(), cm), headers=HX)
    assert r.status_code == 422
    assert r.text.lstrip().startswith('<form id="contract-form"')
    assert "Montag: Jana Wolf hätte 3 Kinder gleichzeitig" in r.text
    assert contracts(installation) == 2


def test_contract_created_and_shown_on_the_child(staff, installation, make):
    cm, child = make.childminder(), make.child()
    r = staff.post(
        "/contracts/new", data=contract_data(child, cm, hours=("7,5",) * 5, substitute_wanted="on")
    )
    assert r.status_code == 200 and "Vertrag gespeichert." in r.text
    assert "37,5" in r.text and "01.01.2026 – unbefristet" in r.text


def test_contract_form_prefills_the_child(staff, make):
    child = make.child()
    page = staff.get(f"/contracts/new?child={child.id}").text
    assert f'<option value="{child.id}" selected>' in page


def test_absence_entry_appears_in_month_view_and_ical(staff, installation, make):
    cm = make.childminder(first_name="Petra", last_name="Kamp")
    r = staff.post(
        "/absences/new",
        data={
            "childminder_id": cm.id,
            "kind": "illness",
            "start": "2026-11-23",
            "end": "2026-11-24",
            "planned": "short_notice",
        },
    )
    assert "Abwesenheit eingetragen." in r.text
    month = staff.get("/calendar?month=2026-11", headers=HX)
    assert month.text.lstrip().startswith('<section id="month">')
    assert month.text.count("Petra Kamp: Krankheit (kurzfristig)") == 2
    assert "Allerheiligen" in month.text
    ics = staff.get(f"/calendar.ics?childminder={cm.id}&from=2026-11-01&to=2026-11-30")
    assert ics.headers["content-type"].startswith("text/calendar")
    titles = [str(e["summary"]) for e in strictly_parsed(ics.content).walk("VEVENT")]
    assert titles.count("Petra Kamp: Krankheit (kurzfristig)") == 2


def test_bad_absence_keeps_input_and_writes_nothing(staff, installation, make):
    cm = make.childminder()
    r = staff.post(
        "/absences/new",
        data={
            "childminder_id": cm.id,
            "kind": "vacation",
            "start": "2026-08-14",
            "end": "2026-08-01",
            "note": "Sommer",
        },
    )
    assert r.status_code == 422 and "Das Ende liegt vor dem Beginn." in r.text
    assert "Sommer" in r.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Absence)) == 0


def test_bad_ical_range_is_a_clear_error(staff):
    r = staff.get("/calendar.ics?from=gestern")
    assert r.status_code == 422 and "Bitte Datumsangaben als JJJJ-MM-TT" in r.text


def test_settings_change_the_state_for_holidays(admin):
    r = admin.post("/admin/settings", data={"core.state": "BY"})
    assert "Einstellungen gespeichert." in r.text
    month = admin.get("/calendar?month=2027-01").text
    assert "Heilige Drei Könige" in month
    bad = admin.post("/admin/settings", data={"core.state": "XX"})
    assert bad.status_code == 422 and "ist nicht zulässig" in bad.text


def test_dashboard_counts_today(staff, make):
    cm = make.childminder()
    make.contract(make.child(), cm, start=date(2020, 1, 1))
    page = staff.get("/").text
    assert '<span class="value">1</span> Tagespflegepersonen' in page
    assert '<span class="value">1</span> laufende Verträge' in page
