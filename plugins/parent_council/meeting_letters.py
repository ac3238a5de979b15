"""A council meeting's invitation (with the calendar entry) and its minutes to every
member, by e-mail or by post, sent as a letters job. One PDF serves all members."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache, partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db import utcnow
from core.format import format_date
from core.i18n import N_, gettext_
from core.ical import Entry, calendar, installation_key, sequence_at
from core.jobs.queue import JobContext, JobKind
from core.letters import delivery, texts
from core.letters.delivery import Letter
from core.letters.letterhead import Letterhead
from core.letters.texts import TextKind
from core.messages.outbox import File
from core.models import Job, Person
from plugins.parent_council import documents
from plugins.parent_council.council import get_meeting
from plugins.parent_council.models import Meeting

JOB = "parent_council.letters"
INVITATION, MINUTES = "einladung", "protokoll"
WHAT = {
    INVITATION: N_("Einladung an den Elternbeirat"),
    MINUTES: N_("Protokoll an den Elternbeirat"),
}
FIELDS = {
    "gremium": N_("Name des Elternbeirats"),
    "termin": N_("Tag und Uhrzeit, z. B. 14.12.2026, 19:30 Uhr"),
    "ort": N_("Ort der Sitzung (kann leer sein)"),
}
SAMPLE = {"gremium": "Elternbeirat 2026/27", "termin": "14.12.2026, 19:30 Uhr", "ort": "Rathaus"}
TEXTS = {
    INVITATION: TextKind(
        "parent_council.meeting_einladung",
        N_("Elternbeirat: Einladung zur Sitzung – E-Mail"),
        "hiermit laden wir Sie zur Sitzung des {{ gremium }} am {{ termin }}"
        "{% if ort %} ({{ ort }}){% endif %} ein.\n\n"
        "Die Tagesordnung steht in der Einladung im Anhang; der Termin liegt als "
        "Kalenderdatei bei.",
        "Wenn Sie nicht kommen können, sagen Sie bitte ab.",
        fields=FIELDS,
        sample=SAMPLE,
    ),
    MINUTES: TextKind(
        "parent_council.meeting_protokoll",
        N_("Elternbeirat: Protokoll der Sitzung – E-Mail"),
        "im Anhang finden Sie das Protokoll der Sitzung des {{ gremium }} vom {{ termin }}.",
        fields=FIELDS,
        sample=SAMPLE,
    ),
}
MEETING_LENGTH = timedelta(hours=2)  # for the calendar entry; the invitation names no end


def meeting_letters(session: Session, meeting: Meeting, what: str) -> list[Letter]:
    if what not in WHAT:
        raise delivery.unknown_kind()
    council, minutes = meeting.council, what == MINUTES
    pdf = cache(partial(documents.meeting, meeting, Letterhead.of(session), minutes=minutes))
    when = f"{format_date(meeting.day)}, {meeting.starts_at:%H:%M} Uhr"
    if minutes:
        subject = f"Protokoll der Sitzung vom {format_date(meeting.day)}"
    else:
        subject = f"Einladung: Sitzung des {council.name} am {when}"
    words = texts.paragraphs(
        session,
        TEXTS[what].kind,
        {"gremium": council.name, "termin": when, "ort": meeting.place},
    )
    ids = [m.person_id for m in council.members]
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
    return [
        Letter(
            about=member.name,
            readers=(people[member.person_id],),
            subject=subject,
            filename=f"{what}-sitzung-{meeting.id}.pdf",
            render=pdf,
            paragraphs=words,
            extra=tuple if minutes else partial(_calendar, session, meeting),
        )
        for member in council.members
    ]


def _calendar(session: Session, meeting: Meeting) -> tuple[File, ...]:
    end = (datetime.combine(meeting.day, meeting.starts_at) + MEETING_LENGTH).time()
    entry = Entry(
        f"parent_council.meeting.{meeting.id}",
        meeting.day,
        f"Sitzung {meeting.council.name}",
        start=meeting.starts_at,
        end=end,
        location=meeting.place,
        sequence=sequence_at(utcnow()),
    )
    body = calendar([entry], meeting.council.name, installation_key(session))
    return (File(f"sitzung-{meeting.id}.ics", "text/calendar; method=PUBLISH", body),)


def queue(session: Session, meeting: Meeting, what: str, actor: str) -> Job:
    return delivery.queue(
        session,
        JOB,
        f"{JOB}:{meeting.id}:{what}",
        title=f"{gettext_(WHAT[what])}: {format_date(meeting.day)}",
        back=f"/parent_council/meetings/{meeting.id}",
        actor=actor,
        meeting_id=meeting.id,
        what=what,
    )


def send(ctx: JobContext) -> str:
    meeting_id, what = int(ctx.payload["meeting_id"]), ctx.payload["what"]
    return delivery.run(
        ctx,
        f"parent_council.meeting_{what}",
        lambda s: meeting_letters(s, get_meeting(s, meeting_id), what),
    )


JOB_KINDS = [JobKind(JOB, N_("Schreiben an den Elternbeirat senden"), send)]
