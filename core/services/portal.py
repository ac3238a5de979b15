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
from core.i18n import gettext_
from core.kernel.contributions import Cover, PortalSection, PortalTask
from core.kernel.plugins import Kernel
from core.messages import outbox
from core.models import Absence, Contract, Person, User
from core.models.calendar import ABSENCE_LABELS, AbsenceKind
from core.models.contracts import WEEKDAYS
from core.models.persons import Role
from core.services.calendar import absences_of, delete_absence, record_absence
from core.settings import setting


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
    _tell_office(session, person, absence, gettext_("gemeldet"))
    return absence


def cancel_absence(session: Session, person: Person, absence_id: int, today: date, *, hooks):
    absence = own_absence(session, person, absence_id)
    if not may_cancel(absence, today):
        raise ValidationError(
            gettext_("Eine begonnene oder vergangene Abwesenheit kann nur das Büro ändern.")
        )
    _tell_office(session, person, absence, gettext_("zurückgenommen"))
    delete_absence(session, absence, hooks=hooks)


def _tell_office(session: Session, person: Person, absence: Absence, what: str) -> None:
    kind = gettext_(ABSENCE_LABELS[absence.kind])
    period = f"{format_date(absence.start)} – {format_date(absence.end)}"
    tell_office(
        session,
        person,
        "core.portal_absence",
        gettext_("{kind} {what}: {name}, {period}").format(
            kind=kind, what=what, name=person.name, period=period
        ),
        gettext_(
            "{name} hat im Portal {kind} vom {start} bis {end} {what}.\n\nNotiz: {note}\n"
        ).format(
            name=person.name,
            kind=kind,
            start=format_date(absence.start),
            end=format_date(absence.end),
            what=what,
            note=absence.note or "–",
        ),
        ref=f"core.absence:{absence.id}",
        path=f"/persons/{person.id}/absences",
    )


def tell_office(
    session: Session,
    person: Person,
    kind: str,
    subject: str,
    text: str,
    *,
    ref: str,
    path: str | None = None,
) -> None:
    """An e-mail to the office's address for portal news (`core.portal_notify`); none
    where the installation has not named one. It links the record it is about (`path`,
    her person page unless given) where the installation's address is set."""
    address = setting(session, "core.portal_notify")
    if not address:
        return
    if base := setting(session, "core.site_url"):
        text = f"{text.rstrip()}\n\n{base}{path or f'/persons/{person.id}'}\n"
    mail = outbox.Mail(
        address, setting(session, "core.agency_name"), subject, text, person_id=person.id
    )
    outbox.queue(session, kind, [mail], ref=ref)


def cover(session: Session, absence: Absence, kernel: Kernel) -> list[Cover]:
    found = kernel.collect("absence_cover", session=session, absence=absence)
    return sorted(found, key=lambda c: (c.day, c.child))


def sections(session: Session, person: Person, kernel: Kernel) -> list[PortalSection]:
    found = kernel.collect("portal_sections", session=session, person=person)
    return sorted(found, key=lambda s: (s.order, s.label))


def tasks(session: Session, person: Person, today: date, kernel: Kernel) -> list[PortalTask]:
    found = kernel.collect("portal_tasks", session=session, person=person, today=today)
    return sorted(found, key=lambda t: (t.due is None, t.due or today, t.text))
