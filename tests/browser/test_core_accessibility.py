"""Accessibility (BITV 2.0 / WCAG 2.1 AA) of every main page, checked by axe-core in Chromium.

axe-core comes from npm (package.json; `make test` installs it) and is injected into each
page; any violation of impact "serious" or "critical" fails with its rule, nodes and help.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.services.users import create_user
from tests.browser.conftest import SCREENSHOTS, logged_in_page
from tests.demo_screens import PUBLIC_URLS, demo_agency

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(page) -> list[str]:
    page.evaluate(AXE.read_text())  # from the test, so the page's strict CSP stays untouched
    found = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations",
        TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + "; ".join(n["target"][0] for n in v["nodes"][:3])
        for v in found
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture(scope="module")
def axe_file():
    if not AXE.exists():
        pytest.fail("axe-core fehlt: 'npm ci' ausführen (make test tut das).")
    return AXE


@pytest.mark.page_only
def test_every_main_page_has_no_serious_violations(axe_file, browser, live_url, installation):
    urls = demo_agency(installation)
    with installation.db.transaction("test") as s:
        create_user(s, "anna", "sicheres-passwort", ["admin"])  # sees every module's pages
    anonymous = browser.new_context(locale="de-DE").new_page()
    refused = []  # anything the Content-Security-Policy blocked (an inline script, say)
    anonymous.on(
        "console", lambda m: "Content Security Policy" in m.text and refused.append(m.text)
    )
    anonymous.set_content('<html lang="de"><body><main><img src="x.png"></main></body></html>')
    assert any(v.startswith("image-alt") for v in violations(anonymous))  # the check can fail
    problems = {}
    for url in PUBLIC_URLS:
        assert anonymous.goto(live_url + url).ok, url
        assert anonymous.evaluate("document.documentElement.lang") == "de"
        if found := violations(anonymous):
            problems[url] = found
    page = logged_in_page(browser, live_url, username="anna")
    page.on("console", lambda m: "Content Security Policy" in m.text and refused.append(m.text))
    page.goto(live_url + "/")
    inject = "Object.assign(document.createElement('script'), {textContent: 'window.injected = 1'})"
    page.evaluate(f"document.body.append({inject})")
    page.wait_for_timeout(100)
    assert page.evaluate("window.injected") is None and refused  # an inline script is refused
    refused.clear()
    for url in urls:
        assert page.goto(live_url + url).ok, url  # the page itself, not an error page
        if found := violations(page):
            problems[url] = found
    page.goto(live_url + "/")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)
    assert not problems, "\n".join(f"{url}: {v}" for url, found in problems.items() for v in found)
    assert refused == []
