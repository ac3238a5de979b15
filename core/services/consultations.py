"""Consultations with the Fachberatung: staff offer times (in person, by phone or video),
a childminder books one of her Fachberater*in's from her portal and may cancel it until
it begins; both sides hear of it by e-mail, and bookings stand in the calendar.

Her Fachberater*innen are the staff who work in her district (their home districts);
where none is named for it, every offered time is open to her."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select, true, update
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.format import format_date
from core.forms import Form
from core.i18n import N_, gettext_
from core.letters import events
from core.letters.events import Audience, Event
from core.letters.texts import TextKind
from core.models import ConsultationSlot, HomeDistrict, Person, PersonDistrict, User
from core.models.consultations import MODES, VIDEO

_FIELDS = {
    "termin": N_("Tag und Uhrzeit, z. B. 08.12.2026, 10:00"),
    "beratung": N_("Name der Fachberatung"),
}
_SAMPLE = {"termin": "08.12.2026, 10:00", "beratung": "Anna Schulte"}
_OFFICE_FIELDS = {
    **_FIELDS,
    "name": N_("Name der Tagespflegeperson"),
    "thema": N_("Thema, das sie angegeben hat (leer: keins)"),
}
_OFFICE_SAMPLE = {**_SAMPLE, "name": "Anna Adler", "thema": "Eingewöhnung"}
WITHDRAWN = Event(
    "core.consultation_withdrawn",
    N_("Beratungstermin vom Büro zurückgenommen"),
    {
        Audience.CHILDMINDER: TextKind(
            "core.consultation_withdrawn",
            N_("Beratung: Termin entfällt (an die Tagespflegeperson) – E-Mail"),
            "Ihr Beratungstermin am {{ termin }} bei {{ beratung }} muss leider entfallen. "
            "Bitte buchen Sie im Portal einen neuen Termin.",
            fields=_FIELDS,
            sample=_SAMPLE,
        )
    },
    N_("Termin frei"),
)
BOOKED = Event(
    "core.consultation_booked",
    N_("Beratungstermin im Portal gebucht"),
    {
        Audience.OFFICE: TextKind(
            "core.consultation_booked_office",
            N_("Beratung: Termin gebucht (an das Büro) – E-Mail"),
            "{{ name }} hat im Portal den Termin am {{ termin }} bei {{ beratung }} gebucht."
            "{% if thema %}\n\nThema: {{ thema }}{% endif %}",
            fields=_OFFICE_FIELDS,
            sample=_OFFICE_SAMPLE,
        )
    },
)
CANCELLED = Event(
    "core.consultation_cancelled",
    N_("Beratungstermin im Portal abgesagt"),
    {
        Audience.OFFICE: TextKind(
            "core.consultation_cancelled_office",
            N_("Beratung: Termin abgesagt (an das Büro) – E-Mail"),
            "{{ name }} hat im Portal den Termin am {{ termin }} bei {{ beratung }} abgesagt.",
            fields=_OFFICE_FIELDS,
            sample=_OFFICE_SAMPLE,
        )
    },
    N_("Termin frei"),
)
EVENTS = [BOOKED, CANCELLED, WITHDRAWN]
MAX_SERIES = 12  # consecutive times offered at once, e.g. a morning in 45-minute steps


def offer(session: Session, user: User, data: Mapping, now: datetime) -> list[ConsultationSlot]:
    """One time or a series of consecutive ones, each `minutes` long."""
    form = Form(data)
    day = form.date("day", "Tag", required=True)
    start = form.time("start", "Beginn")
    minutes = form.integer("minutes", "Dauer in Minuten", required=True, minimum=15, maximum=240)
    count = form.integer("count", "Anzahl Termine hintereinander", minimum=1, maximum=MAX_SERIES)
    mode = form.choice("mode", "Art", MODES)
    place = form.text("place", "Ort, Telefonnummer oder Link", max_length=300)
    if start is None and not form.errors.get("start"):
        form.error("start", gettext_("Beginn: Bitte eine Uhrzeit angeben."))
    if mode == VIDEO and not place.startswith("https://"):
        form.error("place", gettext_("Link: Für Video bitte den Link (https://…) angeben."))
    first = datetime.combine(day, start) if day and start else None
    if first is not None and first <= now:
        form.error("day", gettext_("Tag: Der Termin liegt in der Vergangenheit."))
    form.done()
    slots = [
        ConsultationSlot(
            staff_user_id=user.id,
            starts_at=first + timedelta(minutes=minutes * i),
            minutes=minutes,
            mode=mode,
            place=place,
        )
        for i in range(count or 1)
    ]
    session.add_all(slots)
    session.flush()
    return slots


def offered_by(session: Session, user: User, now: datetime) -> list[ConsultationSlot]:
    """Her coming times, free and booked, soonest first."""
    return list(
        session.scalars(
            select(ConsultationSlot)
            .where(ConsultationSlot.staff_user_id == user.id, ConsultationSlot.starts_at >= now)
            .order_by(ConsultationSlot.starts_at)
        )
    )


def own_slot(session: Session, user: User, slot_id: int) -> ConsultationSlot:
    slot = session.get(ConsultationSlot, slot_id)
    if slot is None or slot.staff_user_id != user.id:
        raise NotFound(gettext_("Diesen Termin gibt es nicht."))
    return slot


def withdraw(session: Session, user: User, slot_id: int) -> None:
    """Staff take a time back; a childminder who had booked it is told by e-mail."""
    slot = own_slot(session, user, slot_id)
    person = slot.person
    if person is not None:
        told = events.of_person(
            Audience.CHILDMINDER, person, "Beratungstermin abgesagt", _facts(slot)
        )
        events.announce(session, WITHDRAWN, [told], ref=f"core.consultation:{slot.id}")
    session.delete(slot)


def _advisers(session: Session, person: Person) -> list[int] | None:
    """The staff who work in her district; None when nobody is named for it."""
    found = list(
        session.scalars(
            select(HomeDistrict.user_id)
            .join(PersonDistrict, PersonDistrict.district_id == HomeDistrict.district_id)
            .where(PersonDistrict.person_id == person.id)
        )
    )
    return found or None


def _open_to(session: Session, person: Person):
    advisers = _advisers(session, person)
    return true() if advisers is None else ConsultationSlot.staff_user_id.in_(advisers)


def open_slots(session: Session, person: Person, now: datetime) -> list[ConsultationSlot]:
    """Free times of her Fachberater*innen, soonest first."""
    return list(
        session.scalars(
            select(ConsultationSlot)
            .where(
                ConsultationSlot.person_id.is_(None),
                ConsultationSlot.starts_at > now,
                _open_to(session, person),
            )
            .order_by(ConsultationSlot.starts_at)
        )
    )


def booked_by(session: Session, person: Person, now: datetime) -> list[ConsultationSlot]:
    return list(
        session.scalars(
            select(ConsultationSlot)
            .where(ConsultationSlot.person_id == person.id, ConsultationSlot.starts_at > now)
            .order_by(ConsultationSlot.starts_at)
        )
    )


def book(
    session: Session, person: Person, slot_id: int, data: Mapping, now: datetime
) -> ConsultationSlot:
    form = Form(data)
    topic = form.text("topic", "Worum geht es?", max_length=1000)
    form.done()
    taken = session.execute(
        update(ConsultationSlot)
        .where(
            ConsultationSlot.id == slot_id,
            ConsultationSlot.person_id.is_(None),
            ConsultationSlot.starts_at > now,
            _open_to(session, person),
        )
        .values(person_id=person.id, topic=topic, booked_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not taken:
        raise ValidationError(gettext_("Dieser Termin ist inzwischen vergeben oder vorbei."))
    slot = session.get(ConsultationSlot, slot_id)
    session.refresh(slot)
    _tell_staff(session, slot, person, BOOKED)
    return slot


def her_slot(session: Session, person: Person, slot_id: int) -> ConsultationSlot:
    slot = session.get(ConsultationSlot, slot_id)
    if slot is None or slot.person_id != person.id:
        raise NotFound(gettext_("Diesen Termin gibt es nicht."))
    return slot


def cancel(session: Session, person: Person, slot_id: int, now: datetime) -> None:
    """She gives the time back before it begins; it is free for others again."""
    slot = her_slot(session, person, slot_id)
    if slot.starts_at <= now:
        raise ValidationError(gettext_("Der Termin hat schon begonnen."))
    _tell_staff(session, slot, person, CANCELLED)
    slot.person_id, slot.topic, slot.booked_at = None, "", None


def _facts(slot: ConsultationSlot) -> dict[str, str]:
    return {
        "termin": f"{format_date(slot.starts_at.date())}, {slot.starts_at:%H:%M}",
        "beratung": slot.staff.display_name or slot.staff.username,
    }


def _tell_staff(session: Session, slot: ConsultationSlot, person: Person, event: Event) -> None:
    """The office hears of a booking or a cancellation at its address for such news."""
    facts = {**_facts(slot), "name": person.name, "thema": slot.topic}
    subject = f"{gettext_(event.title)}: {person.name}"
    told = events.office(subject, facts, path="/consultations", person_id=person.id)
    events.announce(session, event, [told], ref=f"core.consultation:{slot.id}")
