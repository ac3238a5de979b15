"""A live server on a free loopback port and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from core.services.users import create_user
from core.web.app import create_app

# One screenshot per journey, kept by CI as a test artefact.
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def live_url(installation):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(installation=installation, inline_worker=True),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    with installation.db.transaction() as s:
        create_user(s, "birgit", "sicheres-passwort", ["staff"])
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not shutil.which("chromium") and not shutil.which(CHROMIUM):
        pytest.fail("Chromium fehlt: 'apt-get install chromium' (make test tut das als root).")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def logged_in_page(browser, live_url, javascript=True, username="birgit"):
    context = browser.new_context(java_script_enabled=javascript, locale="de-DE")
    page = context.new_page()
    page.goto(f"{live_url}/login")
    page.fill("#username", username)
    page.fill("#password", "sicheres-passwort")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_url}/")
    return page


# A page a childminder or a family reads on a phone shows all of itself within the screen's
# width: nothing past the right edge, neither scrolling the page sideways nor cut off in a
# box (a total hidden in a table that scrolls is still out of sight). The widest elements
# are named for the message.
SIDEWAYS = """() => {
  const width = document.documentElement.clientWidth;
  const all = [...document.querySelectorAll('body *')];
  const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}`
    + `${typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : ''}`;
  const past = all
    .filter(e => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > width + 1;
    })
    .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
    .slice(0, 4)
    .map(e => `${name(e)} ${Math.round(e.getBoundingClientRect().right)} px`);
  const boxes = all
    .filter(e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX)
      && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1)
    .map(e => `${name(e)} hides ${e.scrollWidth - e.clientWidth} px`);
  return [...past, ...boxes];
}"""


def sideways(page) -> list[str]:
    """What reaches past the right edge of the screen; [] when everything fits."""
    return page.evaluate(SIDEWAYS)
