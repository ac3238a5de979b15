"""Her free places in the portal: she sees what the office sees of her places, keeps her
declaration up to date through the office's own checks, and sees the offers made for her
places – the child's first name and care times, not the family's address."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from plugins.placement import offers
from plugins.placement.models import CareRequest, Declaration

START = date.today() + timedelta(days=60)
GOOD = {
    "min_age_months": "6",
    "max_age_months": "36",
    "held_places": "0",
    "mo_start": "07:30",
    "mo_end": "15:00",
    "tu_start": "07:30",
    "tu_end": "15:00",
    "languages": "Deutsch, Polnisch",
}


@pytest.fixture
def placement(installation, two):
    installation.enable("placement")
    return two


def _offer_to(installation, person) -> int:
    with installation.db.transaction("test") as s:
        request = CareRequest(
            child_first_name="Lina",
            child_last_name="Brockmann",
            child_birth_date=START - timedelta(days=400),
            guardian_first_name="Eva",
            guardian_last_name="Brockmann",
            street="Markt 1",
            postal_code="59269",
            city="Beckum",
            email="familie@example.org",
            needed_from=START,
            mo_start=_time("08:00"),
            mo_end=_time("13:00"),
            state="received",
        )
        s.add(request)
        s.flush()
        return offers.make_offer(s, request, person.id, "staff-user", date.today()).id


def _time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def test_she_keeps_her_declaration_through_the_offices_checks(placement, installation, staff):
    clients, jana, _petra = placement
    client = clients["jana"]
    page = client.get("/placement/portal/").text
    assert "So sieht das Büro Ihre Plätze" in page and "Zurzeit kein Angebot." in page
    assert "Angaben zu freien Plätzen machen" in client.get("/portal/").text
    bad = client.post("/placement/portal/", data={**GOOD, "min_age_months": "40", "tu_end": ""})
    assert bad.status_code == 422
    assert "Kinder bis (Monate): nicht jünger als „Kinder ab“." in bad.text
    assert "Dienstag: Bitte Beginn und Ende angeben." in bad.text
    assert 'value="Deutsch, Polnisch"' in bad.text  # nothing she typed is lost
    with installation.db.read() as s:
        assert s.get(Declaration, jana.id) is None
    saved = client.post("/placement/portal/", data=GOOD)
    assert saved.status_code == 303
    with installation.db.read() as s:
        declaration = s.get(Declaration, jana.id)
        assert declaration.min_age_months == 6 and declaration.days == ("mo", "tu")
        assert declaration.changed_by == "jana@example.org"
    assert 'value="Deutsch, Polnisch"' in staff.get(f"/placement/person/{jana.id}").text
    assert "Angaben zu freien Plätzen machen" not in client.get("/portal/").text


def test_she_sees_offers_for_her_places_but_not_the_familys_address(placement, installation):
    clients, jana, _petra = placement
    _offer_to(installation, jana)
    page = clients["jana"].get("/placement/portal/").text
    assert "Lina" in page and "Montag 08:00–13:00" in page
    assert "Antwort der Familie bis" in page
    for private in ("Brockmann", "Markt 1", "familie@example.org", "Eva"):
        assert private not in page
    assert "Lina" not in clients["petra"].get("/placement/portal/").text
