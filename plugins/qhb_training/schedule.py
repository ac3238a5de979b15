"""Course dates in the office calendar: every lesson of every course, and with a
childminder chosen in the calendar only the courses she is enrolled in."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.format import format_number
from core.i18n import gettext_
from core.kernel.contributions import CalendarEvent
from plugins.qhb_training.models import ENROLLED, Course, Enrolment, Lesson


def calendar_events(
    session: Session, start: date, end: date, childminder_id: int | None
) -> list[CalendarEvent]:
    query = (
        select(Lesson.day, Lesson.ue, Course.id, Course.title)
        .join(Course, Course.id == Lesson.course_id)
        .where(Lesson.day.between(start, end))
        .order_by(Lesson.day, Lesson.starts_at)
    )
    if childminder_id is not None:
        taking = select(Enrolment.course_id).where(
            Enrolment.person_id == childminder_id, Enrolment.status == ENROLLED
        )
        query = query.where(Course.id.in_(taking))
    return [
        CalendarEvent(
            day,
            gettext_("{title} ({ue} UE)").format(title=title, ue=format_number(ue)),
            "course",
            url=f"/qhb_training/courses/{course_id}",
            uid=f"qhb_training.course.{course_id}.{day.isoformat()}",
        )
        for day, ue, course_id, title in session.execute(query)
    ]
