"""Vertretung screens: providers, from absence to placed child, refusals, letters and the
day sheet, declines and releases (the week board: test_substitute_week_web.py)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select

from core.models import Absence
from plugins.substitute_hub.models import Enrolment, Need, Placement, Provider
from tests.web.substitute_helpers import absent, hub_with, new_provider

MON = date(2026, 12, 7)


def test_a_provider_is_saved_and_bad_input_is_explained(coordinator, installation):
    bad = new_provider(
        coordinator,
        places="neun",
        day_mo="",
        day_tu="",
        day_we="",
        day_th="",
        day_fr="",
        max_age_months="5",
        min_age_months="12",
    )
    assert bad.status_code == 422
    for message in (
        "Plätze je Tag: &#39;neun&#39; ist keine ganze Zahl.",
        "Öffnungstage: Bitte mindestens einen Tag wählen.",
        "Höchstalter: liegt unter dem Mindestalter.",
    ):
        assert message in bad.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Provider)) == 0
    ok = new_provider(coordinator)
    assert "Stützpunkt Nord gespeichert." in ok.text and "nur geplant" in ok.text
    with installation.db.read() as s:
        provider_id = s.scalars(select(Provider)).one().id
    edit = f"/substitute_hub/providers/{provider_id}/edit"
    form = coordinator.get(edit)
    assert 'value="Stützpunkt Nord"' in form.text
    payee_options = form.text.split('id="f-payee_id"')[1].split("</select>")[0]
    assert "Wolf, Jana" in payee_options
    paid = coordinator.post(
        edit,
        data={
            "name": "Tandem Wolf",
            "kind": "tandem",
            "places": "1",
            "day_mo": "on",
            "accepts_illness": "on",
            "payee_id": str(coordinator.jana.id),
            "monthly_fee": "50,00",
            "hourly_rate": "5,50",
            "active": "on",
            "members": [str(coordinator.jana.id)],
        },
    )
    assert "Tandem Wolf gespeichert." in paid.text
    with installation.db.read() as s:
        provider = s.get(Provider, provider_id)
        assert (provider.payee_id, provider.monthly_fee_cents, str(provider.hourly_rate)) == (
            coordinator.jana.id,
            5000,
            "5.50",
        )
        assert [m.person_id for m in provider.members] == [coordinator.jana.id]
    tandem = {
        "name": "Tandem Wolf",
        "kind": "tandem",
        "places": "1",
        "day_mo": "on",
        "accepts_illness": "on",
        "active": "on",
    }
    with_child = {**tandem, "members": [str(coordinator.jana.id), str(coordinator.mia.id)]}
    refused = coordinator.post(edit, data=with_child)
    assert refused.status_code == 422
    assert "Mitwirkende: bitte Tagespflegepersonen oder Mitarbeitende wählen." in refused.text
    members = refused.text.split('id="f-members"')[1].split("</select>")[0]
    assert f'<option value="{coordinator.jana.id}" selected>' in members  # choice kept
    again = coordinator.post(edit, data={**tandem, "members": [str(coordinator.jana.id)]})
    assert "Tandem Wolf gespeichert." in again.text


def test_from_absence_to_placed_child_on_the_screens(coordinator, installation):
    new_provider(coordinator)
    with installation.db.read() as s:
        provider_id = s.scalars(select(Provider)).one().id
    tab = f"/substitute_hub/person/{coordinator.mia.id}"
    page = coordinator.post(
        f"{tab}/enrol", data={"provider_id": str(provider_id)}, follow_redirects=True
    )
    assert "Bei Stützpunkt Nord angemeldet." in page.text
    again = coordinator.post(f"{tab}/enrol", data={"provider_id": str(provider_id)})
    assert again.status_code == 422 and "schon angemeldet" in again.text
    with installation.db.read() as s:
        enrolment_id = s.scalars(select(Enrolment)).one().id
    for day in ("2026-11-03", "2026-11-17"):
        coordinator.post(f"{tab}/enrolments/{enrolment_id}/visits", data={"day": day, "done": "on"})
    assert "Stützpunkt Nord – eingewöhnt" in coordinator.get(tab).text

    absent(coordinator, coordinator.jana, "vacation", "07.12.2026", "08.12.2026")
    needs = coordinator.get("/substitute_hub/needs?start=2026-12-07&end=2026-12-11")
    assert needs.text.count("<strong>offen</strong>") == 2
    proposal = coordinator.post(
        "/substitute_hub/needs/propose",
        data={"start": "2026-12-07", "end": "2026-12-11", "apply": "0"},
    )
    assert "Vorschlag: 2 von 2 offenen Bedarfen untergebracht" in proposal.text
    assert "Stützpunkt Nord (eingewöhnt)" in proposal.text
    applied = coordinator.post(
        "/substitute_hub/needs/propose",
        follow_redirects=True,
        data={"start": "2026-12-07", "end": "2026-12-11", "apply": "1"},
    )
    assert "2 Plätze gebucht." in applied.text
    board = coordinator.get(f"/substitute_hub/week?provider={provider_id}&start=2026-12-07")
    assert board.text.count("Mia Brockmann") >= 2 and "1 von 9 Plätzen" in board.text

    with installation.db.read() as s:
        placement_id = s.scalars(select(Placement).order_by(Placement.day)).first().id
    coordinator.post(f"/substitute_hub/placements/{placement_id}/cancel")
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 1
        need = s.scalars(select(Need).where(~Need.placement.has())).one()
    manual = coordinator.post(
        f"/substitute_hub/needs/{need.id}/place",
        data={"provider_id": str(provider_id)},
        follow_redirects=True,
    )
    assert "Platz bei Stützpunkt Nord gebucht." in manual.text


def test_a_refused_manual_placement_says_why(coordinator, installation):
    new_provider(coordinator)
    absent(coordinator, coordinator.jana, "illness", "07.12.2026", "07.12.2026", planned=False)
    with installation.db.read() as s:
        need = s.scalars(select(Need)).one()
        provider_id = s.scalars(select(Provider)).one().id
    page = coordinator.post(
        f"/substitute_hub/needs/{need.id}/place",
        data={"provider_id": str(provider_id)},
        follow_redirects=True,
    )
    text = re.sub(r"\s+", " ", page.text)
    assert "übernimmt keine Vertretung bei Krankheit" in text
    assert "nicht zur Vertretung angemeldet" in text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 0


def test_finance_does_not_plan_substitutes(client, installation):
    from tests.conftest import login

    installation.enable("substitute_hub")
    login(client, installation, "finance")
    assert client.get("/substitute_hub/needs").status_code == 403


def test_parents_get_a_letter_and_a_calendar_and_the_hub_a_day_sheet(
    coordinator, installation, make
):
    from io import BytesIO

    from pypdf import PdfReader

    from core.models import Person
    from core.models.persons import LinkKind
    from core.services.persons import add_link
    from plugins.substitute_hub import booking
    from plugins.substitute_hub import needs as needs_service
    from tests.icalcheck import strictly_parsed

    mother = make.person(
        "guardian",
        first_name="Sabine",
        last_name="Brockmann",
        phone="02521 12345",
        street="Weg 1",
        postal_code="59269",
        city="Beckum",
    )
    with installation.db.transaction("test") as s:
        mia = s.get(Person, coordinator.mia.id)
        mia.notes = "Allergie: Erdnüsse"
        add_link(s, mia, s.get(Person, mother.id), LinkKind.GUARDIAN)
        provider = Provider(
            name="Stützpunkt Nord",
            kind="hub",
            places=9,
            opening="7:30–15:30",
            street="Markt 2",
            postal_code="59269",
            city="Beckum",
        )
        s.add(provider)
        s.flush()
        s.add(Enrolment(child_id=mia.id, provider_id=provider.id))
        absence = Absence(
            childminder_id=coordinator.jana.id, kind="vacation", start=MON, end=date(2026, 12, 8)
        )
        s.add(absence)
        s.flush()
        needs_service.sync(s, absence)
        for need in s.scalars(select(Need)):
            booking.book(s, need, provider)
        absence_id, provider_id = absence.id, provider.id
    base = f"/substitute_hub/person/{coordinator.mia.id}/absences/{absence_id}"
    letter = coordinator.get(f"{base}/confirmation.pdf")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(BytesIO(letter.content)).pages).split()
    )
    assert "Vertretung für Mia Brockmann" in text and "Sabine Brockmann" in text
    assert "07.12.2026" in text and "08.12.2026" in text and "Stützpunkt Nord" in text
    calendar = strictly_parsed(coordinator.get(f"{base}/placements.ics").content)
    starts = sorted(e.decoded("dtstart") for e in calendar.walk("VEVENT"))
    assert [d.isoformat() for d in starts] == [  # the hub's opening hours, Berlin time
        "2026-12-07T07:30:00+01:00",
        "2026-12-08T07:30:00+01:00",
    ]
    sheet = coordinator.get(f"/substitute_hub/day-sheet.pdf?provider={provider_id}&day=2026-12-07")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(BytesIO(sheet.content)).pages).split()
    )
    assert "Mia Brockmann" in text and "Allergie: Erdnüsse" in text
    assert "Sabine Brockmann (02521 12345)" in text and "1 von 9 Plätzen belegt" in text
    with installation.db.transaction("test") as s:  # a pool substitute comes to the family's
        s.get(Provider, provider_id).kind = "pool"  # usual childminder instead
    letter = coordinator.get(f"{base}/confirmation.pdf")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(BytesIO(letter.content)).pages).split()
    )
    assert "in den gewohnten Räumen bei Jana Wolf" in text


def test_an_absence_without_any_contract_is_refused(coordinator, installation, make):
    idle = make.childminder(first_name="Rita", last_name="Ohnekind")
    page = absent(coordinator, idle, "vacation", "07.12.2026", "08.12.2026")
    assert page.status_code == 422
    assert "keinen Betreuungsvertrag – es gibt keine Kinder zu vertreten." in page.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Absence)) == 0


def test_a_family_declines_and_the_place_is_free_again(coordinator, installation):
    with installation.db.transaction("test") as s:
        provider = Provider(name="Stützpunkt Nord", kind="hub", places=1)
        s.add(provider)
        s.flush()
        s.add(Enrolment(child_id=coordinator.mia.id, provider_id=provider.id))
    absent(coordinator, coordinator.jana, "vacation", "07.12.2026", "07.12.2026")
    period = {"start": "2026-12-07", "end": "2026-12-07"}
    coordinator.post("/substitute_hub/needs/propose", data={**period, "apply": "1"})
    with installation.db.read() as s:
        need_id = s.scalars(select(Need.id)).one()
    page = coordinator.post(f"/substitute_hub/needs/{need_id}/decline", follow_redirects=True)
    assert "Absage der Familie eingetragen, Platz frei." in page.text
    assert "Familie hat abgesagt" in page.text
    again = coordinator.post("/substitute_hub/needs/propose", data={**period, "apply": "0"})
    assert "Vorschlag: 0 von 0 offenen Bedarfen" in again.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 0
    coordinator.post(f"/substitute_hub/needs/{need_id}/decline", data={"undo": "1"})
    reopened = coordinator.post("/substitute_hub/needs/propose", data={**period, "apply": "0"})
    assert "Vorschlag: 1 von 1 offenen Bedarfen" in reopened.text


def test_releasing_twice_says_the_place_is_free_already(coordinator, installation):
    provider_id = hub_with(installation, coordinator.mia)
    absent(coordinator, coordinator.jana, "vacation", "07.12.2026", "07.12.2026")
    with installation.db.read() as s:
        need_id = s.scalars(select(Need.id)).one()
    coordinator.post(f"/substitute_hub/needs/{need_id}/place", data={"provider_id": provider_id})
    with installation.db.read() as s:
        placement_id = s.scalars(select(Placement.id)).one()
    first = coordinator.post(
        f"/substitute_hub/placements/{placement_id}/cancel", follow_redirects=True
    )
    assert "Platz freigegeben." in first.text
    second = coordinator.post(
        f"/substitute_hub/placements/{placement_id}/cancel",
        data={"back": "//evil.example/needs"},
        follow_redirects=False,
    )
    assert second.status_code == 303 and second.headers["location"] == "/substitute_hub/needs"
    page = coordinator.get("/substitute_hub/needs")
    assert "Dieser Platz war schon freigegeben; nichts geändert." in page.text


def test_a_place_moves_to_another_hub_and_not_to_the_same(coordinator, installation):
    north = hub_with(installation, coordinator.mia)
    south = hub_with(installation, coordinator.mia, name="Stützpunkt Süd")
    absent(coordinator, coordinator.jana, "vacation", "07.12.2026", "07.12.2026")
    with installation.db.read() as s:
        need_id = s.scalars(select(Need.id)).one()
    coordinator.post(f"/substitute_hub/needs/{need_id}/place", data={"provider_id": north})
    with installation.db.read() as s:
        placement_id = s.scalars(select(Placement.id)).one()
    page = coordinator.get("/substitute_hub/needs?start=2026-12-07&end=2026-12-07").text
    assert f'action="/substitute_hub/placements/{placement_id}/move"' in page
    same = coordinator.post(
        f"/substitute_hub/placements/{placement_id}/move",
        data={"provider_id": north},
        follow_redirects=True,
    )
    assert "Das Kind ist an diesem Tag schon bei Stützpunkt Nord." in same.text
    moved = coordinator.post(
        f"/substitute_hub/placements/{placement_id}/move",
        data={"provider_id": south},
        follow_redirects=True,
    )
    assert "Umgebucht zu Stützpunkt Süd" in moved.text
    with installation.db.read() as s:
        assert s.get(Placement, placement_id).provider_id == int(south)


def test_the_confirmation_names_every_day_also_those_without_a_place(coordinator, installation):
    """Absent 07.–09.12., placed only on the 07.: the 08. and 09. are named as not covered."""
    from io import BytesIO

    from pypdf import PdfReader

    provider_id = hub_with(installation, coordinator.mia, places=9)
    absent(coordinator, coordinator.jana, "vacation", "07.12.2026", "09.12.2026")
    with installation.db.read() as s:
        first, second, _third = s.scalars(select(Need).order_by(Need.day)).all()
        absence_id = first.absence_id
    coordinator.post(f"/substitute_hub/needs/{first.id}/place", data={"provider_id": provider_id})
    coordinator.post(f"/substitute_hub/needs/{second.id}/decline")
    base = f"/substitute_hub/person/{coordinator.mia.id}/absences/{absence_id}"
    letter = coordinator.get(f"{base}/confirmation.pdf")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(BytesIO(letter.content)).pages).split()
    )
    assert "07.12.2026 Stützpunkt Nord" in text
    assert "08.12.2026 Keine Vertretung – Sie haben für diesen Tag abgesagt." in text
    assert "09.12.2026 Noch keine Vertretung vereinbart." in text
    assert "Für 1 Tag (09.12.2026) ist noch keine Vertretung vereinbart." in text
