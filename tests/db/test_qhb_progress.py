"""Qualifizierung on a real database: completion per block, levels, licence and Part 2,
credentials and dues, certificates and the yearly report."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
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
    PRESENT,
    Attendance,
    Completion,
    Course,
    Enrolment,
)
from tests.db.qhb_helpers import (
    complete_part1,
    new_course,
    pdf_text,
    people,
    through_part1,
)


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


def test_hook_qualification_level_counts_dji_plus_upgrade_as_300_and_fachkraft(qhb, make):
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
    person_id, course_id, completion_id = through_part1(qhb, make)
    with qhb.db.read() as s:
        course = s.get(Course, course_id)
        person = s.get(Person, person_id)
        pdf = certificates.participation(s, course, person, "Jugendamt Beckum")
        text = pdf_text(pdf)
        assert "Teilnahmebescheinigung" in text and "160 von 160 Unterrichtseinheiten" in text
        assert "Einstieg: Tätigkeit und Rolle in der Kindertagespflege 24" in text
        pdf = certificates.completion_certificate(
            s, s.get(Completion, completion_id), "Jugendamt Beckum"
        )
        text = pdf_text(pdf)
        assert "QHB1-2026-0001" in text and "Lernergebnisfeststellung am 27.06.2026" in text
        assert "Praktikum in einer Kita" in text


def test_the_participation_certificate_states_her_attendance_not_the_course_dates(qhb, make):
    """One session attended of three, the others ahead or missed: the certificate names
    that day, not the course's first to last session."""
    course_id = new_course(qhb, lessons=3)  # 10.01., 17.01., 24.01.2026
    (p,) = people(make, 1)
    with qhb.db.transaction("test") as s:
        course = s.get(Course, course_id)
        courses.enrol(s, course, s.get(Person, p.id))
        attendance.toggle(s, course.lessons[1], p.id)  # present on 17.01. only
    with qhb.db.read() as s:
        text = pdf_text(
            certificates.participation(s, s.get(Course, course_id), s.get(Person, p.id), "JA")
        )
    assert "hat am 17.01.2026 am Kurs" in text and "10.01.2026" not in text
    assert "8 von 24 Unterrichtseinheiten" in text
    with qhb.db.transaction("test") as s:
        attendance.toggle(s, s.get(Course, course_id).lessons[2], p.id)
    with qhb.db.read() as s:
        text = pdf_text(
            certificates.participation(s, s.get(Course, course_id), s.get(Person, p.id), "JA")
        )
    assert "hat vom 17.01.2026 bis 24.01.2026 am Kurs" in text


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
