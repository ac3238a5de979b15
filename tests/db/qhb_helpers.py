"""Builders for the Qualifizierung tests: courses whose lessons may cover every block,
applicants, a completed Part 1, the text of a PDF (the module itself: the `qhb` fixture)."""

from __future__ import annotations

import io
import re
from datetime import date, time, timedelta
from decimal import Decimal

from pypdf import PdfReader

from core.models import Person
from plugins.qhb_training import (
    attendance,
    courses,
    curricula,
    progress,
)
from plugins.qhb_training.models import (
    Course,
    Lesson,
)


def new_course(
    inst, code="qhb1", seats=12, lessons=0, ue=8, start=date(2026, 1, 10), cover_blocks=False
) -> int:
    """A course; with `cover_blocks` its lessons (of at most `ue`) fill every block."""
    with inst.db.transaction("test") as s:
        curriculum = curricula.by_code(s, code)
        plan = curricula.block_plan(curriculum, Decimal(ue)) if cover_blocks else []
        plan = plan or [(None, Decimal(ue))] * lessons
        course = Course(
            curriculum_id=curriculum.id,
            title=f"Kurs {code}",
            starts_on=start,
            ends_on=start + timedelta(days=200),
            min_participants=1,
            max_participants=seats,
        )
        s.add(course)
        for n, (module_id, lesson_ue) in enumerate(plan):
            course.lessons.append(
                Lesson(
                    day=start + timedelta(days=7 * n),
                    starts_at=time(9),
                    ends_at=time(16),
                    ue=lesson_ue,
                    module_id=module_id,
                )
            )
        s.flush()
        return course.id


def pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def people(make, n) -> list[Person]:
    return [
        make.person("applicant", first_name=f"Bewerberin{i}", last_name="Test") for i in range(n)
    ]


def through_part1(qhb, make) -> tuple[int, int, int]:
    """One applicant at every lesson of a course covering Part 1, with Part 1 completed:
    (person id, course id, completion id)."""
    course_id = new_course(qhb, cover_blocks=True)
    (p,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        courses.enrol(s, course, s.get(Person, p.id))
        for lesson in course.lessons:
            attendance.toggle(s, lesson, p.id)
        return p.id, course_id, complete_part1(s, p.id).id


def complete_part1(session, person_id, lef_day=date(2026, 6, 27)):
    c = curricula.by_code(session, "qhb1")
    person = session.get(Person, person_id)
    for kind, hours in (("kita", 40), ("ktpp", 40), ("self_study", 100)):
        progress.add_evidence(
            session,
            person,
            {
                "kind": kind,
                "curriculum_id": c.id,
                "day": "2026-03-01",
                "amount": str(hours),
                "proof": "x",
            },
        )
    progress.record_assessment(
        session, person, {"curriculum_id": c.id, "day": lef_day.isoformat(), "result": "passed"}
    )
    return progress.complete(session, person, c, date.today())
