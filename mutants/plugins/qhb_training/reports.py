"""Yearly figures agencies report: courses completed by type, participants, UE delivered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from core import tables
from core.i18n import N_
from plugins.qhb_training.models import (
    CURRICULUM_KINDS,
    ENROLLED,
    Attendance,
    Completion,
    Course,
    Curriculum,
    Enrolment,
    Lesson,
)

COLUMNS = (
    N_("Jahr"),
    "Art",
    "Curriculum",
    "abgeschlossene Kurse",
    "Teilnehmende",
    "geleistete UE (Summe aller Teilnehmenden)",
    "Zertifikate",
)


@dataclass(frozen=True)
class ReportRow:
    kind: str
    curriculum: str
    courses: int
    participants: int
    ue_delivered: Decimal
    certificates: int


def yearly(session: Session, year: int) -> list[ReportRow]:
    """Per curriculum: courses closed in the year, their participants and attended UE,
    and the certificates issued here in the year."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    closed = and_(Course.closed_on >= start, Course.closed_on <= end)
    courses = dict(
        session.execute(
            select(Course.curriculum_id, func.count(Course.id))
            .where(closed)
            .group_by(Course.curriculum_id)
        ).all()
    )
    people = dict(
        session.execute(
            select(Course.curriculum_id, func.count(Enrolment.id))
            .join(Enrolment, Enrolment.course_id == Course.id)
            .where(closed, Enrolment.status == ENROLLED)
            .group_by(Course.curriculum_id)
        ).all()
    )
    ue = dict(
        session.execute(
            select(Course.curriculum_id, func.sum(Attendance.ue))
            .join(Lesson, Lesson.course_id == Course.id)
            .join(Attendance, Attendance.lesson_id == Lesson.id)
            .where(closed)
            .group_by(Course.curriculum_id)
        ).all()
    )
    certificates = dict(
        session.execute(
            select(Completion.curriculum_id, func.count(Completion.id))
            .where(Completion.completed_on.between(start, end), ~Completion.external)
            .group_by(Completion.curriculum_id)
        ).all()
    )
    ids = set(courses) | set(certificates)
    rows = [
        ReportRow(
            kind=CURRICULUM_KINDS.get(c.kind, c.kind),
            curriculum=c.name,
            courses=courses.get(c.id, 0),
            participants=people.get(c.id, 0),
            ue_delivered=Decimal(ue.get(c.id) or 0),
            certificates=certificates.get(c.id, 0),
        )
        for c in session.scalars(select(Curriculum).where(Curriculum.id.in_(ids)))
    ]
    return sorted(rows, key=lambda r: (r.kind, r.curriculum))


def _table(year: int, rows: list[ReportRow]):
    for r in rows:
        ue = int(r.ue_delivered) if r.ue_delivered == int(r.ue_delivered) else r.ue_delivered
        yield (year, r.kind, r.curriculum, r.courses, r.participants, ue, r.certificates)


def to_csv(year: int, rows: list[ReportRow]) -> bytes:
    return tables.to_csv(COLUMNS, _table(year, rows))


def to_xlsx(year: int, rows: list[ReportRow]) -> bytes:
    return tables.to_xlsx(f"Qualifizierung {year}", COLUMNS, _table(year, rows))
