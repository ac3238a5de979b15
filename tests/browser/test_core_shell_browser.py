"""The web shell in a real browser: htmx search, inline form errors, and no-JS fallbacks."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS, logged_in_page


def test_search_as_you_type_updates_results_in_place(browser, live_url, make):
    make.child(first_name="Emil", last_name="Brockmann")
    make.child(first_name="Frieda", last_name="Hagedorn")
    page = logged_in_page(browser, live_url)
    page.goto(f"{live_url}/persons")
    page.evaluate("window.__marker = 'same page'")
    page.locator("#q").press_sequentially("brock", delay=30)
    expect(page.locator("#results")).to_contain_text("1 Person")
    expect(page.locator("#results")).not_to_contain_text("Hagedorn")
    assert page.evaluate("window.__marker") == "same page"  # no full reload
    assert "q=brock" in page.url  # the URL can be bookmarked
    page.screenshot(path=str(SCREENSHOTS / "person-search.png"), full_page=True)


def test_contract_over_capacity_shows_the_error_inline_then_saves(browser, live_url, make):
    cm = make.childminder(max_children=1, first_name="Jana", last_name="Wolf")
    make.contract(make.child(), cm)
    child = make.child(first_name="Mia", last_name="Brockmann")
    page = logged_in_page(browser, live_url)
    page.goto(f"{live_url}/contracts/new?child={child.id}&childminder={cm.id}")
    page.fill("#f-valid_from", "2026-12-01")
    page.fill("#f-hours_mo", "8")
    page.click("text=Speichern")
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Montag: Jana Wolf hätte 2 Kinder gleichzeitig")
    expect(page.locator("#f-hours_mo")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#f-hours_mo")).to_have_value("8")  # nothing typed is lost
    page.screenshot(path=str(SCREENSHOTS / "contract-error.png"), full_page=True)
    page.fill("#f-hours_mo", "")  # Saturday is free at Jana Wolf's
    page.fill("#f-hours_sa", "6")
    page.click("text=Speichern")
    expect(page.locator("#flash")).to_contain_text("Vertrag gespeichert.")
    page.screenshot(path=str(SCREENSHOTS / "contract-saved.png"), full_page=True)


def test_essentials_work_without_javascript(browser, live_url, make):
    cm = make.childminder(first_name="Petra", last_name="Kamp")
    page = logged_in_page(browser, live_url, javascript=False)
    page.goto(f"{live_url}/persons")
    page.fill("#q", "kamp")
    page.click("form.search button[type=submit]")
    expect(page.locator("#results")).to_contain_text("Kamp, Petra")
    page.goto(f"{live_url}/absences/new?childminder={cm.id}")
    page.fill("#f-start", "2026-11-23")
    page.fill("#f-end", "2026-11-24")
    page.click("text=Speichern")
    expect(page.locator("#flash")).to_contain_text("Abwesenheit eingetragen.")
    page.click("text=Verlauf")
    expect(page.locator("table.audit")).to_contain_text("birgit")
