"""Her qualification in the childminders' portal: how far she is (x of 300 UE, per part),
her certificates, what comes due, and the courses she may sign up for or leave. Every
read starts from her person; she enrols herself only where no exception is needed (an
exception is the office's decision) and leaves only before a course begins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.files import submissions
from core.i18n import gettext_
from core.kernel.contributions import PortalTask
from core.models import Person
from plugins.qhb_training import admission, courses, credentials, progress, recognitions
from plugins.qhb_training.models import WAITING, WITHDRAWN, Course, Enrolment

URL = "/qhb_training/portal/"
FULL_UE = 300  # the QHB: 160 UE before the first licence, 140 while working


@dataclass(frozen=True)
class Offer:
    """A course she can sign up for, as she sees it."""

    course: Course
    free: int  # seats free
    waiting: int  # people on the waiting list
    mine: str | None  # her enrolment's status, if any


def overview(session: Session, person: Person, today: date) -> dict:
    rules = credentials.Rules.of(session)
    level = progress.level_of(session, person.id, today)
    return {
        "ue": min(level.ue, FULL_UE) if level else 0,
        "full_ue": FULL_UE,
        "level": level,
        "parts": progress.progress(session, person.id),
        "dues": credentials.dues(session, rules, today, person.id),
        "credentials": credentials.credentials_of(session, person.id),
        "enrolments": [
            e for e in progress.enrolments_of(session, person.id) if e.status != WITHDRAWN
        ],
    }


def offers(session: Session, person: Person, today: date) -> list[Offer]:
    """Courses not yet begun and not closed, soonest first, with free seats and hers."""
    counts = (
        select(
            Enrolment.course_id,
            func.sum(case((Enrolment.status == WAITING, 1), else_=0)).label("waiting"),
        )
        .group_by(Enrolment.course_id)
        .subquery()
    )
    mine = (
        select(Enrolment.course_id, Enrolment.status)
        .where(Enrolment.person_id == person.id)
        .subquery()
    )
    rows = session.execute(
        select(Course, func.coalesce(counts.c.waiting, 0), mine.c.status)
        .outerjoin(counts, counts.c.course_id == Course.id)
        .outerjoin(mine, mine.c.course_id == Course.id)
        .where(Course.starts_on > today, Course.closed_on.is_(None))
        .order_by(Course.starts_on, Course.title)
    )
    return [
        Offer(course, course.max_participants - course.seats_taken, waiting, status)
        for course, waiting, status in rows
    ]


def open_course(session: Session, course_id: int, today: date) -> Course:
    """A course she may still sign up for or leave: not begun, not closed."""
    course = courses.get_course(session, course_id)
    if course.closed_on is not None or course.starts_on <= today:
        raise ValidationError(
            gettext_("Der Kurs hat schon begonnen; Änderungen bitte über das Büro.")
        )
    return course


def enrol(session: Session, person: Person, course_id: int, today: date) -> Enrolment:
    course = open_course(session, course_id, today)
    if admission.exception_needed(session, course, person, today):
        raise ValidationError(
            gettext_(
                "{course} setzt einen abgeschlossenen ersten Teil voraus; eine Ausnahme "
                "entscheidet das Büro. Bitte melden Sie sich dort."
            ).format(course=course.curriculum.name)
        )
    return courses.enrol(session, course, person)


def withdraw(session: Session, person: Person, course_id: int, today: date) -> None:
    course = open_course(session, course_id, today)
    courses.withdraw(session, course, person.id)


def tasks(session: Session, person: Person, today: date) -> list[PortalTask]:
    """Her dues (first aid, licence, Fortbildung, Part 2) and certificates rejected."""
    found = [
        PortalTask(f"{due.what}: {due.detail}" if due.detail else due.what, URL, due.due_on)
        for due in credentials.dues(session, credentials.Rules.of(session), today, person.id)
    ]
    latest = {}  # newest first: a rejection counts until she hands in the same kind again
    for row in recognitions.recognitions_of(session, person.id):
        latest.setdefault(row.kind, row)
    for row in latest.values():
        if row.status == submissions.REJECTED:
            text = gettext_("Bescheinigung abgelehnt: {reason}").format(reason=row.reason)
            found.append(PortalTask(text, f"{URL}certificates"))
    return found
