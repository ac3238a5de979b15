"""Letters and sheets of the substitute hub: confirmation to parents, iCalendar, day sheet."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import ical
from core.db import utcnow
from core.errors import NotFound
from core.format import format_date
from core.i18n import N_, gettext_
from core.ical import Entry, installation_key, sequence_at, time_span
from core.letters import texts
from core.letters.letterhead import Letterhead
from core.letters.pdf import render_pdf
from core.letters.texts import TextKind
from core.models import Absence, Person
from core.models.calendar import ABSENCE_LABELS
from core.salutation import address_line, salutation
from core.services.persons import guardians
from plugins.substitute_hub.models import Need, Placement, Provider


def care_days(session: Session, child: Person, absence_id: int) -> list[Need]:
    """Every day of the absence on which the child would be in care, with its placement."""
    days = list(
        session.scalars(
            select(Need)
            .where(Need.child_id == child.id, Need.absence_id == absence_id)
            .order_by(Need.day)
        )
    )
    if not days:
        raise NotFound("Während dieser Abwesenheit hat das Kind keine Betreuungstage.")
    return days


LETTER_TEXT = TextKind(
    "substitute_hub.confirmation_letter",
    N_("Vertretung: Bestätigung an die Eltern – Brief"),
    "die Tagespflegeperson Ihres Kindes ist vom {{ beginn }} bis {{ ende }} abwesend "
    "({{ art }}). An diesen Betreuungstagen von {{ vorname_kind }} sieht es so aus:",
    "Wenn Sie die Vertretung nicht in Anspruch nehmen möchten, sagen Sie bitte rechtzeitig "
    "ab, damit ein anderes Kind den Platz bekommen kann. Die Termine gibt es auch als "
    "Kalenderdatei.",
    fields={
        "vorname_kind": N_("Vorname des Kindes"),
        "beginn": N_("Erster Tag der Abwesenheit"),
        "ende": N_("Letzter Tag der Abwesenheit"),
        "art": N_("Art der Abwesenheit, z. B. Urlaub"),
    },
    sample={"vorname_kind": "Mia", "beginn": "07.12.2026", "ende": "11.12.2026", "art": "Urlaub"},
)


def confirmation(
    session: Session, child: Person, absence_id: int, reader: Person | None = None
) -> bytes:
    """DIN 5008 letter listing every affected day: where the child goes, or plainly that no
    substitute is arranged (yet) or that the family declined. Addressed to `reader` (each
    guardian gets a letter of their own), or to all the child's guardians for a look."""
    days = care_days(session, child, absence_id)
    absence = session.get(Absence, absence_id)
    parents = [reader] if reader else [p for _, p in guardians(session, child)]
    addressee = parents[0] if parents else child
    names = [address_line(p) for p in parents] or [f"Familie {child.last_name}"]
    return render_pdf(
        "substitute_hub/pdf/confirmation.html",
        {
            "child": child,
            "absence": absence,
            "days": days,
            "open_days": [n for n in days if n.placement is None and not n.declined],
            "address_lines": [
                *names,
                addressee.street,
                f"{addressee.postal_code} {addressee.city}",
            ],
            "greeting": salutation(parents),
            "words": texts.parts(
                session,
                LETTER_TEXT.kind,
                {
                    "vorname_kind": child.first_name,
                    "beginn": format_date(absence.start),
                    "ende": format_date(absence.end),
                    "art": gettext_(ABSENCE_LABELS[absence.kind]),
                },
            ),
            "lh": Letterhead.of(session),
            "today": date.today(),
            # a pool substitute works in the rooms of the absent childminder
            "rooms": session.get(Person, absence.childminder_id),
        },
    )


def calendar_file(session: Session, child: Person, absence_id: int) -> bytes:
    """One event per care day of the absence, with the substitute's hours and address; a
    day without a place (any more) is an all-day event saying so, never a cancelled one
    that calendars hide: it replaces an earlier file's placement (same UID, higher
    SEQUENCE) and tells the family to plan that day itself."""
    rooms = session.get(Person, session.get(Absence, absence_id).childminder_id)
    now = utcnow()
    entries = [day_entry(need, child, rooms, now) for need in care_days(session, child, absence_id)]
    return ical.calendar(entries, f"Vertretung {child.name}", installation_key(session))


def day_entry(need: Need, child: Person, rooms: Person, now) -> Entry:
    """A care day as the family's calendar shows it. The SEQUENCE of a placed day is the
    moment the placement took its present form (booked or moved), so a file sent after a
    move replaces the one before it."""
    uid = f"substitute_hub.need.{need.id}"
    placement = need.placement
    if placement is None:
        return Entry(
            uid,
            need.day,
            f"Keine Vertretung für {child.first_name} – bitte selbst planen",
            sequence=sequence_at(now),
        )
    provider = placement.provider
    hours = time_span(provider.opening)
    return Entry(
        uid,
        need.day,
        f"Vertretung {child.first_name}: {provider.name}",
        start=hours[0] if hours else None,
        end=hours[1] if hours else None,
        location=_where(provider, rooms),
        description=provider.opening and f"Öffnungszeit {provider.opening}",
        sequence=sequence_at(placement.created_at),
    )


def _where(provider: Provider, rooms: Person) -> str:
    """A pool substitute works in the rooms of the absent childminder."""
    place = rooms if provider.kind == "pool" else provider
    return ", ".join(p for p in (place.street, f"{place.postal_code} {place.city}".strip()) if p)


def day_sheet(session: Session, provider: Provider, day: date) -> bytes:
    """Who comes to the hub on a day, with notes (e.g. allergies) and who may pick up."""
    rows = []
    for placement in session.scalars(
        select(Placement).where(Placement.provider_id == provider.id, Placement.day == day)
    ):
        child = session.get(Person, placement.need.child_id)
        rows.append(
            {
                "child": child,
                "childminder": session.get(Person, placement.need.childminder_id),
                "pickup": [p for _, p in guardians(session, child)],
            }
        )
    rows.sort(key=lambda r: (r["child"].last_name, r["child"].first_name))
    return render_pdf(
        "substitute_hub/pdf/day_sheet.html",
        {"provider": provider, "day": day, "rows": rows, "lh": Letterhead.of(session)},
    )
