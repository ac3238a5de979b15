"""The substitute week board: one click places a child and updates only that day; full
days and days the hard limits forbid are not offered, and the board says why."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from plugins.substitute_hub.models import Need, Provider
from tests.web.substitute_helpers import absent, hub_with

MON = date(2026, 12, 7)


def test_the_week_board_assigns_with_one_click_and_updates_only_that_day(coordinator, installation):
    provider_id = hub_with(installation, coordinator.mia)
    absent(coordinator, coordinator.jana, "vacation", "07.12.2026", "07.12.2026")
    board = coordinator.get(f"/substitute_hub/week?provider={provider_id}&start=2026-12-07")
    assert "+ Mia Brockmann aufnehmen" in board.text
    with installation.db.read() as s:
        need_id = s.scalars(select(Need.id)).one()
    cell = coordinator.post(
        f"/substitute_hub/needs/{need_id}/place",
        headers={"HX-Request": "true"},
        data={"provider_id": str(provider_id), "cell": "1"},
    )
    assert cell.status_code == 200
    assert cell.text.lstrip().startswith('<td id="day-2026-12-07">')
    assert "<li>Mia Brockmann</li>" in cell.text and "aufnehmen" not in cell.text
    again = coordinator.post(
        f"/substitute_hub/needs/{need_id}/place",
        headers={"HX-Request": "true"},
        data={"provider_id": str(provider_id), "cell": "1"},
    )
    assert "bereits untergebracht" in again.text and again.text.lstrip().startswith("<td")


def test_the_week_board_offers_no_place_on_a_full_day(coordinator, installation, make):
    ben = make.child(first_name="Ben", last_name="Kaya", birth_date=date(2025, 2, 1))
    make.contract(ben, coordinator.jana, substitute_wanted="on")
    provider_id = hub_with(installation, coordinator.mia, ben)
    absent(coordinator, coordinator.jana, "vacation", "07.12.2026", "07.12.2026")
    with installation.db.read() as s:
        mia_need = s.scalars(select(Need.id).where(Need.child_id == coordinator.mia.id)).one()
    coordinator.post(f"/substitute_hub/needs/{mia_need}/place", data={"provider_id": provider_id})
    board = coordinator.get(f"/substitute_hub/week?provider={provider_id}&start=2026-12-07")
    assert "1 von 1 Plätzen" in board.text
    assert "Ben Kaya aufnehmen" not in board.text
    assert "Alle Plätze belegt (1 offen)." in board.text


def test_the_week_board_offers_only_what_the_hard_limits_allow(coordinator, installation):
    """The board asks the same limits as booking: a sick day at a hub for planned absences
    only is not offered, and the board says why."""
    provider_id = hub_with(installation, coordinator.mia)
    with installation.db.transaction("test") as s:
        s.get(Provider, provider_id).planned_only = True
    absent(coordinator, coordinator.jana, "illness", "07.12.2026", "07.12.2026", planned=False)
    board = coordinator.get(f"/substitute_hub/week?provider={provider_id}&start=2026-12-07")
    assert "Mia Brockmann aufnehmen" not in board.text
    assert "Stützpunkt Nord nimmt nur geplante Abwesenheiten." in board.text
