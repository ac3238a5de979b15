"""Attendance per lesson and participant: the grid, one-click toggles, partial UE."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.format import format_date, format_number
from core.forms import parse_decimal
from core.i18n import gettext_
from plugins.qhb_training.courses import participants
from plugins.qhb_training.models import (
    ABSENT,
    ATTENDANCE_STATES,
    EXCUSED,
    PARTIAL,
    PRESENT,
    Attendance,
    Course,
    Lesson,
)

# One click moves a cell on: nothing recorded → present → absent → excused → nothing.
CYCLE = {None: PRESENT, PRESENT: ABSENT, PARTIAL: ABSENT, ABSENT: EXCUSED, EXCUSED: None}


def grid(session: Session, course: Course) -> dict[tuple[int, int], Attendance]:
    """Every recorded cell of a course, keyed by (lesson id, person id)."""
    rows = session.scalars(
        select(Attendance)
        .join(Lesson, Lesson.id == Attendance.lesson_id)
        .where(Lesson.course_id == course.id)
    )
    return {(a.lesson_id, a.person_id): a for a in rows}


def attended_ue(cells: Mapping[tuple[int, int], Attendance], person_id: int) -> Decimal:
    return sum((a.ue for (_, pid), a in cells.items() if pid == person_id), Decimal("0"))


def _check_participant(session: Session, lesson: Lesson, person_id: int) -> None:
    if person_id not in {p.id for p in participants(session, lesson.course)}:
        raise ValidationError(
            gettext_("Diese Person nimmt an dem Kurs nicht teil (Warteliste oder abgemeldet).")
        )


def _store(
    session: Session, lesson: Lesson, person_id: int, status, ue: Decimal
) -> Attendance | None:
    cell = session.get(Attendance, (lesson.id, person_id))
    if status is None:
        if cell is not None:
            session.delete(cell)
        return None
    if cell is None:
        cell = Attendance(lesson_id=lesson.id, person_id=person_id)
        session.add(cell)
    cell.status, cell.ue = status, ue
    return cell


def _check_held(lesson: Lesson, today: date | None = None) -> None:
    """Attendance is a record of what happened: a lesson still to come has none."""
    if lesson.day > (today or date.today()):
        raise ValidationError(
            gettext_(
                "Der Termin am {day} liegt noch in der Zukunft; die Anwesenheit kann erst "
                "ab diesem Tag eingetragen werden."
            ).format(day=format_date(lesson.day))
        )


def toggle(session: Session, lesson: Lesson, person_id: int) -> Attendance | None:
    """The next state of one cell (see CYCLE); full attendance earns the lesson's UE."""
    if lesson.course.closed_on:
        raise ValidationError(
            gettext_("Der Kurs ist abgeschlossen; die Anwesenheit ist festgeschrieben.")
        )
    _check_participant(session, lesson, person_id)
    _check_held(lesson)
    cell = session.get(Attendance, (lesson.id, person_id))
    status = CYCLE[cell.status if cell else None]
    stored = _store(
        session, lesson, person_id, status, lesson.ue if status == PRESENT else Decimal(0)
    )
    session.flush()
    return stored


def save_lesson_attendance(session: Session, lesson: Lesson, data: Mapping) -> int:
    """All participants of one lesson at once; any bad cell and nothing is saved."""
    if lesson.course.closed_on:
        raise ValidationError(
            gettext_("Der Kurs ist abgeschlossen; die Anwesenheit ist festgeschrieben.")
        )
    _check_held(lesson)
    people = participants(session, lesson.course)
    errors: dict[str, str] = {}
    changes = []
    for person in people:
        raw_status = str(data.get(f"status_{person.id}", "")).strip()
        raw_ue = str(data.get(f"ue_{person.id}", "")).strip()
        if raw_status and raw_status not in ATTENDANCE_STATES:
            errors[f"status_{person.id}"] = f"{person.name}: unbekannter Status."
            continue
        status = raw_status or None
        ue = Decimal("0")
        if status == PRESENT:
            ue = lesson.ue
        elif status == PARTIAL:
            try:
                ue = parse_decimal(raw_ue)
            except ArithmeticError:
                errors[f"ue_{person.id}"] = gettext_("{name}: '{raw_ue}' ist keine Zahl.").format(
                    name=person.name, raw_ue=raw_ue
                )
                continue
            if ue <= 0:
                errors[f"ue_{person.id}"] = gettext_(
                    "{name}: teilweise anwesend braucht UE über 0."
                ).format(name=person.name)
                continue
            if ue >= lesson.ue:
                errors[f"ue_{person.id}"] = (
                    gettext_(
                        "{name}: {ue} UE sind die ganze Dauer des Termins; bitte „anwesend“ wählen."
                    ).format(name=person.name, ue=format_number(ue))
                    if ue == lesson.ue
                    else gettext_("{name}: höchstens {ue} UE – so lang war der Termin.").format(
                        name=person.name, ue=format_number(lesson.ue)
                    )
                )
                continue
        changes.append((person.id, status, ue))
    if errors:
        raise ValidationError(errors)
    for person_id, status, ue in changes:
        _store(session, lesson, person_id, status, ue)
    session.flush()
    return len(changes)


def label(cell: Attendance | None) -> str:
    if cell is None:
        return gettext_("nicht erfasst")
    if cell.status == PARTIAL:
        return gettext_("teilweise ({ue} UE)").format(ue=format_number(cell.ue))
    return gettext_(ATTENDANCE_STATES[cell.status])
