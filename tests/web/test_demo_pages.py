"""Every main screen answers on the demo agency with all modules on (as `make run` shows it)."""

from __future__ import annotations

from tests.bdd.conftest import visible
from tests.conftest import login
from tests.demo_screens import PUBLIC_URLS, demo_agency


def test_main_screens_render_with_demo_data(client, installation):
    urls = demo_agency(installation)
    login(client, installation, "admin")
    for url in urls + PUBLIC_URLS:
        page = client.get(url)
        assert page.status_code == 200, (url, page.text[:300])
        assert "Traceback" not in page.text


def test_dashboard_shows_what_a_coordinator_looks_at_first(client, installation):
    demo_agency(installation)
    login(client, installation, "admin")
    page = visible(client.get("/"))
    for expected in (
        "Kinder in Betreuung",
        "offene Vertretungsbedarfe in dieser Woche",
        "Nachweise oder Fristen überfällig",
        ": Entwurf, 47 Bescheide,",
        "Elternbeirat",
    ):
        assert expected in page, expected
    html = client.get("/").text
    assert html.count("<rect") == 12  # one column per month of the last year
    assert 'role="img"' in html and "Kinder in Betreuung, jeweils am Monatsersten" in html
