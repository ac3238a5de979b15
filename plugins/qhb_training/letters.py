"""Course letters both ways: the invitation to everyone enrolled (the dates as PDF and as
calendar file) and, once attended, the participation certificate. Sent as a letters job,
like every batch of letters."""

from __future__ import annotations

from datetime import date
from functools import partial

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
from core.letters.pdf import render_pdf
from core.letters.texts import TextKind
from core.messages.outbox import File
from core.models import Job, Person
from core.salutation import address_window, salutation
from plugins.qhb_training import certificates
from plugins.qhb_training.models import ENROLLED, Attendance, Course, Enrolment, Lesson

JOB = "qhb_training.letters"
INVITATION, CERTIFICATE = "invitation", "certificate"
WHAT = {INVITATION: N_("Einladungen zum Kurs"), CERTIFICATE: N_("Teilnahmebescheinigungen")}
INVITATION_TEXT = TextKind(
    "qhb_training.invitation",
    N_("Qualifizierung: Einladung zum Kurs – E-Mail"),
    "Sie sind für den Kurs „{{ kurs }}“ vom {{ zeitraum }} angemeldet.\n\n"
    "Im Anhang finden Sie die Einladung mit allen {{ termine }} Terminen und die Termine "
    "als Kalenderdatei.",
    "Wenn Sie an einem Termin nicht teilnehmen können, sagen Sie bitte vorher ab.",
    fields={
        "kurs": N_("Titel des Kurses"),
        "zeitraum": N_("Beginn bis Ende, z. B. 10.01.2026 bis 27.06.2026"),
        "termine": N_("Zahl der Termine"),
    },
    sample={
        "kurs": "Grundqualifizierung 2026",
        "zeitraum": "10.01.2026 bis 27.06.2026",
        "termine": 12,
    },
)
INVITATION_LETTER_TEXT = TextKind(
    "qhb_training.invitation_letter",
    N_("Qualifizierung: Einladung zum Kurs – Brief"),
    "Sie sind für den Kurs „{{ kurs }}“ ({{ lehrgang }}){% if traeger %} bei {{ traeger }}"
    "{% endif %} angemeldet. Wir freuen uns auf Sie. Der Kurs findet an diesen Terminen statt:",
    "Wenn Sie an einem Termin nicht teilnehmen können, sagen Sie bitte vorher ab. Die Termine "
    "gibt es auch als Kalenderdatei.",
    fields={
        "kurs": N_("Titel des Kurses"),
        "lehrgang": N_("Lehrgang, z. B. QHB Teil 1"),
        "traeger": N_("Bildungsträger (kann leer sein)"),
    },
    sample={"kurs": "Grundqualifizierung 2026", "lehrgang": "QHB Teil 1", "traeger": "FBS"},
)
CERTIFICATE_TEXT = TextKind(
    "qhb_training.certificate",
    N_("Qualifizierung: Teilnahmebescheinigung – E-Mail"),
    "im Anhang finden Sie Ihre Teilnahmebescheinigung für den Kurs „{{ kurs }}“.",
    "Bitte bewahren Sie sie als Nachweis Ihrer Qualifizierung auf.",
    fields={"kurs": N_("Titel des Kurses")},
    sample={"kurs": "Grundqualifizierung 2026"},
)


def participants(session: Session, course: Course) -> list[Person]:
    return list(
        session.scalars(
            select(Person)
            .join(Enrolment, Enrolment.person_id == Person.id)
            .where(Enrolment.course_id == course.id, Enrolment.status == ENROLLED)
            .order_by(Person.last_name, Person.first_name, Person.id)
        )
    )


def course_letters(session: Session, course: Course, what: str) -> list[Letter]:
    if what == INVITATION:
        return [_invitation(session, course, p) for p in participants(session, course)]
    if what == CERTIFICATE:
        attended = set(
            session.scalars(
                select(Attendance.person_id)
                .join(Lesson, Lesson.id == Attendance.lesson_id)
                .where(Lesson.course_id == course.id)
            )
        )
        return [
            _certificate(session, course, p)
            for p in participants(session, course)
            if p.id in attended
        ]
    raise delivery.unknown_kind()


def _invitation(session: Session, course: Course, person: Person) -> Letter:
    span = f"{format_date(course.starts_on)} bis {format_date(course.ends_on)}"
    return Letter(
        about=person.name,
        readers=(person,),
        subject=f"Einladung: {course.title} vom {span}",
        filename=f"einladung-kurs-{course.id}.pdf",
        render=partial(invitation, session, course, person),
        paragraphs=texts.paragraphs(
            session,
            INVITATION_TEXT.kind,
            {"kurs": course.title, "zeitraum": span, "termine": len(course.lessons)},
        ),
        extra=partial(_calendar, session, course),
    )


def _certificate(session: Session, course: Course, person: Person) -> Letter:
    lh = Letterhead.of(session)
    return Letter(
        about=person.name,
        readers=(person,),
        subject=f"Teilnahmebescheinigung: {course.title}",
        filename=f"teilnahme-kurs-{course.id}-{person.id}.pdf",
        render=partial(certificates.participation, session, course, person, lh),
        paragraphs=texts.paragraphs(session, CERTIFICATE_TEXT.kind, {"kurs": course.title}),
    )


def invitation(session: Session, course: Course, person: Person) -> bytes:
    return render_pdf(
        "qhb_training/pdf/invitation.html",
        {
            "course": course,
            "person": person,
            "address_lines": address_window(person),
            "greeting": salutation([person]),
            "words": texts.parts(
                session,
                INVITATION_LETTER_TEXT.kind,
                {
                    "kurs": course.title,
                    "lehrgang": course.curriculum.name,
                    "traeger": course.provider,
                },
            ),
            "lh": Letterhead.of(session),
            "today": date.today(),
        },
    )


def _calendar(session: Session, course: Course) -> tuple[File, ...]:
    sequence = sequence_at(utcnow())  # a later file replaces the earlier one's events
    entries = [
        Entry(
            f"qhb_training.lesson.{lesson.id}",
            lesson.day,
            f"{course.title}" + (f": {lesson.topic}" if lesson.topic else ""),
            start=lesson.starts_at,
            end=lesson.ends_at,
            location=lesson.room or course.room,
            sequence=sequence,
            category="Fortbildung",
        )
        for lesson in course.lessons
    ]
    body = calendar(entries, course.title, installation_key(session))
    return (File(f"kurs-{course.id}.ics", "text/calendar; method=PUBLISH", body),)


def queue(session: Session, course: Course, what: str, actor: str) -> Job:
    return delivery.queue(
        session,
        JOB,
        f"{JOB}:{course.id}:{what}",
        title=f"{gettext_(WHAT[what])}: {course.title}",
        back=f"/qhb_training/courses/{course.id}",
        actor=actor,
        course_id=course.id,
        what=what,
    )


def send(ctx: JobContext) -> str:
    course_id, what = int(ctx.payload["course_id"]), ctx.payload["what"]
    return delivery.run(
        ctx, f"qhb_training.{what}", lambda s: course_letters(s, s.get(Course, course_id), what)
    )


JOB_KINDS = [JobKind(JOB, N_("Kursschreiben senden"), send)]
