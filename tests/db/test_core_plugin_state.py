"""Plugins enabled per installation: alone, together, switched off without a restart."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.errors import PluginError
from core.models import InstalledPlugin
from core.web.app import create_app
from tests.conftest import login

PLUGINS = {
    "substitute_hub": "Vertretung",
    "qhb_training": "Qualifizierung",
    "payments": "Geldleistung",
    "parent_council": "Elternbeirat",
}
COMBINATIONS = [(), *[(name,) for name in PLUGINS], tuple(PLUGINS)]


@pytest.mark.parametrize("enabled", COMBINATIONS, ids=lambda c: "+".join(c) or "none")
def test_each_plugin_alone_and_all_together(installation, client, enabled):
    for name in enabled:
        installation.enable(name)
    login(client, installation, "admin")
    nav = client.get("/").text.split("</nav>")[0]
    for name, label in PLUGINS.items():
        response = client.get(f"/{name}/")
        if name in enabled:
            assert response.status_code == 200, name
            assert f'href="/{name}/"' in nav
        else:
            assert response.status_code == 404, name
            assert label not in nav
    # the core screens work in every combination
    for url in ("/persons", "/calendar", "/admin/plugins"):
        assert client.get(url).status_code == 200


def test_switching_off_changes_navigation_and_routes_without_restart(installation, admin):
    assert admin.post("/admin/plugins/payments/enable").status_code == 200
    assert admin.get("/payments/").status_code == 200
    assert "Geldleistung" in admin.get("/").text
    page = admin.post("/admin/plugins/payments/disable")
    assert "deaktiviert (Daten bleiben erhalten)" in page.text
    assert admin.get("/payments/").status_code == 404
    assert 'href="/payments/"' not in admin.get("/").text
    with installation.db.read() as s:
        assert s.get(InstalledPlugin, "payments").state == "disabled"


def test_disabling_twice_or_enabling_twice_is_harmless(installation):
    installation.enable("payments")
    installation.enable("payments")
    installation.disable("payments")
    installation.disable("payments")
    assert [r["state"] for r in installation.plugin_rows() if r["name"] == "payments"] == [
        "disabled"
    ]


def test_unknown_plugin_name_is_a_clear_error(installation):
    with pytest.raises(PluginError, match="Ein Modul 'payment' gibt es nicht. Verfügbar: "):
        installation.enable("payment")


def test_a_plugin_missing_from_the_environment_stops_start_up(installation):
    with installation.db.transaction() as s:
        s.add(InstalledPlugin(name="ghost", version="1.0", state="enabled"))
    with pytest.raises(PluginError, match="'tagwerk plugins disable ghost'"):
        create_app(installation=installation)
    assert [r["label"] for r in installation.plugin_rows() if r["name"] == "ghost"] == [
        "(nicht installiert)"
    ]


def test_only_admins_switch_plugins(installation, staff):
    assert staff.get("/admin/plugins").status_code == 403
    assert staff.post("/admin/plugins/payments/enable").status_code == 403
    with installation.db.read() as s:
        assert s.scalars(select(InstalledPlugin)).all() == []
