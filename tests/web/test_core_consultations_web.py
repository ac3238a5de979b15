"""Consultations: the Fachberaterin offers times, a childminder of her district books one
in the portal (first come, first served) and cancels it; the office hears of it, the
calendar shows it, and a time taken back reaches the childminder by e-mail."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from core.models import ConsultationSlot, District, HomeDistrict, Message, PersonDistrict, User
from core.services.users import create_user
from core.settings import settings_of

TOMORROW = date.today() + timedelta(days=1)
OFFER = {"day": TOMORROW.isoformat(), "start": "09:00", "minutes": "45", "count": "3"}


@pytest.fixture
def offered(staff, two, installation):
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.portal_notify", "buero@example.org")
    response = staff.post("/consultations", data={**OFFER, "mode": "phone"}, follow_redirects=False)
    assert response.status_code == 303, response.text
    with installation.db.read() as s:
        return list(s.scalars(select(ConsultationSlot.id).order_by(ConsultationSlot.starts_at)))


def _mails(installation, kind="core.consultation") -> list[tuple[str, str]]:
    with installation.db.read() as s:
        rows = s.scalars(select(Message).where(Message.kind.like(f"{kind}%")).order_by(Message.id))
        return [(m.to_address, m.subject) for m in rows]


def test_staff_offer_times_and_bad_input_names_the_field(staff, installation):
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    bad = staff.post(
        "/consultations",
        data={"day": yesterday, "start": "09:00", "minutes": "5", "mode": "video", "place": "x"},
    )
    assert bad.status_code == 422
    assert "Tag: Der Termin liegt in der Vergangenheit." in bad.text
    assert "Dauer in Minuten" in bad.text
    assert "Link: Für Video bitte den Link (https://…) angeben." in bad.text
    with installation.db.read() as s:
        assert s.scalars(select(ConsultationSlot)).all() == []
    staff.post("/consultations", data={**OFFER, "mode": "in_person", "place": "Büro, Raum 2"})
    page = staff.get("/consultations").text
    assert page.count("frei") >= 3 and "09:45" in page and "10:30" in page


def test_she_books_first_come_first_served_and_the_calendar_shows_it(
    staff, two, offered, installation
):
    clients, jana, petra = two
    free = clients["jana"].get("/portal/consultations").text
    assert "Freie Termine Ihrer Fachberatung" in free and "09:00" in free and "Telefon" in free
    booked = clients["jana"].post(
        f"/portal/consultations/{offered[0]}/book", data={"topic": "Eingewöhnung von Mia"}
    )
    assert booked.status_code == 303
    late = clients["petra"].post(f"/portal/consultations/{offered[0]}/book", data={})
    assert late.status_code == 422 and "inzwischen vergeben" in late.text
    assert (
        "09:00" not in clients["petra"].get("/portal/consultations").text.split("Freie Termine")[1]
    )
    with installation.db.read() as s:
        slot = s.get(ConsultationSlot, offered[0])
        assert (slot.person_id, slot.topic) == (jana.id, "Eingewöhnung von Mia")
    booked = ("buero@example.org", "Beratungstermin im Portal gebucht: Jana Wolf")
    assert _mails(installation) == [booked]
    calendar = staff.get(f"/calendar?month={TOMORROW:%Y-%m}").text
    assert "09:00 Beratung Jana Wolf" in calendar
    listed = staff.get("/consultations").text
    assert "Jana Wolf" in listed and "Eingewöhnung von Mia" in listed


def test_she_cancels_until_it_begins_and_the_time_is_free_again(two, offered, installation):
    clients, _jana, petra = two
    clients["jana"].post(f"/portal/consultations/{offered[1]}/book", data={})
    assert (
        "Termin absagen?" in clients["jana"].get(f"/portal/consultations/{offered[1]}/cancel").text
    )
    assert clients["jana"].post(f"/portal/consultations/{offered[1]}/cancel").status_code == 303
    assert (
        clients["petra"].post(f"/portal/consultations/{offered[1]}/book", data={}).status_code
        == 303
    )
    with installation.db.transaction("test") as s:
        s.get(ConsultationSlot, offered[1]).starts_at = datetime.now() - timedelta(minutes=5)
    begun = clients["petra"].post(f"/portal/consultations/{offered[1]}/cancel")
    assert begun.status_code == 422 and "hat schon begonnen" in begun.text
    with installation.db.read() as s:
        assert s.get(ConsultationSlot, offered[1]).person_id == petra.id


def test_a_time_taken_back_by_staff_is_mailed_to_her(staff, two, offered, installation):
    clients, _jana, _petra = two
    clients["jana"].post(f"/portal/consultations/{offered[2]}/book", data={})
    ask = staff.get(f"/consultations/{offered[2]}/delete").text
    assert "Jana Wolf hat ihn gebucht" in ask
    staff.post(f"/consultations/{offered[2]}/delete")
    assert ("jana@example.org", "Beratungstermin abgesagt") in _mails(installation)
    assert "Kein Termin gebucht." in clients["jana"].get("/portal/consultations").text


def test_she_sees_the_times_of_her_districts_fachberatung_only(staff, two, offered, installation):
    """Each district's Fachberaterin; a district nobody is named for sees every time."""
    clients, jana, petra = two
    with installation.db.transaction("test") as s:
        north, south = District(name="Nord"), District(name="Süd")
        s.add_all([north, south])
        s.flush()
        staff_user = s.scalars(select(User).where(User.username == "staff-user")).one()
        s.add(HomeDistrict(user_id=staff_user.id, district_id=north.id))
        s.add(PersonDistrict(person_id=petra.id, district_id=north.id, manual=True))
        s.add(PersonDistrict(person_id=jana.id, district_id=south.id, manual=True))
        south_adviser = create_user(s, "beraterin-sued", "sicheres-passwort", ["staff"])
        s.flush()
        s.add(HomeDistrict(user_id=south_adviser.id, district_id=south.id))
    # Süd has its own Fachberaterin, who offers nothing now: Nord's times are not Jana's
    assert "Zurzeit ist kein Termin frei" in clients["jana"].get("/portal/consultations").text
    assert clients["jana"].post(f"/portal/consultations/{offered[0]}/book").status_code == 422
    assert "09:00" in clients["petra"].get("/portal/consultations").text
