"""Qualifizierung screens: course form, enrolment, attendance grid with and without htmx,
person tab forms, exports, curricula upload and who may see what."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from core.models import Person
from plugins.qhb_training import curricula
from plugins.qhb_training.models import Attendance, Course, Credential, Curriculum, Lesson
from tests.conftest import login


@pytest.fixture
def coordinator(staff, installation):
    installation.enable("qhb_training")
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)
        staff.part1 = curricula.by_code(s, "qhb1").id
    return staff


def new_course(client, part1, **fields):
    data = {
        "curriculum_id": str(part1),
        "title": "Grundkurs 2026",
        "starts_on": "2026-01-10",
        "ends_on": "2026-06-27",
        "min_participants": "1",
        "max_participants": "12",
    }
    data.update(fields)
    return client.post("/qhb_training/courses/new", data=data, follow_redirects=True)


def course_id(installation) -> int:
    with installation.db.read() as s:
        return s.scalars(select(Course.id)).one()


def test_course_form_names_every_error_and_keeps_the_input(coordinator, installation):
    page = new_course(coordinator, coordinator.part1, ends_on="2025-12-31", max_participants="x")
    assert page.status_code == 422
    assert "Ende: liegt vor dem Beginn." in page.text
    assert "Höchstens: &#39;x&#39; ist keine ganze Zahl." in page.text
    assert 'value="Grundkurs 2026"' in page.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Course)) == 0
    page = new_course(coordinator, coordinator.part1)
    assert "Kurs „Grundkurs 2026“ angelegt." in page.text


def one_lesson_one_participant(coordinator, installation, day: str, **course):
    """A course with one lesson on `day` and Aylin Demir enrolled: (course id, lesson, her)."""
    new_course(coordinator, coordinator.part1, **course)
    cid = course_id(installation)
    coordinator.post(
        f"/qhb_training/courses/{cid}/lessons/new",
        data={"day": day, "starts_at": "09:00", "ends_at": "15:30", "ue": "8"},
    )
    coordinator.post(
        f"/qhb_training/courses/{cid}/applicant",
        data={"first_name": "Aylin", "last_name": "Demir"},
    )
    with installation.db.read() as s:
        lesson = s.scalars(select(Lesson)).one()
        person = s.scalars(select(Person).where(Person.last_name == "Demir")).one()
    return cid, lesson, person


def test_attendance_grid_toggles_with_htmx_and_without(coordinator, installation):
    cid, lesson, person = one_lesson_one_participant(coordinator, installation, "2026-01-10")
    url = f"/qhb_training/courses/{cid}/attendance/{lesson.id}/{person.id}"
    grid = coordinator.get(f"/qhb_training/courses/{cid}/attendance")
    assert f'id="c-{lesson.id}-{person.id}"' in grid.text and "nicht erfasst – ändern" in grid.text
    cell = coordinator.post(url, headers={"HX-Request": "true"})
    assert cell.status_code == 200
    assert "Aylin Demir, 10.01.2026: anwesend – ändern" in cell.text
    assert f'id="t-{person.id}" class="num" hx-swap-oob="true">8<' in cell.text  # the row total
    plain = coordinator.post(url, follow_redirects=False)  # without JavaScript: back to the grid
    assert plain.status_code == 303 and plain.headers["location"].endswith(f"#p{person.id}")
    with installation.db.read() as s:
        assert s.get(Attendance, (lesson.id, person.id)).status == "absent"


def test_a_lesson_still_to_come_takes_no_click_and_a_forced_one_answers_in_its_cell(
    coordinator, installation
):
    cid, lesson, person = one_lesson_one_participant(
        coordinator, installation, "2099-01-10", ends_on="2099-06-27"
    )
    url = f"/qhb_training/courses/{cid}/attendance/{lesson.id}/{person.id}"
    grid = coordinator.get(f"/qhb_training/courses/{cid}/attendance").text
    assert f'action="{url}"' not in grid and "noch nicht" in grid
    cell = coordinator.post(url, headers={"HX-Request": "true"})  # an old page, say
    assert cell.status_code == 422
    assert cell.text.startswith(f'<td id="c-{lesson.id}-{person.id}"')  # the cell, no page
    assert "liegt noch in der Zukunft" in cell.text and "<html" not in cell.text
    with installation.db.read() as s:
        assert s.get(Attendance, (lesson.id, person.id)) is None


def test_lesson_attendance_rejects_too_many_ue_and_saves_nothing(coordinator, installation):
    new_course(coordinator, coordinator.part1)
    cid = course_id(installation)
    coordinator.post(
        f"/qhb_training/courses/{cid}/lessons/new",
        data={"day": "2026-01-10", "starts_at": "09:00", "ends_at": "12:00", "ue": "4"},
    )
    for first in ("Aylin", "Julia"):
        coordinator.post(
            f"/qhb_training/courses/{cid}/applicant", data={"first_name": first, "last_name": "X"}
        )
    with installation.db.read() as s:
        lesson = s.scalars(select(Lesson)).one()
        a, b = s.scalars(select(Person.id).order_by(Person.id)).all()
    url = f"/qhb_training/courses/{cid}/lessons/{lesson.id}/attendance"
    page = coordinator.post(
        url,
        data={f"status_{a}": "present", f"status_{b}": "partial", f"ue_{b}": "5"},
    )
    assert page.status_code == 422
    assert "Julia X: höchstens 4 UE – so lang war der Termin." in page.text
    assert f'aria-describedby="e-ue_{b}"' in page.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0
    page = coordinator.post(
        url,
        data={f"status_{a}": "present", f"status_{b}": "partial", f"ue_{b}": "2,5"},
        follow_redirects=True,
    )
    assert "Anwesenheit gespeichert." in page.text and "2,5/4" in page.text


def test_lesson_outside_the_course_is_refused(coordinator, installation):
    new_course(coordinator, coordinator.part1)
    cid = course_id(installation)
    page = coordinator.post(
        f"/qhb_training/courses/{cid}/lessons/new",
        data={"day": "2026-07-04", "starts_at": "09:00", "ends_at": "10:00", "ue": "2,5"},
    )
    assert page.status_code == 422
    assert "Datum: liegt außerhalb des Kurses (10.01.2026 bis 27.06.2026)." in page.text
    assert "UE: 2,5 UE brauchen 112 Minuten, der Termin dauert 60." in page.text


def test_withdrawing_and_deleting_ask_first(coordinator, installation):
    new_course(coordinator, coordinator.part1)
    cid = course_id(installation)
    coordinator.post(
        f"/qhb_training/courses/{cid}/lessons/new",
        data={"day": "2026-01-10", "starts_at": "09:00", "ends_at": "15:30", "ue": "8"},
    )
    with installation.db.read() as s:
        lesson = s.scalars(select(Lesson.id)).one()
    page = coordinator.get(f"/qhb_training/courses/{cid}/lessons/{lesson}/delete")
    assert "Termin am 10.01.2026 löschen?" in page.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Lesson)) == 1
    page = coordinator.post(
        f"/qhb_training/courses/{cid}/lessons/{lesson}/delete", follow_redirects=True
    )
    assert "Termin gelöscht." in page.text


def test_person_tab_forms_report_errors_in_their_own_form(coordinator, installation, make):
    cm = make.childminder(first_name="Petra", last_name="Kamp")
    page = coordinator.post(
        f"/qhb_training/person/{cm.id}/credential",
        data={"kind": "first_aid", "taken_on": "31.02.2026", "proof": ""},
    )
    assert page.status_code == 422
    assert "Absolviert am: &#39;31.02.2026&#39; ist kein gültiges Datum" in page.text
    assert 'id="f-cr-taken_on"' in page.text and 'aria-describedby="e-cr-taken_on"' in page.text
    assert 'value="31.02.2026"' in page.text  # nothing typed is lost
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Credential)) == 0
    page = coordinator.post(
        f"/qhb_training/person/{cm.id}/credential",
        data={"kind": "first_aid", "taken_on": "15.01.2025", "proof": "DRK"},
        follow_redirects=True,
    )
    assert "Erste Hilfe am Kind eingetragen, gültig bis 15.01.2027." in page.text


def test_reports_export_and_curricula_upload(coordinator, installation):
    page = coordinator.get(f"/qhb_training/reports?year={date.today().year}")
    assert page.status_code == 200 and "Jahresbericht Qualifizierung" in page.text
    csv = coordinator.get("/qhb_training/reports/2026.csv")
    assert csv.headers["content-disposition"] == 'attachment; filename="qualifizierung-2026.csv"'
    assert csv.content.decode("utf-8-sig").startswith("Jahr;Art;Curriculum")
    xlsx = coordinator.get("/qhb_training/reports/2026.xlsx")
    assert load_workbook(io.BytesIO(xlsx.content)).active["A1"].value == "Jahr"
    assert coordinator.get("/qhb_training/reports/2026.pdf").status_code == 404
    bad = coordinator.post(
        "/qhb_training/curricula/import",
        files={"file": ("eigen.toml", b"[[curriculum]]\ncode = 'x'\n", "text/plain")},
    )
    assert bad.status_code == 422 and "code und name sind Pflicht" in bad.text
    good = coordinator.post(
        "/qhb_training/curricula/import",
        files={
            "file": (
                "eigen.toml",
                b"[[curriculum]]\ncode = 'kinderschutz'\nname = 'Kinderschutz'\n"
                b"kind = 'continuing'\nue = 8\ncontinuing = true\n",
                "text/plain",
            )
        },
        follow_redirects=True,
    )
    assert "1 Curricula eingespielt." in good.text
    with installation.db.read() as s:
        assert s.scalar(select(Curriculum.ue).where(Curriculum.code == "kinderschutz")) == 8


def test_finance_sees_no_training_screens_and_viewers_cannot_edit(client, installation):
    installation.enable("qhb_training")
    login(client, installation, "finance")
    assert client.get("/qhb_training/courses").status_code == 403
    assert "Qualifizierung: Fristen" not in client.get("/").text


def test_dashboard_widget_counts_dues(coordinator, make):
    make.childminder(first_name="Petra", last_name="Kamp")  # no first-aid proof at all
    page = coordinator.get("/")
    assert "Qualifizierung: Fristen" in page.text
    assert "<strong>1</strong> Nachweise oder Fristen überfällig" in page.text
