"""Vermittlung in a real browser, on a phone: a parent fills the public form, a coordinator
finds the proposal and offers the place, the family accepts with its status code, and the
draft contract is on the childminder's page."""

from __future__ import annotations

import re
from datetime import date, timedelta

from playwright.sync_api import expect

from core.settings import settings_of
from tests.browser.conftest import SCREENSHOTS, logged_in_page, sideways

PHONE = {"width": 390, "height": 844}


def test_from_the_public_form_to_a_draft_contract(browser, live_url, installation, make):
    installation.enable("placement")
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "placement.min_fill_seconds", 0)
    jana = make.childminder(
        max_children=3, first_name="Jana", last_name="Wolf", postal_code="44328"
    )
    vera = make.childminder(
        max_children=1, first_name="Vera", last_name="Voll", postal_code="44328"
    )
    make.contract(make.child(), vera, start=date.today() - timedelta(days=30))
    needed = date.today() + timedelta(days=150)

    family = browser.new_context(viewport=PHONE, locale="de-DE", is_mobile=True, has_touch=True)
    parent = family.new_page()
    parent.goto(f"{live_url}/placement/anfrage")
    parent.fill("#f-child_first_name", "Mia")
    parent.fill("#f-child_last_name", "Brockmann")
    parent.fill("#f-child_birth_date", (date.today() - timedelta(days=300)).isoformat())
    parent.fill("#f-guardian_first_name", "Jana")
    parent.fill("#f-guardian_last_name", "Brockmann")
    parent.fill("#f-email", "jana.brockmann@example.org")
    parent.fill("#f-postal_code", "44328")
    parent.fill("#f-needed_from", needed.isoformat())
    parent.fill("#f-mo_start", "08:00")
    parent.fill("#f-mo_end", "13:00")
    parent.fill("#f-we_start", "08:00")
    parent.fill("#f-we_end", "13:00")
    parent.get_by_role("button", name="Anfrage senden").click()
    expect(parent.locator("#e-consent")).to_contain_text("Einwilligung")  # forgotten tick
    assert sideways(parent) == []  # the form with its messages fits the phone
    expect(parent.locator("#f-child_first_name")).to_have_value("Mia")  # nothing lost
    parent.get_by_label(re.compile("Ich bin einverstanden")).check()
    parent.get_by_role("button", name="Anfrage senden").click()
    expect(parent.locator("h1")).to_contain_text("Vielen Dank")
    code = parent.locator("p.code strong").inner_text()
    assert sideways(parent) == []
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", code)
    parent.screenshot(path=str(SCREENSHOTS / "placement-family-code.png"), full_page=True)

    office = logged_in_page(browser, live_url)
    office.set_viewport_size(PHONE)
    office.goto(f"{live_url}/placement/requests")
    office.get_by_role("link", name="Brockmann, Mia").click()
    office.get_by_role("link", name="Vorschläge").click()
    expect(office.locator("details")).to_contain_text("Vera Voll: Montag voll")
    office.get_by_role("button", name="Platz anbieten").first.click()
    expect(office.locator("#flash")).to_contain_text("Angebot gemacht")
    office.screenshot(path=str(SCREENSHOTS / "placement-offer.png"), full_page=True)

    parent.goto(f"{live_url}/placement/anfrage/status")
    parent.fill("#f-code", code)
    parent.get_by_role("button", name="Anzeigen").click()
    expect(parent.locator("#offer-h")).to_have_text("Ein Platz für Ihr Kind")
    expect(parent.locator("section.card").first).to_contain_text("Jana Wolf")
    parent.get_by_role("button", name="Platz annehmen").click()
    expect(parent.locator("p.status")).to_contain_text("angenommen")
    assert sideways(parent) == []
    parent.screenshot(path=str(SCREENSHOTS / "placement-family-accepted.png"), full_page=True)

    office.goto(f"{live_url}/persons/{jana.id}/contracts")
    row = office.locator("tr", has_text="Mia Brockmann")
    expect(row).to_contain_text("Entwurf, noch nicht unterschrieben")
    expect(row).to_contain_text(needed.strftime("%d.%m.%Y"))
    office.screenshot(path=str(SCREENSHOTS / "placement-draft-contract.png"), full_page=True)
    family.close()
