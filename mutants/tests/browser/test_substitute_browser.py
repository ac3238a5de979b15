"""Substitute care in a real browser: record an absence, take the proposal, see the board."""

from __future__ import annotations

from datetime import date

from playwright.sync_api import expect
from sqlalchemy import select

from plugins.substitute_hub.models import Enrolment, Provider, Visit
from tests.browser.conftest import SCREENSHOTS, logged_in_page


def test_an_absence_becomes_placed_children(browser, live_url, installation, make):
    installation.enable("substitute_hub")
    jana = make.childminder(first_name="Jana", last_name="Wolf")
    children = [
        make.child(first_name=n, last_name="Brockmann", birth_date=date(2025, 1, 5))
        for n in ("Mia", "Emil")
    ]
    for child in children:
        make.contract(child, jana, substitute_wanted="on")
    with installation.db.transaction("test") as s:
        hub = Provider(
            name="Stützpunkt Nord",
            kind="hub",
            places=9,
            accepts="vacation,training",
            planned_only=True,
        )
        s.add(hub)
        s.flush()
        for child in children:
            enrolment = Enrolment(child_id=child.id, provider_id=hub.id)
            s.add(enrolment)
            s.flush()
            s.add_all(
                Visit(enrolment_id=enrolment.id, day=date(2026, 11, d), done=True) for d in (2, 16)
            )

    page = logged_in_page(browser, live_url)
    page.goto(f"{live_url}/absences/new?childminder={jana.id}")
    page.fill("#f-start", "2026-12-07")
    page.fill("#f-end", "2026-12-09")
    page.select_option("#f-kind", "vacation")
    page.get_by_role("button", name="Speichern").click()
    expect(page.locator("#flash")).to_contain_text("Abwesenheit eingetragen.")

    page.goto(f"{live_url}/substitute_hub/needs?start=2026-12-07&end=2026-12-11")
    expect(page.locator("tbody strong", has_text="offen")).to_have_count(6)
    page.get_by_role("button", name="Vorschlag berechnen").click()
    expect(page.locator("#proposal-h")).to_contain_text("6 von 6")
    expect(page.get_by_text("Stützpunkt Nord (eingewöhnt)").first).to_be_visible()
    page.get_by_role("button", name="Vorschlag übernehmen").click()
    expect(page.locator("#flash")).to_contain_text("6 Plätze gebucht.")

    page.get_by_role("link", name="← Vertretung").click()
    page.get_by_role("link", name="Wochenplan").click()
    page.goto(f"{page.url}?start=2026-12-07")
    expect(page.locator("table.week thead")).to_contain_text("2 von 9 Plätzen")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "substitute-week.png"), full_page=True)
    with installation.db.read() as s:
        assert s.scalars(select(Provider)).one().name == "Stützpunkt Nord"
