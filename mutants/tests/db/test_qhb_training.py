"""Qualifizierung services on a real database: curricula, seats, waiting list, attendance."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from core.errors import ValidationError
from core.models import Person
from plugins.qhb_training import (
    attendance,
    courses,
    curricula,
)
from plugins.qhb_training.models import (
    ENROLLED,
    WAITING,
    Attendance,
    Course,
    Curriculum,
    Enrolment,
)
from tests.db.qhb_helpers import (
    new_course,
    people,
)


def test_builtin_curricula_add_up_and_install_once(qhb):
    with qhb.db.transaction("test") as s:
        assert curricula.install_builtin(s) == []  # already there: nothing doubled
        part1 = curricula.by_code(s, "qhb1")
        assert part1.ue == sum(m.ue for m in part1.modules) == 160
        assert (part1.kita_hours, part1.ktpp_hours, part1.lef, part1.unlocks_licence) == (
            40,
            40,
            True,
            True,
        )
        assert curricula.by_code(s, "qhb2").needs_licence


def test_curriculum_file_errors_are_named_and_nothing_is_stored(qhb):
    bad = """
[[curriculum]]
code = "eigen"
name = "Eigener Kurs"
kind = "erfunden"
ue = 20
modules = [{ title = "A", ue = 15 }]
"""
    with pytest.raises(ValidationError) as err:
        curricula.parse(bad, "eigen.toml")
    assert "kind muss eines von" in str(err.value)
    assert "Die Blöcke ergeben 15 UE, das Curriculum verlangt 20 UE." in str(err.value)
    with pytest.raises(ValidationError, match="keine gültige TOML-Datei"):
        curricula.parse("[[curriculum", "kaputt.toml")
    with qhb.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Curriculum)) == 8


def test_own_curriculum_is_added_and_replaced_by_code(qhb):
    text = (
        '[[curriculum]]\ncode = "kinderschutz"\nname = "Kinderschutz"\n'
        'kind = "continuing"\nue = 8\n'
    )
    with qhb.db.transaction("test") as s:
        assert len(curricula.import_records(s, curricula.parse(text, "k.toml"))) == 1
    with qhb.db.transaction("test") as s:
        again = curricula.parse(text.replace("ue = 8", "ue = 12"), "k.toml")
        assert curricula.import_records(s, again) == []
        assert curricula.import_records(s, again, replace=True)[0].ue == 12


def test_full_course_puts_the_next_on_the_waiting_list_and_moves_them_up(qhb, make):
    course_id = new_course(qhb, seats=2)
    a, b, c, d = people(make, 4)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        states = [courses.enrol(s, course, s.get(Person, p.id)).status for p in (a, b, c, d)]
        assert states == [ENROLLED, ENROLLED, WAITING, WAITING]
        with pytest.raises(ValidationError, match="ist schon auf der Warteliste"):
            courses.enrol(s, course, s.get(Person, c.id))
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        moved = courses.withdraw(s, course, a.id)
        assert moved.id == c.id  # first come, first served
        assert courses.withdraw(s, course, d.id) is None  # leaving the waiting list frees nothing
        assert course.seats_taken == 2
        assert {p.id for p in courses.participants(s, course)} == {b.id, c.id}


def test_parallel_enrolments_never_overbook(qhb, make):
    course_id = new_course(qhb, seats=3)
    applicants = people(make, 10)
    barrier = threading.Barrier(len(applicants))
    errors = []

    def sign_up(person_id):
        try:
            barrier.wait()
            with qhb.db.transaction("test") as s:
                courses.enrol(s, s.get(Course, course_id), s.get(Person, person_id))
        except Exception as exc:  # SQLite may refuse a concurrent writer: then nothing is stored
            errors.append(exc)

    threads = [threading.Thread(target=sign_up, args=(p.id,)) for p in applicants]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with qhb.db.read() as s:
        seated = s.scalar(
            select(func.count()).where(
                Enrolment.course_id == course_id, Enrolment.status == ENROLLED
            )
        )
        assert seated == s.get(Course, course_id).seats_taken <= 3
        if qhb.db.engine.dialect.name == "postgresql":
            assert not errors and seated == 3
            assert s.scalar(select(func.count()).select_from(Enrolment)) == 10


def test_attendance_toggle_cycles_and_partial_ue_is_checked(qhb, make):
    course_id = new_course(qhb, lessons=2)
    (p,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        courses.enrol(s, course, s.get(Person, p.id))
        lesson = course.lessons[0]
        seen = []
        for _ in range(4):
            cell = attendance.toggle(s, lesson, p.id)
            seen.append(cell.status if cell else None)
        assert seen == ["present", "absent", "excused", None]
        with pytest.raises(ValidationError) as err:
            attendance.save_lesson_attendance(
                s, lesson, {f"status_{p.id}": "partial", f"ue_{p.id}": "8"}
            )
        assert "bitte „anwesend“ wählen" in str(err.value)
        attendance.save_lesson_attendance(
            s, lesson, {f"status_{p.id}": "partial", f"ue_{p.id}": "5,5"}
        )
        assert s.get(Attendance, (lesson.id, p.id)).ue == Decimal("5.5")


def test_attendance_only_for_participants_and_not_after_closing(qhb, make):
    course_id = new_course(qhb, seats=1, lessons=1)
    a, b = people(make, 2)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        courses.enrol(s, course, s.get(Person, a.id))
        courses.enrol(s, course, s.get(Person, b.id))  # waiting
        with pytest.raises(ValidationError, match="nimmt an dem Kurs nicht teil"):
            attendance.toggle(s, course.lessons[0], b.id)
        attendance.toggle(s, course.lessons[0], a.id)
        courses.close_course(s, course, date(2026, 2, 1))
        with pytest.raises(ValidationError, match="festgeschrieben"):
            attendance.toggle(s, course.lessons[0], a.id)


def test_shortening_a_lesson_below_recorded_attendance_is_refused(qhb, make):
    course_id = new_course(qhb, lessons=1)
    (p,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        courses.enrol(s, course, s.get(Person, p.id))
        lesson = course.lessons[0]
        attendance.save_lesson_attendance(
            s, lesson, {f"status_{p.id}": "partial", f"ue_{p.id}": "6"}
        )
        data = {"day": "2026-01-10", "starts_at": "09:00", "ends_at": "16:00", "ue": "4"}
        with pytest.raises(ValidationError, match="Schon 6 UE Anwesenheit erfasst"):
            courses.save_lesson(s, course, data, lesson)
        data["ue"] = "7"  # a longer lesson: full attendance follows it
        attendance.toggle(s, lesson, p.id)  # partial -> absent
        attendance.toggle(s, lesson, p.id)  # -> excused
        attendance.toggle(s, lesson, p.id)  # -> none
        attendance.toggle(s, lesson, p.id)  # -> present (8 UE)
        courses.save_lesson(s, course, data, lesson)
        assert s.get(Attendance, (lesson.id, p.id)).ue == Decimal("7")


def test_attendance_for_a_lesson_still_to_come_is_refused(qhb, make):
    future = date.today() + timedelta(days=7)
    course_id = new_course(qhb, code="fortbildung", lessons=2, ue=4, start=date.today())
    (ada,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        courses.enrol(s, course, s.get(Person, ada.id))
        today_lesson, next_lesson = course.lessons
        assert next_lesson.day == future
        attendance.toggle(s, today_lesson, ada.id)  # today's lesson is held
        with pytest.raises(ValidationError, match="liegt noch in der Zukunft"):
            attendance.toggle(s, next_lesson, ada.id)
        with pytest.raises(ValidationError, match="liegt noch in der Zukunft"):
            attendance.save_lesson_attendance(s, next_lesson, {f"status_{ada.id}": "present"})
    with qhb.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 1
