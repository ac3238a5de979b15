"""Every main screen answers on the demo agency with all modules on (as `make run` shows it)."""

from __future__ import annotations

from tests.conftest import login
from tests.demo_screens import PUBLIC_URLS, demo_agency


def test_main_screens_render_with_demo_data(client, installation):
    urls = demo_agency(installation)
    login(client, installation, "admin")
    for url in urls + PUBLIC_URLS:
        page = client.get(url)
        assert page.status_code == 200, (url, page.text[:300])
        assert "Traceback" not in page.text
