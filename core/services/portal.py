"""What a childminder sees and does in her portal. Every function starts from the person
of the logged-in account (`me`) and reads or changes only her records: an id from the
address bar that is not hers is simply not found, whatever the route allows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from core.errors import NotFound, ValidationError
from core.format import format_date
from core.forms import Form
from core.i18n import N_, gettext_
from core.kernel.contributions import Cover, PortalSection, PortalTask
from core.kernel.plugins import Kernel
from core.letters import events
from core.letters.events import Audience, Event
from core.letters.texts import TextKind
from core.models import Absence, Contract, Person, User
from core.models.calendar import ABSENCE_LABELS, AbsenceKind
from core.models.contracts import WEEKDAYS
from core.models.persons import Role
from core.services.calendar import absences_of, delete_absence, record_absence

_ABSENCE_FIELDS = {
    "name": N_("Name der Tagespflegeperson"),
    "art": N_("Art der Abwesenheit, z. B. Krankheit"),
    "von": N_("Erster Tag"),
    "bis": N_("Letzter Tag"),
    "notiz": N_("Ihre Notiz"),
}
_ABSENCE_SAMPLE = {
    "name": "Anna Adler",
    "art": "Krankheit",
    "von": "07.12.2026",
    "bis": "09.12.2026",
    "notiz": "–",
}
ABSENCE_REPORTED = Event(
    "core.absence_reported",
    N_("Abwesenheit im Portal gemeldet"),
    {
        Audience.OFFICE: TextKind(
            "core.absence_reported_office",
            N_("Portal: Abwesenheit gemeldet (an das Büro) – E-Mail"),
            "{{ name }} hat im Portal {{ art }} vom {{ von }} bis {{ bis }} gemeldet.\n\n"
            "Notiz: {{ notiz }}",
            fields=_ABSENCE_FIELDS,
            sample=_ABSENCE_SAMPLE,
        )
    },
    N_("Vertretungsbedarf je Kind und Tag"),
)
ABSENCE_WITHDRAWN = Event(
    "core.absence_withdrawn",
    N_("Abwesenheit im Portal zurückgenommen"),
    {
        Audience.OFFICE: TextKind(
            "core.absence_withdrawn_office",
            N_("Portal: Abwesenheit zurückgenommen (an das Büro) – E-Mail"),
            "{{ name }} hat im Portal {{ art }} vom {{ von }} bis {{ bis }} zurückgenommen.",
            fields=_ABSENCE_FIELDS,
            sample=_ABSENCE_SAMPLE,
        )
    },
    N_("Bedarfe und Buchungen entfallen"),
)

EVENTS = [ABSENCE_REPORTED, ABSENCE_WITHDRAWN]


def me(session: Session, user: User) -> Person:
    """The childminder the account belongs to; nobody else's data is ever reached."""
    person = session.get(Person, user.person_id) if user.person_id is not None else None
    if person is None or person.anonymised_on is not None or not person.has_role(Role.CHILDMINDER):
        raise NotFound(gettext_("Zu Ihrem Zugang gehört keine Tagespflegeperson."))
    return person


@dataclass(frozen=True)
class Child:
    name: str
    hours: Decimal  # booked on the day


def children_on(session: Session, person: Person, day: date) -> list[Child]:
    """Her children with a signed contract running on `day`, with the hours booked then."""
    weekday = WEEKDAYS[day.weekday()]
    contracts = session.scalars(
        select(Contract)
        .options(joinedload(Contract.child))
        .where(
            Contract.childminder_id == person.id,
            Contract.draft.is_(False),
            Contract.valid_from <= day,
            or_(Contract.valid_to.is_(None), Contract.valid_to >= day),
        )
    )
    found = [Child(c.child.name, c.hours(weekday)) for c in contracts]
    return sorted(found, key=lambda c: c.name)


def absences(session: Session, person: Person, today: date) -> tuple[list, list]:
    """(current and coming absences, soonest first; past ones, latest first)."""
    latest_first = absences_of(session, person.id)
    coming = [a for a in reversed(latest_first) if a.end >= today]
    past = [a for a in latest_first if a.end < today]
    return coming, past


def own_absence(session: Session, person: Person, absence_id: int) -> Absence:
    absence = session.get(Absence, absence_id)
    if absence is None or absence.childminder_id != person.id:
        raise NotFound(gettext_("Diese Abwesenheit gibt es nicht."))
    return absence


def may_cancel(absence: Absence, today: date) -> bool:
    """She may take back what has not begun; anything else the office corrects."""
    return absence.start > today


def report_absence(
    session: Session, person: Person, data: Mapping, today: date, *, hooks
) -> Absence:
    """Her illness or leave, entered exactly as the office would enter it (substitute
    care follows from the same hook); the office hears of it by e-mail."""
    form = Form(data)
    kind = form.choice("kind", "Art", ABSENCE_LABELS)
    start = form.date("start", "Von", required=True)
    end = form.date("end", "Bis", required=True)
    note = form.text("note", "Notiz", max_length=2000)
    if start is not None and start < today:
        form.error("start", gettext_("Von: liegt in der Vergangenheit; das trägt das Büro nach."))
    absence = record_absence(
        session,
        person.id,
        kind,
        start,
        end,
        # illness is short notice by nature; leave and courses are planned
        planned=kind != AbsenceKind.ILLNESS,
        note=note,
        hooks=hooks,
        form=form,
    )
    _tell_office(session, person, absence, ABSENCE_REPORTED)
    return absence


def cancel_absence(session: Session, person: Person, absence_id: int, today: date, *, hooks):
    absence = own_absence(session, person, absence_id)
    if not may_cancel(absence, today):
        raise ValidationError(
            gettext_("Eine begonnene oder vergangene Abwesenheit kann nur das Büro ändern.")
        )
    _tell_office(session, person, absence, ABSENCE_WITHDRAWN)
    delete_absence(session, absence, hooks=hooks)


def _tell_office(session: Session, person: Person, absence: Absence, event: Event) -> None:
    facts = {
        "name": person.name,
        "art": gettext_(ABSENCE_LABELS[absence.kind]),
        "von": format_date(absence.start),
        "bis": format_date(absence.end),
        "notiz": absence.note or "–",
    }
    what = gettext_("gemeldet") if event is ABSENCE_REPORTED else gettext_("zurückgenommen")
    subject = gettext_("{kind} {what}: {name}, {start} – {end}").format(
        kind=facts["art"], what=what, name=person.name, start=facts["von"], end=facts["bis"]
    )
    told = events.office(subject, facts, path=f"/persons/{person.id}/absences", person_id=person.id)
    events.announce(session, event, [told], ref=f"core.absence:{absence.id}")


def cover(session: Session, absence: Absence, kernel: Kernel) -> list[Cover]:
    found = kernel.collect("absence_cover", session=session, absence=absence)
    return sorted(found, key=lambda c: (c.day, c.child))


def sections(session: Session, person: Person, kernel: Kernel) -> list[PortalSection]:
    found = kernel.collect("portal_sections", session=session, person=person)
    return sorted(found, key=lambda s: (s.order, s.label))


def tasks(session: Session, person: Person, today: date, kernel: Kernel) -> list[PortalTask]:
    found = kernel.collect("portal_tasks", session=session, person=person, today=today)
    return sorted(found, key=lambda t: (t.due is None, t.due or today, t.text))
