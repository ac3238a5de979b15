"""The board of free places and a childminder's declaration, through the screens."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from plugins.placement.models import Declaration

HX = {"HX-Request": "true"}
DECLARED = {
    "min_age_months": "12",
    "max_age_months": "36",
    "held_places": "1",
    **{f"{d}_start": "07:30" for d in ("mo", "tu", "we", "th")},
    **{f"{d}_end": "15:00" for d in ("mo", "tu", "we", "th")},
    "languages": "Deutsch, Türkisch",
    "inclusion": "on",
}


@pytest.fixture
def placement(installation):
    installation.enable("placement")


def declare(client, person, **changes):
    return client.post(f"/placement/person/{person.id}", data={**DECLARED, **changes})


def test_a_declaration_is_saved_and_shapes_the_board(placement, staff, make, installation):
    jana = make.childminder(max_children=3, first_name="Jana", last_name="Wolf")
    make.contract(make.child(), jana, start=date(2026, 1, 1))
    r = declare(staff, jana)
    assert "Angaben gespeichert." in r.text
    with installation.db.read() as s:
        saved = s.get(Declaration, jana.id)
        assert (saved.min_age_months, saved.held_places, saved.inclusion) == (12, 1, True)
        assert saved.fr_start is None and saved.mo_start.hour == 7
    board = staff.get("/placement/?on=2026-12-07", headers=HX).text
    row = board.split("Jana Wolf")[1].split("</tr>")[0]
    # three places, one child Monday to Friday, one place held back; no Friday offered
    assert row.count("<strong>1</strong>") == 4 and "12–36 Monate" in row
    assert "Inklusion" in row and "Deutsch, Türkisch" in row
    held = board.split("Freihalteplätze für dringende Fälle")[1]
    assert "Jana Wolf" in held


def test_age_and_weekday_filter_the_board(placement, staff, make):
    jana = make.childminder(first_name="Jana", last_name="Wolf")
    declare(staff, jana)
    assert "Jana Wolf" in staff.get("/placement/?age=14&weekday=mo").text
    assert "Jana Wolf" not in staff.get("/placement/?age=8").text
    assert "Jana Wolf" not in staff.get("/placement/?weekday=fr").text
    assert "Jana Wolf" in staff.get("/placement/?age=abc&weekday=xx&on=gestern").text


def test_an_expired_licence_leaves_the_board(placement, staff, make):
    make.childminder(first_name="Jana", last_name="Wolf", permit_valid_until=date(2020, 1, 1))
    assert "Jana Wolf" not in staff.get("/placement/").text


def test_bad_declaration_comes_back_with_every_error_and_saves_nothing(
    placement, staff, make, installation
):
    jana = make.childminder(max_children=4)
    r = declare(
        staff,
        jana,
        min_age_months="40",
        max_age_months="12",
        mo_end="",
        tu_start="16:00",
        we_start="25:00",
        held_places="5",
        free_from="31.02.2027",
    )
    assert r.status_code == 422
    for message in (
        "Kinder bis (Monate): nicht jünger als „Kinder ab“.",
        "Montag: Bitte Beginn und Ende angeben.",
        "Dienstag: Der Beginn muss vor dem Ende liegen.",
        "Mittwoch von: &#39;25:00&#39; ist keine Uhrzeit (HH:MM).",
        "Freihalteplätze: höchstens 4.",
        "Neue Kinder ab: &#39;31.02.2027&#39; ist kein gültiges Datum",
    ):
        assert message in r.text, message
    with installation.db.read() as s:
        assert s.scalars(select(Declaration)).all() == []


def test_only_childminders_have_the_tab(placement, staff, make):
    parent = make.person("guardian")
    assert staff.get(f"/placement/person/{parent.id}").status_code == 404
    assert staff.post(f"/placement/person/{parent.id}", data=DECLARED).status_code == 404
    assert staff.get("/placement/person/999999").status_code == 404


def test_viewers_see_no_board(placement, client, installation):
    from tests.conftest import login

    viewer = login(client, installation, "viewer")
    assert viewer.get("/placement/").status_code == 403
