"""The parents' confirmations for a period: one letter per child and absence, to the
child's guardians by e-mail (with the calendar file) or by post, sent as a job."""

from __future__ import annotations

from datetime import date
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.db import utcnow
from core.format import format_date
from core.i18n import N_
from core.jobs.queue import JobContext, JobKind
from core.letters import delivery, texts
from core.letters.delivery import Letter
from core.letters.texts import TextKind
from core.messages.outbox import File
from core.models import Absence, Job, Person
from core.services.persons import guardians
from plugins.substitute_hub import documents, notices
from plugins.substitute_hub.models import Need

KIND = "substitute_hub.confirmation"
JOB = "substitute_hub.letters"
TEXT = TextKind(
    KIND,
    N_("Vertretung: Bestätigung an die Eltern – E-Mail"),
    # what is arranged and what is not, each said plainly in the mail itself
    "die Tagespflegeperson von {{ vorname_kind }} ist vom {{ zeitraum }} abwesend.\n\n"
    "{% if vereinbart %}An {{ vereinbart }} von {{ betreuungstage }} Betreuungstagen ist eine "
    "Vertretung vereinbart. Im Anhang finden Sie die Bestätigung mit Tagen, Zeiten und "
    "Anschriften und die Termine als Kalenderdatei: Einmal geöffnet, stehen sie in Ihrem "
    "Kalender; eine spätere Datei ersetzt sie.{% endif %}\n\n"
    "{% if offen %}An {{ offen }} von {{ betreuungstage }} Betreuungstagen ist keine Vertretung "
    "vereinbart: Bitte planen Sie die Betreuung an diesen Tagen selbst.{% endif %}",
    "{% if vereinbart %}Wenn Sie die Vertretung nicht brauchen, sagen Sie bitte rechtzeitig "
    "ab.{% endif %}",
    fields={
        "vorname_kind": N_("Vorname des Kindes"),
        "zeitraum": N_("Zeitraum der Abwesenheit, z. B. 07.12.2026 bis 11.12.2026"),
        "vereinbart": N_("Tage mit vereinbarter Vertretung"),
        "offen": N_("Tage ohne Vertretung"),
        "betreuungstage": N_("Betreuungstage in der Abwesenheit"),
    },
    sample={
        "vorname_kind": "Mia",
        "zeitraum": "07.12.2026 bis 11.12.2026",
        "vereinbart": 4,
        "offen": 1,
        "betreuungstage": 5,
    },
)


def confirmations(session: Session, start: date, end: date) -> list[Letter]:
    """A letter for every child with care days in absences overlapping the period."""
    pairs = session.execute(
        select(Need.child_id, Need.absence_id)
        .join(Absence, Absence.id == Need.absence_id)
        .where(Absence.start <= end, Absence.end >= start)
        .distinct()
        .order_by(Need.absence_id, Need.child_id)
    ).all()
    return [
        letter
        for child_id, absence_id in pairs
        for letter in _letters(session, session.get(Person, child_id), absence_id)
    ]


def _letters(session: Session, child: Person, absence_id: int) -> list[Letter]:
    """One letter per guardian, addressed to them and sent on their own way (e-mail or
    post); a child without guardians is one letter nobody can receive, shown as such."""
    absence = session.get(Absence, absence_id)
    days = documents.care_days(session, child, absence_id)
    placed = sum(1 for n in days if n.placement is not None)
    span = f"{format_date(absence.start)} bis {format_date(absence.end)}"
    parents = [p for _, p in guardians(session, child)]
    return [
        _letter(session, child, absence, reader, placed, len(days), span)
        for reader in parents or [None]
    ]


def _letter(session, child, absence, reader, placed: int, days: int, span: str) -> Letter:
    return Letter(
        about=child.name,
        readers=(reader,) if reader else (),
        subject=f"Vertretung für {child.first_name} vom {span}",
        filename=f"vertretung-{child.id}-{absence.start.isoformat()}.pdf",
        render=partial(documents.confirmation, session, child, absence.id, reader),
        paragraphs=texts.paragraphs(
            session,
            KIND,
            {
                "vorname_kind": child.first_name,
                "zeitraum": span,
                "vereinbart": placed,
                "offen": days - placed,
                "betreuungstage": days,
            },
        ),
        extra=partial(_calendar, session, child, absence.id),
    )


def _calendar(session: Session, child: Person, absence_id: int) -> tuple[File, ...]:
    body = documents.calendar_file(session, child, absence_id)
    return (File(f"vertretung-{child.id}.ics", "text/calendar; method=PUBLISH", body),)


def queue(session: Session, start: date, end: date, actor: str) -> Job:
    """Send the confirmations for the period: from now on the families know, so a later
    change reaches them (Need.told_at); the absent childminders hear what is arranged."""
    _told(session, start, end)
    return delivery.queue(
        session,
        JOB,
        f"{JOB}:{start.isoformat()}:{end.isoformat()}",
        title=f"Bestätigungen an die Eltern {format_date(start)} – {format_date(end)}",
        back=f"/substitute_hub/needs?start={start}&end={end}",
        actor=actor,
        start=start.isoformat(),
        end=end.isoformat(),
    )


def _told(session: Session, start: date, end: date) -> None:
    """Mark the period's needs as told and tell each absent childminder once per change;
    the needs with their placements and the children's names in one query each."""
    rows = session.execute(
        select(Need, Absence)
        .join(Absence, Absence.id == Need.absence_id)
        .where(Absence.start <= end, Absence.end >= start)
        .options(selectinload(Need.placement))
        .order_by(Absence.id, Need.child_id, Need.day)
    ).all()
    by_absence: dict[int, tuple[Absence, list[Need]]] = {}
    for need, absence in rows:
        by_absence.setdefault(absence.id, (absence, []))[1].append(need)
    names = dict(
        session.execute(
            select(Person.id, Person.first_name).where(
                Person.id.in_({need.child_id for need, _ in rows})
            )
        ).all()
    )
    now = utcnow()
    for absence, needs in by_absence.values():
        fresh = [n for n in needs if n.told_at is None]
        for need in fresh:
            need.told_at = now
        if fresh:  # told once per change, not again for a second click on "send"
            notices.care_arranged(session, absence, _by_child(needs, names))
    session.flush()


def _by_child(needs: list[Need], names: dict[int, str]) -> list[tuple[str, int, int]]:
    """Per child (first name): care days with a place, of all care days it needs one."""
    counts: dict[int, list[int]] = {}
    for need in needs:  # counted as the parents' letter counts them
        placed, days = counts.setdefault(need.child_id, [0, 0])
        counts[need.child_id] = [placed + (need.placement is not None), days + 1]
    return [(names[child_id], placed, days) for child_id, (placed, days) in counts.items()]


def send(ctx: JobContext) -> str:
    start, end = date.fromisoformat(ctx.payload["start"]), date.fromisoformat(ctx.payload["end"])
    return delivery.run(ctx, KIND, lambda session: confirmations(session, start, end))


JOB_KINDS = [JobKind(JOB, N_("Bestätigungen an die Eltern senden"), send)]
