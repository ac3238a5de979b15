"""Who hears of a change to substitute care. Substitute care that goes away after the
family was told of it (an absence taken back or shortened, a contract changed) reaches
each guardian on their own way, with a calendar file that cancels the days (same UID,
higher SEQUENCE, METHOD:CANCEL), and the provider whose places are free again. A place
moved to another provider reaches both providers and the told family, whose calendar
entry then names the new place. When the office sends the confirmations, the absent
childminder hears what is arranged for her children."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db import utcnow
from core.format import format_date
from core.i18n import N_
from core.ical import Entry, calendar, installation_key, sequence_at
from core.letters import events
from core.letters.events import Audience, Event, Told
from core.letters.texts import TextKind
from core.messages.outbox import File
from core.models import Absence, Person
from core.services.persons import guardians
from plugins.substitute_hub import documents
from plugins.substitute_hub.models import Need, Placement, Provider, ProviderMember

BACK = N_("Die Tagespflegeperson betreut an diesen Tagen wieder selbst.")
NOT_IN_CONTRACT = N_("Nach dem Betreuungsvertrag ist an diesen Tagen keine Betreuung nötig.")

CARE_CANCELLED = Event(
    "substitute_hub.care_cancelled",
    N_("Vertretung entfällt (Abwesenheit zurückgenommen oder verkürzt, Vertrag geändert)"),
    {
        Audience.GUARDIANS: TextKind(
            "substitute_hub.cancelled_guardians",
            N_("Vertretung: entfällt (an die Eltern) – E-Mail"),
            "die Vertretung für {{ vorname_kind }} entfällt an diesen Tagen: {{ tage }}.\n\n"
            "{{ grund }}\n\nIm Anhang finden Sie die Termine als Kalenderdatei: Einmal "
            "geöffnet, nimmt sie die Vertretung aus Ihrem Kalender.",
            fields={
                "vorname_kind": N_("Vorname des Kindes"),
                "tage": N_("Tage, z. B. 08.12.2026, 09.12.2026"),
                "grund": N_("Warum die Vertretung entfällt"),
            },
            sample={
                "vorname_kind": "Mia",
                "tage": "08.12.2026, 09.12.2026",
                "grund": BACK,
            },
        ),
        Audience.HUB: TextKind(
            "substitute_hub.cancelled_hub",
            N_("Vertretung: entfällt (an die Vertretung) – E-Mail"),
            "{{ vorname_kind }} kommt an diesen Tagen nicht zu {{ vertretung }}: {{ tage }}. "
            "Die Plätze sind wieder frei.",
            fields={
                "vorname_kind": N_("Vorname des Kindes"),
                "vertretung": N_("Name der Vertretung, z. B. Stützpunkt Nord"),
                "tage": N_("Tage, z. B. 08.12.2026, 09.12.2026"),
            },
            sample={
                "vorname_kind": "Mia",
                "vertretung": "Stützpunkt Nord",
                "tage": "08.12.2026, 09.12.2026",
            },
        ),
    },
    N_("Plätze frei; kein Vertretungsgeld für die Tage"),
)
HUB_FREED = CARE_CANCELLED.tells[Audience.HUB]  # the same words: the places are free
CARE_RELEASED = Event(
    "substitute_hub.care_released",
    N_("Vertretung vom Büro gelöst oder von der Familie abgesagt"),
    {
        Audience.GUARDIANS: TextKind(
            "substitute_hub.released_guardians",
            N_("Vertretung: vom Büro gelöst (an die Eltern) – E-Mail"),
            "für {{ vorname_kind }} ist an diesen Tagen keine Vertretung mehr vereinbart: "
            "{{ tage }}. Bitte planen Sie die Betreuung an diesen Tagen selbst.\n\n"
            "Die Kalenderdatei im Anhang ändert die Termine in Ihrem Kalender.",
            fields={
                "vorname_kind": N_("Vorname des Kindes"),
                "tage": N_("Tage, z. B. 08.12.2026, 09.12.2026"),
            },
            sample={"vorname_kind": "Mia", "tage": "08.12.2026"},
        ),
        Audience.HUB: HUB_FREED,
    },
    N_("Platz frei; kein Vertretungsgeld für den Tag"),
)
CARE_ARRANGED = Event(
    "substitute_hub.care_arranged",
    N_("Vertretung vereinbart (Bestätigungen an die Eltern gesendet)"),
    {
        Audience.CHILDMINDER: TextKind(
            "substitute_hub.arranged_childminder",
            N_("Vertretung: vereinbart (an die abwesende Tagespflegeperson) – E-Mail"),
            "für Ihre Abwesenheit vom {{ zeitraum }} haben wir die Eltern Ihrer Kinder "
            "informiert:\n\n{{ uebersicht }}",
            fields={
                "zeitraum": N_("Zeitraum der Abwesenheit"),
                "uebersicht": N_("Je Kind: Tage mit Vertretung von allen Betreuungstagen"),
            },
            sample={
                "zeitraum": "07.12.2026 bis 11.12.2026",
                "uebersicht": "Mia: Vertretung an 4 von 5 Tagen\nLeon: Vertretung an 5 von 5 Tagen",
            },
        ),
    },
    N_("Vertretungsgeld nach den Buchungen"),
)
# what both texts of a move say: the child, the day, the new and the former provider
_MOVED_FIELDS = {
    "vorname_kind": N_("Vorname des Kindes"),
    "tage": N_("Tag, z. B. 08.12.2026"),
    "vertretung": N_("Die neue Vertretung, z. B. Stützpunkt Süd"),
    "vorher": N_("Die bisherige Vertretung, z. B. Stützpunkt Nord"),
}
_MOVED_SAMPLE = {
    "vorname_kind": "Mia",
    "tage": "08.12.2026",
    "vertretung": "Stützpunkt Süd",
    "vorher": "Stützpunkt Nord",
}
CARE_MOVED = Event(
    "substitute_hub.care_moved",
    N_("Vertretung umgebucht (zu einem anderen Stützpunkt oder einer anderen Gruppe)"),
    {
        Audience.GUARDIANS: TextKind(
            "substitute_hub.moved_guardians",
            N_("Vertretung: umgebucht (an die Eltern) – E-Mail"),
            "die Vertretung für {{ vorname_kind }} am {{ tage }} übernimmt jetzt "
            "{{ vertretung }} statt {{ vorher }}.\n\nDie Kalenderdatei im Anhang ändert den "
            "Termin in Ihrem Kalender.",
            fields=_MOVED_FIELDS,
            sample=_MOVED_SAMPLE,
        ),
        Audience.HUB: TextKind(
            "substitute_hub.moved_hub",
            N_("Vertretung: umgebucht (an beide Vertretungen) – E-Mail"),
            "{{ vorname_kind }} kommt am {{ tage }} zu {{ vertretung }} statt zu {{ vorher }}.",
            fields=_MOVED_FIELDS,
            sample=_MOVED_SAMPLE,
        ),
    },
    N_("Der bisherige Platz ist frei; Vertretungsgeld an die neue Vertretung"),
)
EVENTS = [CARE_CANCELLED, CARE_RELEASED, CARE_ARRANGED, CARE_MOVED]


def care_cancelled(session: Session, gone: Iterable[Need], reason: str, today: date) -> None:
    """Tell of needs about to go: their families, where they were told, and the providers
    that held a place. Call it before the needs are deleted; past days stay as they were."""
    gone = [n for n in gone if n.day >= today]
    told_children: dict[int, list[Need]] = defaultdict(list)
    at_provider: dict[tuple[int, int], list[Need]] = defaultdict(list)
    for need in gone:
        if need.told_at is not None:
            told_children[need.child_id].append(need)
        if need.placement is not None:
            at_provider[(need.placement.provider_id, need.child_id)].append(need)
    told: list[Told] = []
    for child_id, needs in told_children.items():
        told.extend(_guardians(session, session.get(Person, child_id), needs, reason))
    for (provider_id, child_id), needs in at_provider.items():
        told.extend(
            _hub(session, session.get(Provider, provider_id), session.get(Person, child_id), needs)
        )
    if told:
        ref = f"core.absence:{gone[0].absence_id}"
        events.announce(session, CARE_CANCELLED, told, ref=ref)


def _days(needs: list[Need]) -> str:
    return ", ".join(format_date(d) for d in sorted({n.day for n in needs}))


def _guardians(session: Session, child: Person, needs: list[Need], reason: str) -> list[Told]:
    facts = {"vorname_kind": child.first_name, "tage": _days(needs), "grund": reason}
    ics = File(
        f"vertretung-{child.id}-entfaellt.ics",
        "text/calendar; method=CANCEL",
        _cancelling(session, child, needs),
    )
    subject = f"Vertretung für {child.first_name} entfällt"
    return [
        Told(Audience.GUARDIANS, parent, subject, facts, files=(ics,))
        for _, parent in guardians(session, child)
    ]


def _cancelling(session: Session, child: Person, needs: list[Need]) -> bytes:
    """The same UIDs as the confirmation's file, a later SEQUENCE (one past this second:
    a confirmation drawn in the same second stays older), cancelled."""
    now = sequence_at(utcnow()) + 1
    entries = [
        Entry(
            f"substitute_hub.need.{need.id}",
            need.day,
            f"Vertretung {child.first_name}: entfällt",
            sequence=now,
            cancelled=True,
        )
        for need in needs
    ]
    return calendar(entries, f"Vertretung {child.name}", installation_key(session), method="CANCEL")


def _hub(session: Session, provider: Provider, child: Person, needs: list[Need]) -> list[Told]:
    facts = {"vorname_kind": child.first_name, "vertretung": provider.name, "tage": _days(needs)}
    subject = f"Vertretung entfällt: {child.first_name}"
    return [Told(Audience.HUB, member, subject, facts) for member in _members(session, provider)]


def _members(session: Session, *providers: Provider) -> list[Person]:
    """Who gives care for the providers, each person once."""
    ids = [p.id for p in providers]
    return list(
        session.scalars(
            select(Person)
            .where(
                Person.id.in_(
                    select(ProviderMember.person_id).where(ProviderMember.provider_id.in_(ids))
                )
            )
            .order_by(Person.id)
        )
    )


def care_arranged(session: Session, absence: Absence, by_child: list[tuple[str, int, int]]) -> None:
    """The absent childminder hears, per child, on how many care days a place is arranged."""
    if not by_child:
        return
    childminder = session.get(Person, absence.childminder_id)
    lines = [f"{name}: Vertretung an {placed} von {days} Tagen" for name, placed, days in by_child]
    facts = {
        "zeitraum": f"{format_date(absence.start)} bis {format_date(absence.end)}",
        "uebersicht": "\n".join(lines),
    }
    told = [Told(Audience.CHILDMINDER, childminder, "Vertretung für Ihre Kinder", facts)]
    events.announce(session, CARE_ARRANGED, told, ref=f"core.absence:{absence.id}")


def care_released(
    session: Session, need: Need, provider_id: int, *, family_knows: bool, today: date
) -> None:
    """A place given up on the board: the provider hears its place is free; the family,
    where it was told and did not give the place up itself, that the day is its own to
    plan, with the day's calendar entry changed to say so (same UID, later SEQUENCE)."""
    if need.day < today:
        return
    child = session.get(Person, need.child_id)
    told = _hub(session, session.get(Provider, provider_id), child, [need])
    if need.told_at is not None and not family_knows:
        facts = {"vorname_kind": child.first_name, "tage": format_date(need.day)}
        entry = Entry(
            f"substitute_hub.need.{need.id}",
            need.day,
            f"Keine Vertretung für {child.first_name} – bitte selbst planen",
            sequence=sequence_at(utcnow()) + 1,
        )
        body = calendar([entry], f"Vertretung {child.name}", installation_key(session))
        ics = File(f"vertretung-{child.id}.ics", "text/calendar; method=PUBLISH", body)
        subject = f"Keine Vertretung für {child.first_name} am {format_date(need.day)}"
        told += [
            Told(Audience.GUARDIANS, parent, subject, facts, files=(ics,))
            for _, parent in guardians(session, child)
        ]
    if told:
        events.announce(session, CARE_RELEASED, told, ref=f"core.absence:{need.absence_id}")


def care_moved(session: Session, placement: Placement, before_id: int, *, today: date) -> None:
    """A place moved to another provider: both providers' members hear of it; the family,
    where it was told of the old place, gets the day's calendar entry with the new place
    (same UID, the move's SEQUENCE)."""
    if placement.day < today:
        return
    need, now = placement.need, placement.provider
    before = session.get(Provider, before_id)
    child = session.get(Person, need.child_id)
    facts = {
        "vorname_kind": child.first_name,
        "tage": format_date(placement.day),
        "vertretung": now.name,
        "vorher": before.name,
    }
    subject = f"Vertretung für {child.first_name} am {format_date(placement.day)}: {now.name}"
    told = [Told(Audience.HUB, m, subject, facts) for m in _members(session, before, now)]
    if need.told_at is not None:
        rooms = session.get(Person, session.get(Absence, need.absence_id).childminder_id)
        entry = documents.day_entry(need, child, rooms, utcnow())
        body = calendar([entry], f"Vertretung {child.name}", installation_key(session))
        ics = File(f"vertretung-{child.id}.ics", "text/calendar; method=PUBLISH", body)
        told += [
            Told(Audience.GUARDIANS, parent, subject, facts, files=(ics,))
            for _, parent in guardians(session, child)
        ]
    events.announce(session, CARE_MOVED, told, ref=f"core.absence:{need.absence_id}")
