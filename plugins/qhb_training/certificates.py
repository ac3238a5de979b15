"""Certificates as PDFs: a course participation certificate and a curriculum certificate.

Both are tagged PDF/A-2a: the person certified may need a screen reader to read them, and
she shows them for years (to the next agency, for a licence), so they are archival too."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.letters.letterhead import Letterhead
from core.letters.pdf import TAGGED_ARCHIVE, render_pdf
from core.models import Person
from plugins.qhb_training.models import (
    ENROLLED,
    EVIDENCE_KINDS,
    Attendance,
    Completion,
    Course,
    Curriculum,
    Enrolment,
    Evidence,
    Lesson,
)
from plugins.qhb_training.progress import progress_for


def _modules(curriculum: Curriculum, by_module: dict[int | None, Decimal]) -> list[dict]:
    rows = [
        {"title": m.title, "planned": m.ue, "attended": by_module.get(m.id, Decimal("0"))}
        for m in curriculum.modules
    ]
    if by_module.get(None):
        rows.append({"title": "ohne Themenblock", "planned": None, "attended": by_module[None]})
    return rows


def participation(session: Session, course: Course, person: Person, sender: Letterhead) -> bytes:
    """Teilnahmebescheinigung: the UE a person attended in one course, per thematic block,
    and the days from her first to her last attended session."""
    enrolment = session.scalars(
        select(Enrolment).where(Enrolment.course_id == course.id, Enrolment.person_id == person.id)
    ).first()
    if enrolment is None or enrolment.status != ENROLLED:
        raise NotFound(f"{person.name} nimmt an diesem Kurs nicht teil.")
    by_module = dict(
        session.execute(
            select(Lesson.module_id, func.sum(Attendance.ue))
            .join(Lesson, Lesson.id == Attendance.lesson_id)
            .where(Lesson.course_id == course.id, Attendance.person_id == person.id)
            .group_by(Lesson.module_id)
        ).all()
    )
    by_module = {k: Decimal(v or 0) for k, v in by_module.items()}
    attended = sum(by_module.values(), Decimal("0"))
    if not attended:
        raise ValidationError(f"{person.name} hat noch an keinem Termin teilgenommen.")
    planned = sum((ls.ue for ls in course.lessons), Decimal("0"))
    # her attendance, not the course's dates: someone who came once, or whose last session
    # is still ahead, is not certified for sessions she did not attend
    first_day, last_day = session.execute(
        select(func.min(Lesson.day), func.max(Lesson.day))
        .join(Attendance, Attendance.lesson_id == Lesson.id)
        .where(Lesson.course_id == course.id, Attendance.person_id == person.id, Attendance.ue > 0)
    ).one()
    return render_pdf(
        "qhb_training/pdf/participation.html",
        {
            "course": course,
            "person": person,
            "attended": attended,
            "planned": planned,
            "modules": _modules(course.curriculum, by_module),
            "first_day": first_day,
            "last_day": last_day,
            "sender": sender,
            "today": date.today(),
        },
        TAGGED_ARCHIVE,
    )


def completion_certificate(session: Session, completion: Completion, sender: Letterhead) -> bytes:
    """The certificate of a completed curriculum (e.g. QHB Teil 1) with UE per block."""
    if completion.external:
        raise ValidationError(
            "Diese Qualifizierung wurde anderswo erworben; das Zertifikat stellt der dortige "
            "Träger aus."
        )
    person = session.get(Person, completion.person_id)
    p = progress_for(session, person.id, completion.curriculum_id)
    internships = session.scalars(
        select(Evidence)
        .where(Evidence.person_id == person.id, Evidence.curriculum_id == completion.curriculum_id)
        .order_by(Evidence.day)
    ).all()
    return render_pdf(
        "qhb_training/pdf/certificate.html",
        {
            "completion": completion,
            "curriculum": completion.curriculum,
            "person": person,
            "progress": p,
            "modules": _modules(completion.curriculum, p.ue_by_module),
            "evidence": internships,
            "evidence_kinds": EVIDENCE_KINDS,
            "sender": sender,
        },
        TAGGED_ARCHIVE,
    )


def get_completion(session: Session, person: Person, completion_id: int) -> Completion:
    completion = session.get(Completion, completion_id)
    if completion is None or completion.person_id != person.id:
        raise NotFound("Diesen Abschluss gibt es bei dieser Person nicht.")
    return completion
