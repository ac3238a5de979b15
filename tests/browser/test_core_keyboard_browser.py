"""One journey with the keyboard alone: log in, skip to the content, search a person, open
the record, switch to a tab and save a form; every focus stop is visibly marked."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS


def tab_to(page, matches: str, limit: int = 60) -> None:
    """Press Tab until the focused element matches a CSS selector; every stop shows focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        # One look at the focused element: between separate looks an htmx swap could
        # replace it, and the page's body would be judged instead.
        stop = page.evaluate(
            """(matches) => {
                const el = document.activeElement;
                if (el === document.body) return null;
                return {outline: getComputedStyle(el).outlineStyle,
                        html: el.outerHTML.slice(0, 300), hit: el.matches(matches)};
            }""",
            matches,
        )
        if stop is None:
            continue  # focus passed the page's end and starts over
        assert stop["outline"] != "none", stop["html"]
        if stop["hit"]:
            return
    raise AssertionError(f"Mit der Tab-Taste nicht erreichbar: {matches}")


@pytest.mark.page_only
def test_a_coordinator_works_with_the_keyboard_only(browser, live_url, installation, make):
    installation.enable("qhb_training")
    make.childminder(first_name="Petra", last_name="Kamp")
    page = browser.new_context(locale="de-DE").new_page()
    page.goto(f"{live_url}/login")
    tab_to(page, "#username")
    page.keyboard.type("birgit")
    page.keyboard.press("Tab")
    page.keyboard.type("sicheres-passwort")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/")

    tab_to(page, ".skip-link")  # the first stop skips the navigation
    expect(page.locator(".skip-link")).to_be_visible()
    tab_to(page, 'nav a[href="/persons"]')
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/persons")
    tab_to(page, "#q")
    page.keyboard.type("kamp", delay=30)
    # The unfiltered list may already read "1 Person": wait for the search's own answer.
    page.wait_for_url("**q=kamp**")
    # a locator, not a JavaScript string: the page's CSP forbids eval once polling starts
    expect(page.locator(".htmx-request, .htmx-settling")).to_have_count(0)
    expect(page.locator("#results")).to_contain_text("1 Person")
    tab_to(page, '#results a[href^="/persons/"]')
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Petra Kamp")

    tab_to(page, 'a[href^="/qhb_training/person/"]')
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Qualifizierung", level=2)).to_be_visible()
    tab_to(page, "#f-pr-profession")
    page.keyboard.type("Erzieherin")
    tab_to(page, "#f-pr-fachkraft")
    page.keyboard.press("Space")
    tab_to(page, 'form[action$="/profile"] button[type=submit]')
    page.keyboard.press("Enter")
    expect(page.locator("#flash")).to_contain_text("Beruflicher Hintergrund gespeichert.")
    expect(page.locator("dl.facts")).to_contain_text("pädagogische Fachkraft (Erzieherin)")
    page.screenshot(path=str(SCREENSHOTS / "keyboard-journey.png"), full_page=True)
