"""The childminders' portal in a real browser, on a phone: the office invites her, she
sets her password from the link, reports illness, and sees per child whether the
substitute care is arranged. Every portal page passes axe (WCAG 2.1 AA)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from playwright.sync_api import expect
from sqlalchemy import select

from plugins.substitute_hub import booking
from plugins.substitute_hub.models import Need, Provider
from tests.browser.conftest import SCREENSHOTS, logged_in_page
from tests.browser.test_accessibility import AXE, violations
from tests.web.substitute_helpers import hub_with

PHONE = {"width": 390, "height": 844}


def test_invited_she_reports_illness_and_sees_the_substitute_care(
    browser, live_url, installation, make
):
    assert AXE.exists(), "axe-core fehlt: 'npm ci' ausführen (make test tut das)."
    installation.enable("substitute_hub")
    jana = make.childminder(first_name="Jana", last_name="Wolf")  # no e-mail: a letter
    mia = make.child(first_name="Mia", last_name="Wolfkind")
    make.contract(mia, jana, substitute_wanted="on")
    provider = hub_with(installation, mia)

    office = logged_in_page(browser, live_url)
    office.goto(f"{live_url}/persons/{jana.id}/portal")
    office.get_by_role("button", name="Einladen").click()
    link = office.locator("code.link").inner_text()
    assert re.fullmatch(rf"{re.escape(live_url)}/portal/password/[\w-]+", link)
    office.screenshot(path=str(SCREENSHOTS / "portal-invitation.png"), full_page=True)

    phone = browser.new_context(viewport=PHONE, locale="de-DE", is_mobile=True, has_touch=True)
    her = phone.new_page()
    problems = {}

    def check(name: str) -> None:
        if found := violations(her):
            problems[name] = found

    her.goto(link)
    check("password")
    her.fill("#f-password", "mein-eigenes-passwort")
    her.fill("#f-repeated", "mein-eigenes-passwor")  # a typo: told, nothing saved
    her.get_by_role("button", name="Passwort speichern").click()
    expect(her.locator("#e-repeated")).to_contain_text("stimmt nicht")
    her.fill("#f-password", "mein-eigenes-passwort")
    her.fill("#f-repeated", "mein-eigenes-passwort")
    her.get_by_role("button", name="Passwort speichern").click()
    expect(her.locator("#flash")).to_contain_text("Passwort ist gespeichert")
    her.fill("#username", "jana.wolf")
    her.fill("#password", "mein-eigenes-passwort")
    her.click("button[type=submit]")
    her.wait_for_url(f"{live_url}/portal/")
    expect(her.locator("h1")).to_have_text("Guten Tag, Jana")
    expect(her.locator("#children-h + ul")).to_contain_text("Mia Wolfkind")
    check("home")
    her.screenshot(path=str(SCREENSHOTS / "portal-home.png"), full_page=True)

    her.get_by_role("link", name="Krankheit melden").click()
    check("absences")
    # ill from today, or from Monday when she writes at the weekend: care days either way
    weekday = date.today().weekday()
    day = date.today() + timedelta(days=7 - weekday if weekday >= 5 else 0)
    her.fill("#f-start", day.isoformat())
    her.fill("#f-end", day.isoformat())
    her.fill("#f-note", "Fieber, voraussichtlich zwei Tage")
    her.get_by_role("button", name="Melden", exact=True).click()
    expect(her.locator("#flash")).to_contain_text("Das Büro ist informiert")
    check("absence")
    her.screenshot(path=str(SCREENSHOTS / "portal-illness.png"), full_page=True)

    with installation.db.transaction("test") as s:
        needs = s.scalars(select(Need)).all()
        for need in needs:
            booking.book(s, need, s.get(Provider, provider), manual=True, reason="", actor="t")
    assert len(needs) == 1  # Mia, on that day
    her.reload()
    expect(her.locator("table")).to_contain_text("Mia Wolfkind")
    expect(her.locator("table")).to_contain_text("bei Stützpunkt Nord")
    her.screenshot(path=str(SCREENSHOTS / "portal-cover.png"), full_page=True)
    her.goto(f"{live_url}/portal/reset")
    check("reset")
    phone.close()
    assert not problems, problems
