"""Qualifizierung services on a real database: seats, progress, levels, dues, documents."""

from __future__ import annotations

import io
import re
import threading
from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from core.errors import ValidationError
from core.models import Person
from plugins.qhb_training import (
    attendance,
    certificates,
    courses,
    credentials,
    curricula,
    licence,
    progress,
    reports,
)
from plugins.qhb_training.models import (
    ENROLLED,
    PRESENT,
    WAITING,
    Attendance,
    Completion,
    Course,
    Curriculum,
    Enrolment,
    Lesson,
)


@pytest.fixture
def qhb(installation):
    installation.enable("qhb_training")
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)
    return installation


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


def test_completion_needs_every_requirement_and_sets_the_level(qhb, make):
    course_id = new_course(qhb, cover_blocks=True)
    (p,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        courses.enrol(s, course, s.get(Person, p.id))
        for lesson in course.lessons[:-1]:
            attendance.toggle(s, lesson, p.id)
        with pytest.raises(
            ValidationError,
            match="Es fehlen: 4 UE Kursteilnahme; 4 UE im Themenblock „Praxisreflexion und "
            "Lernergebnisfeststellung“; 40 Std. Praktikum Kita",
        ):
            progress.complete(s, s.get(Person, p.id), course.curriculum, date.today())
        assert progress.levels_on(s, date(2026, 7, 1)).get(p.id) is None
        attendance.toggle(s, course.lessons[-1], p.id)
        completion = complete_part1(s, p.id)
        assert completion.completed_on == date(2026, 6, 27)  # the day of the LEF
        assert completion.certificate_no == "QHB1-2026-0001"
        # a level asked before the completion was cached, yet the flush made it current
        assert progress.levels_on(s, date(2026, 7, 1))[p.id].ue == 160
        assert progress.levels_on(s, date(2026, 6, 1)).get(p.id) is None


def test_level_counts_dji_plus_upgrade_as_300_and_fachkraft(qhb, make):
    a, b = people(make, 2)
    with qhb.db.transaction("test") as s:
        for code, day in (("dji160", "2012-05-01"), ("qhb160plus", "2025-06-30")):
            progress.recognise(
                s,
                s.get(Person, a.id),
                {"curriculum_id": curricula.by_code(s, code).id, "day": day, "proof": "Zertifikat"},
            )
        licence.save_profile(
            s, s.get(Person, b.id), {"fachkraft": "on", "profession": "Erzieherin"}
        )
    with qhb.db.read() as s:
        levels = progress.levels_on(s, date(2026, 1, 1))
        assert (levels[a.id].ue, levels[a.id].label) == (300, "300 UE")
        assert levels[b.id].fachkraft and levels[b.id].label == "pädagogische Fachkraft"
        assert progress.levels_on(s, date(2020, 1, 1))[a.id].ue == 160
        hook = qhb.kernel().hook  # the batch answer and the single answer agree
        person = s.get(Person, a.id)
        on = date(2026, 1, 1)
        batch = hook.qualification_levels(session=s, on=on)
        assert batch[a.id] == hook.qualification_level(session=s, person=person, on=on)
        progress.forget_levels(s)  # asked alone, without a batch in the session
        assert hook.qualification_level(session=s, person=person, on=on) == batch[a.id]


def test_a_block_short_of_its_ue_keeps_the_certificate_back_though_the_sum_is_met(qhb, make):
    course_id = new_course(qhb, cover_blocks=True)
    (p,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        first, second = course.curriculum.modules[:2]
        moved = next(ls for ls in course.lessons if ls.module_id == first.id)
        moved.module_id = second.id  # 8 UE taught in the wrong block: 160 UE, one block short
        courses.enrol(s, course, s.get(Person, p.id))
        for lesson in course.lessons:
            attendance.toggle(s, lesson, p.id)
        with pytest.raises(ValidationError) as refused:
            complete_part1(s, p.id)
    message = str(refused.value)
    assert f"8 UE im Themenblock „{first.title}“" in message
    assert "UE Kursteilnahme" not in message  # the sum of 160 UE is there


def test_licence_only_after_part1_and_part2_deadline(qhb, make):
    course_id = new_course(qhb, cover_blocks=True)
    (p,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        person = s.get(Person, p.id)
        with pytest.raises(ValidationError, match="erst nach abgeschlossenem Teil 1"):
            licence.grant_licence(s, person, {"granted_on": "2026-07-01"}, licence_years=5)
        course = s.get(Course, course_id)
        courses.enrol(s, course, person)
        for lesson in course.lessons:
            attendance.toggle(s, lesson, p.id)
        complete_part1(s, p.id)
        cm = licence.grant_licence(s, person, {"granted_on": "2026-07-01"}, licence_years=5)
        assert cm.permit_valid_until == date(2031, 7, 1)
        assert licence.part2_deadline(s, p.id, 24) == date(2028, 7, 1)
    rules = credentials.Rules()
    with qhb.db.read() as s:
        assert not [
            d for d in credentials.dues(s, rules, date(2028, 1, 1), p.id) if "Teil 2" in d.what
        ]
        late = [d for d in credentials.dues(s, rules, date(2028, 8, 1), p.id) if "Teil 2" in d.what]
        assert late and late[0].overdue and late[0].due_on == date(2028, 7, 1)


def test_first_aid_states_and_yearly_minimum(qhb, make):
    cm = make.childminder(first_name="Petra", last_name="Kamp", permit_valid_until=date(2030, 1, 1))
    rules = credentials.Rules()
    with qhb.db.transaction("test") as s:
        credential = credentials.add_credential(
            s,
            s.get(Person, cm.id),
            {"kind": "first_aid", "taken_on": "2025-01-15", "proof": "DRK"},
            rules,
        )
        assert credential.valid_until == date(2027, 1, 15)

    def detail(on):
        with qhb.db.read() as s:
            found = [d for d in credentials.dues(s, rules, on) if d.what == "Erste Hilfe am Kind"]
        return found[0].detail if found else None

    assert detail(date(2026, 6, 1)) is None
    assert detail(date(2026, 12, 1)) == "läuft ab: Auffrischung buchen"
    assert detail(date(2027, 2, 1)) == "abgelaufen: Auffrischung nötig"
    assert detail(date(2029, 1, 16)).endswith("vollständiger Kurs nötig")
    with qhb.db.read() as s:
        yearly = [
            d for d in credentials.dues(s, rules, date(2026, 11, 1)) if d.what == "Fortbildung 2026"
        ]
        assert yearly[0].detail == "0 von 15 UE"
        assert not [
            d
            for d in credentials.dues(s, rules, date(2026, 6, 1))
            if d.what.startswith("Fortbildung")
        ]


def test_bad_credential_input_changes_nothing(qhb, make):
    cm = make.childminder()
    future = (date.today() + timedelta(days=3)).isoformat()
    with qhb.db.transaction("test") as s:
        with pytest.raises(ValidationError) as err:
            credentials.add_credential(
                s,
                s.get(Person, cm.id),
                {"kind": "first_aid", "taken_on": future},
                credentials.Rules(),
            )
        assert set(err.value.errors) == {"taken_on", "proof"}
        assert credentials.credentials_of(s, cm.id) == []


def test_participation_and_part_certificates_read_back(qhb, make):
    course_id = new_course(qhb, cover_blocks=True)
    (p,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        courses.enrol(s, course, s.get(Person, p.id))
        for lesson in course.lessons:
            attendance.toggle(s, lesson, p.id)
        completion = complete_part1(s, p.id)
    with qhb.db.read() as s:
        course = s.get(Course, course_id)
        person = s.get(Person, p.id)
        pdf = certificates.participation(s, course, person, "Jugendamt Beckum")
        text = pdf_text(pdf)
        assert "Teilnahmebescheinigung" in text and "160 von 160 Unterrichtseinheiten" in text
        assert "Einstieg: Tätigkeit und Rolle in der Kindertagespflege 24" in text
        pdf = certificates.completion_certificate(
            s, s.get(Completion, completion.id), "Jugendamt Beckum"
        )
        text = pdf_text(pdf)
        assert "QHB1-2026-0001" in text and "Lernergebnisfeststellung am 27.06.2026" in text
        assert "Praktikum in einer Kita" in text


def test_yearly_report_counts_closed_courses_and_exports(qhb, make):
    course_id = new_course(qhb, code="fortbildung", lessons=2, ue=4)
    attendees = people(make, 3)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        for p in attendees:
            courses.enrol(s, course, s.get(Person, p.id))
            for lesson in course.lessons:
                attendance.toggle(s, lesson, p.id)
        attendance.toggle(s, course.lessons[1], attendees[2].id)  # absent at the second
        courses.close_course(s, course, date(2026, 3, 1))
        assert (
            s.scalar(
                select(func.count()).select_from(Attendance).where(Attendance.status == PRESENT)
            )
            == 5
        )
    with qhb.db.read() as s:
        (row,) = reports.yearly(s, 2026)
        assert (row.courses, row.participants, row.ue_delivered) == (1, 3, Decimal("20"))
        assert reports.yearly(s, 2025) == []
        csv = reports.to_csv(2026, [row]).decode("utf-8-sig")
        assert "2026;Fortbildung;Fortbildung;1;3;20;0" in csv
        book = load_workbook(io.BytesIO(reports.to_xlsx(2026, [row])))
        assert book.active["E2"].value == 3
    # a curriculum someone named like a formula stays text in both exports
    hostile = reports.ReportRow("Fortbildung", "@SUM(1+1)*cmd|' /C calc'!A0", 1, 3, Decimal(20), 0)
    assert ";'@SUM(1+1)*cmd|' /C calc'!A0;" in reports.to_csv(2026, [hostile]).decode("utf-8-sig")
    cell = load_workbook(io.BytesIO(reports.to_xlsx(2026, [hostile]))).active["C2"]
    assert cell.data_type == "s" and cell.quotePrefix


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


def test_part2_before_part1_is_refused_unless_a_reason_is_given(qhb, make):
    part1 = new_course(qhb, cover_blocks=True)
    part2 = new_course(qhb, code="qhb2", start=date(2026, 9, 5))
    (p,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        person = s.get(Person, p.id)
        courses.enrol(s, s.get(Course, part1), person)
        for lesson in s.get(Course, part1).lessons[:10]:  # halfway through Teil 1
            attendance.toggle(s, lesson, p.id)
        with pytest.raises(ValidationError) as refused:
            courses.enrol(s, s.get(Course, part2), person)
        assert set(refused.value.errors) == {"exception_reason"}
        message = refused.value.errors["exception_reason"]
        assert "hat den ersten Teil noch nicht abgeschlossen" in message
        assert "fehlen noch: 80 UE Kursteilnahme;" in message
        assert "eine Ausnahme braucht eine Begründung" in message
        enrolment = courses.enrol(
            s, s.get(Course, part2), person, "  LEF von Teil 1 am 12.09., Zusage der Leitung  "
        )
        assert enrolment.exception_reason == "LEF von Teil 1 am 12.09., Zusage der Leitung"
    with qhb.db.read() as s:
        reasons = s.scalars(select(Enrolment.exception_reason).order_by(Enrolment.id)).all()
        assert reasons == ["", "LEF von Teil 1 am 12.09., Zusage der Leitung"]
