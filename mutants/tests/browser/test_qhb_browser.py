"""Qualifizierung in a real browser: the attendance grid toggles cell by cell with htmx."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from playwright.sync_api import expect
from sqlalchemy import select

from core.models import Person
from plugins.qhb_training import courses, curricula
from plugins.qhb_training.models import Attendance, Course, Lesson
from tests.browser.conftest import SCREENSHOTS, logged_in_page

# htmx marks elements while a request, swap or settle is under way. Waited for with a
# locator: a polled JavaScript predicate is evaluated as a string, which the pages' CSP
# refuses (no 'unsafe-eval') as soon as it must be asked twice.
BUSY = ".htmx-request, .htmx-swapping, .htmx-settling"


def test_attendance_grid_in_the_browser(browser, live_url, installation, make):
    installation.enable("qhb_training")
    names = ("Aylin Demir", "Julia Brandt")
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)
        course = Course(
            curriculum_id=curricula.by_code(s, "qhb1").id,
            title="Grundkurs 2026",
            starts_on=date(2026, 1, 10),
            ends_on=date(2026, 6, 27),
            max_participants=12,
        )
        s.add(course)
        for n in range(3):
            course.lessons.append(
                Lesson(
                    day=date(2026, 1, 10) + timedelta(weeks=n),
                    starts_at=time(9),
                    ends_at=time(15, 30),
                    ue=Decimal(8),
                )
            )
        s.flush()
        course_id = course.id
    for name in names:
        first, last = name.split()
        person = make.person("applicant", first_name=first, last_name=last)
        with installation.db.transaction("test") as s:
            courses.enrol(s, s.get(Course, course_id), s.get(Person, person.id))

    page = logged_in_page(browser, live_url)
    page.goto(f"{live_url}/qhb_training/courses/{course_id}")
    page.get_by_role("link", name="Anwesenheit", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Anwesenheit")
    page.wait_for_load_state()  # htmx takes over the cell forms once the page has loaded
    page.evaluate("window.marker = 'same page'")  # survives only if htmx swaps cells in place
    for day in ("10.01.2026", "17.01.2026", "24.01.2026"):
        page.get_by_role("button", name=f"Aylin Demir, {day}: nicht erfasst – ändern").click()
        expect(
            page.get_by_role("button", name=f"Aylin Demir, {day}: anwesend – ändern")
        ).to_be_visible()
    cell = page.get_by_role("button", name="Julia Brandt, 10.01.2026: nicht erfasst – ändern")
    cell.focus()
    page.keyboard.press("Enter")  # the grid works from the keyboard
    expect(
        page.get_by_role("button", name="Julia Brandt, 10.01.2026: anwesend – ändern")
    ).to_be_focused()
    expect(page.locator(BUSY)).to_have_count(0)  # the new cell is htmx's before the next key
    page.keyboard.press("Enter")
    expect(
        page.get_by_role("button", name="Julia Brandt, 10.01.2026: abwesend – ändern")
    ).to_be_visible()
    person_ids = {}
    with installation.db.read() as s:
        for p in s.scalars(select(Person)):
            person_ids[p.name] = p.id
    expect(page.locator(f"#t-{person_ids['Aylin Demir']}")).to_have_text("24")
    expect(page.locator(f"#t-{person_ids['Julia Brandt']}")).to_have_text("0")
    assert page.evaluate("window.marker") == "same page"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "qhb-attendance.png"), full_page=True)

    page.reload()
    expect(
        page.get_by_role("button", name="Aylin Demir, 24.01.2026: anwesend – ändern")
    ).to_be_visible()
    with installation.db.read() as s:
        assert s.query(Attendance).filter(Attendance.status == "present").count() == 3
