"""Qualifizierung screens: overview, courses, lessons and the attendance grid (a person's tab
is in `person_pages`, due list, curricula and reports in `reports_pages`)."""

from __future__ import annotations

from datetime import date

from core.errors import ValidationError
from core.format import format_date
from core.forms import whole_number
from core.i18n import gettext_
from core.letters.letterhead import Letterhead
from core.services.persons import get_person
from core.web.routing import Req, RouteTable, download
from plugins.qhb_training import (
    attendance,
    certificates,
    courses,
    credentials,
    curricula,
    recognitions,
)
from plugins.qhb_training.models import (
    ATTENDANCE_STATES,
    CURRICULUM_KINDS,
    ENROLLED,
    ENROLMENT_STATES,
    WAITING,
    Course,
)

routes = RouteTable()
VIEW, EDIT = "qhb_training.view", "qhb_training.edit"


def rules(req: Req) -> credentials.Rules:
    return credentials.Rules.of(req.session)


def sender(req: Req) -> Letterhead:
    return Letterhead.of(req.session)


def confirm(req: Req, title: str, text: str, url: str, label: str, back: str):
    return req.render("core/confirm.html", title=title, text=text, url=url, label=label, back=back)


@routes.page("/", permission=VIEW)
def overview(req: Req):
    today = date.today()
    upcoming = [
        row
        for row in courses.course_list(req.session)
        if not row[0].closed_on and row[0].ends_on >= today
    ]
    dues = credentials.dues(req.session, rules(req), today)
    return req.render(
        "qhb_training/index.html",
        today=today,
        upcoming=upcoming,
        dues=dues,
        overdue=sum(d.overdue for d in dues),
        waiting=recognitions.waiting_count(req.session),
    )


# --- courses --------------------------------------------------------------------------


@routes.page("/courses", permission=VIEW)
def course_list(req: Req):
    year = req.query.get("year", "")
    rows = courses.course_list(req.session, whole_number(year))
    return req.render("qhb_training/courses.html", rows=rows, year=year, kinds=CURRICULUM_KINDS)


def _course_form(req: Req, data: dict, course=None, errors=None, status=200):
    return req.render(
        "qhb_training/course_form.html",
        block="form",
        data=data,
        course=course,
        curricula=[(c.id, c.name) for c in curricula.all_curricula(req.session, active_only=True)],
        errors=errors or {},
        status=status,
    )


@routes.page("/courses/new", permission=EDIT, methods=("GET", "POST"))
def course_new(req: Req):
    if req.form is None:
        return _course_form(req, {"min_participants": "6", "max_participants": "12"})
    try:
        course = courses.save_course(req.session, req.form)
    except ValidationError as exc:
        return _course_form(req, dict(req.form), errors=exc.errors, status=422)
    return req.redirect(
        f"/qhb_training/courses/{course.id}",
        gettext_("Kurs „{title}“ angelegt.").format(title=course.title),
    )


@routes.page("/courses/{id:int}/edit", permission=EDIT, methods=("GET", "POST"))
def course_edit(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    if req.form is None:
        return _course_form(req, courses.course_form_data(course), course)
    try:
        courses.save_course(req.session, req.form, course)
    except ValidationError as exc:
        return _course_form(req, dict(req.form), course, exc.errors, 422)
    return req.redirect(f"/qhb_training/courses/{course.id}", gettext_("Kurs gespeichert."))


@routes.page("/courses/{id:int}", permission=VIEW)
def course_detail(req: Req, errors=None, status=200, data=None):
    course = courses.get_course(req.session, req.path_int("id"))
    rows = courses.enrolments(req.session, course)
    return req.render(
        "qhb_training/course.html",
        course=course,
        enrolled=[(e, p) for e, p in rows if e.status == ENROLLED],
        waiting=[(e, p) for e, p in rows if e.status == WAITING],
        states=ENROLMENT_STATES,
        candidates=courses.enrolment_candidates(req.session, course) if req.can(EDIT) else [],
        errors=errors or {},
        data=data or {},
        status=status,
    )


@routes.page("/courses/{id:int}/enrol", permission=EDIT, methods=("POST",))
def course_enrol(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    raw = str(req.form.get("person_id", ""))
    try:
        if whole_number(raw) is None:
            raise ValidationError({"person_id": gettext_("Person: Bitte eine Person wählen.")})
        person = get_person(req.session, whole_number(raw))
        reason = str(req.form.get("exception_reason", ""))
        enrolment = courses.enrol(req.session, course, person, reason)
    except ValidationError as exc:
        return course_detail(req, exc.errors, 422, dict(req.form))
    return req.redirect(
        f"/qhb_training/courses/{course.id}", _enrol_message(req, enrolment, person)
    )


def _enrol_message(req: Req, enrolment, person) -> str:
    if enrolment.status == ENROLLED:
        return gettext_("{name} ist angemeldet.").format(name=person.name)
    position = courses.waiting_position(req.session, enrolment)
    return gettext_(
        "Der Kurs ist voll: {name} steht auf der Warteliste (Platz {position})."
    ).format(name=person.name, position=position)


@routes.page("/courses/{id:int}/applicant", permission=EDIT, methods=("POST",))
def course_applicant(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    try:
        person = courses.new_applicant(req.session, req.form)
        reason = str(req.form.get("exception_reason", ""))
        enrolment = courses.enrol(req.session, course, person, reason)
    except ValidationError as exc:
        errors = {f"applicant_{k}" if k else k: v for k, v in exc.errors.items()}
        return course_detail(req, errors, 422, {f"applicant_{k}": v for k, v in req.form.items()})
    return req.redirect(
        f"/qhb_training/courses/{course.id}", _enrol_message(req, enrolment, person)
    )


@routes.page("/courses/{id:int}/withdraw/{pid:int}", permission=EDIT, methods=("GET", "POST"))
def course_withdraw(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    person = get_person(req.session, req.path_int("pid"))
    url = f"/qhb_training/courses/{course.id}"
    if req.form is None:
        return confirm(
            req,
            gettext_("{name} vom Kurs abmelden?").format(name=person.name),
            gettext_(
                "Erfasste Anwesenheiten bleiben erhalten. Ist der Kurs voll, "
                "rückt die erste Person der Warteliste nach."
            ),
            f"{url}/withdraw/{person.id}",
            "Abmelden",
            url,
        )
    moved_up = courses.withdraw(req.session, course, person.id)
    message = gettext_("{name} ist abgemeldet.").format(name=person.name)
    if moved_up:
        message += gettext_(" {name} rückt von der Warteliste nach.").format(name=moved_up.name)
    return req.redirect(url, message)


@routes.page("/courses/{id:int}/close", permission=EDIT, methods=("GET", "POST"))
def course_close(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    url = f"/qhb_training/courses/{course.id}"
    if req.form is None:
        return confirm(
            req,
            gettext_("Kurs „{title}“ abschließen?").format(title=course.title),
            gettext_(
                "Danach ist die Anwesenheit festgeschrieben; der Kurs zählt im Jahresbericht. "
                "Sie können ihn bei Bedarf wieder öffnen."
            ),
            f"{url}/close",
            gettext_("Kurs abschließen"),
            url,
        )
    courses.close_course(req.session, course, date.today())
    return req.redirect(url, gettext_("Kurs abgeschlossen."))


@routes.page("/courses/{id:int}/reopen", permission=EDIT, methods=("POST",))
def course_reopen(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    courses.reopen_course(course)
    return req.redirect(f"/qhb_training/courses/{course.id}", gettext_("Kurs wieder geöffnet."))


# --- lessons --------------------------------------------------------------------------


def _lesson_form(req: Req, course: Course, data: dict, lesson=None, errors=None, status=200):
    return req.render(
        "qhb_training/lesson_form.html",
        block="form",
        course=course,
        lesson=lesson,
        data=data,
        errors=errors or {},
        status=status,
    )


@routes.page("/courses/{id:int}/lessons/new", permission=EDIT, methods=("GET", "POST"))
def lesson_new(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    if req.form is None:
        last = course.lessons[-1] if course.lessons else None
        defaults = {"starts_at": "09:00", "ends_at": "15:30", "ue": "8", "room": course.room}
        if last:
            defaults.update(courses.lesson_form_data(last), day="", topic="")
        return _lesson_form(req, course, defaults)
    try:
        courses.save_lesson(req.session, course, req.form)
    except ValidationError as exc:
        return _lesson_form(req, course, dict(req.form), errors=exc.errors, status=422)
    return req.redirect(f"/qhb_training/courses/{course.id}", gettext_("Termin gespeichert."))


@routes.page("/courses/{id:int}/lessons/{lid:int}/edit", permission=EDIT, methods=("GET", "POST"))
def lesson_edit(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    lesson = courses.get_lesson(req.session, course, req.path_int("lid"))
    if req.form is None:
        return _lesson_form(req, course, courses.lesson_form_data(lesson), lesson)
    try:
        courses.save_lesson(req.session, course, req.form, lesson)
    except ValidationError as exc:
        return _lesson_form(req, course, dict(req.form), lesson, exc.errors, 422)
    return req.redirect(f"/qhb_training/courses/{course.id}", gettext_("Termin gespeichert."))


@routes.page("/courses/{id:int}/lessons/{lid:int}/delete", permission=EDIT, methods=("GET", "POST"))
def lesson_delete(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    lesson = courses.get_lesson(req.session, course, req.path_int("lid"))
    url = f"/qhb_training/courses/{course.id}"
    if req.form is None:
        return confirm(
            req,
            gettext_("Termin am {day} löschen?").format(day=format_date(lesson.day)),
            gettext_("Die für diesen Termin erfasste Anwesenheit wird mit gelöscht."),
            f"{url}/lessons/{lesson.id}/delete",
            gettext_("Termin löschen"),
            url,
        )
    if course.closed_on:
        raise ValidationError(gettext_("Der Kurs ist abgeschlossen; bitte erst wieder öffnen."))
    courses.delete_lesson(req.session, lesson)
    return req.redirect(url, gettext_("Termin gelöscht."))


# --- attendance -----------------------------------------------------------------------


@routes.page("/courses/{id:int}/attendance", permission=VIEW)
def attendance_grid(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    people = courses.participants(req.session, course)
    cells = attendance.grid(req.session, course)
    return req.render(
        "qhb_training/attendance.html",
        course=course,
        people=people,
        cells=cells,
        totals={p.id: attendance.attended_ue(cells, p.id) for p in people},
        planned=sum((ls.ue for ls in course.lessons), 0),
        label=attendance.label,
        today=date.today(),  # cells of lessons still to come take no click
    )


@routes.page("/courses/{id:int}/attendance/{lid:int}/{pid:int}", permission=EDIT, methods=("POST",))
def attendance_toggle(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    lesson = courses.get_lesson(req.session, course, req.path_int("lid"))
    person = get_person(req.session, req.path_int("pid"))
    try:
        attendance.toggle(req.session, lesson, person.id)
    except ValidationError as exc:
        if not req.htmx:
            raise
        # the cell says why, in its place: not the whole error page inside a table cell
        cells = attendance.grid(req.session, course)
        return _cell(req, course, lesson, person, cells, error=str(exc), status=422)
    if not req.htmx:
        return req.redirect(f"/qhb_training/courses/{course.id}/attendance#p{person.id}")
    return _cell(req, course, lesson, person, attendance.grid(req.session, course))


def _cell(req: Req, course, lesson, person, cells, *, error: str = "", status: int = 200):
    return req.render(
        "qhb_training/_attendance_cell.html",
        status=status,
        course=course,
        lesson=lesson,
        person=person,
        cell=cells.get((lesson.id, person.id)),
        total=attendance.attended_ue(cells, person.id),
        label=attendance.label,
        oob=True,
        error=error,
        today=date.today(),
    )


@routes.page(
    "/courses/{id:int}/lessons/{lid:int}/attendance", permission=EDIT, methods=("GET", "POST")
)
def lesson_attendance(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    lesson = courses.get_lesson(req.session, course, req.path_int("lid"))
    people = courses.participants(req.session, course)
    if req.form is None:
        cells = attendance.grid(req.session, course)
        data = {}
        for p in people:
            cell = cells.get((lesson.id, p.id))
            data[f"status_{p.id}"] = cell.status if cell else ""
            data[f"ue_{p.id}"] = (
                str(cell.ue).replace(".", ",") if cell and cell.status == "partial" else ""
            )
        errors, status = {}, 200
    else:
        try:
            attendance.save_lesson_attendance(req.session, lesson, req.form)
        except ValidationError as exc:
            data, errors, status = dict(req.form), exc.errors, 422
        else:
            return req.redirect(
                f"/qhb_training/courses/{course.id}/attendance",
                gettext_("Anwesenheit gespeichert."),
            )
    return req.render(
        "qhb_training/lesson_attendance.html",
        block="form",
        course=course,
        lesson=lesson,
        people=people,
        data=data,
        errors=errors,
        states=ATTENDANCE_STATES,
        status=status,
    )


@routes.page("/courses/{id:int}/participation/{pid:int}.pdf", permission=VIEW)
def participation_pdf(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    person = get_person(req.session, req.path_int("pid"))
    body = certificates.participation(req.session, course, person, sender(req))
    return download(body, "application/pdf", f"teilnahme-{course.id}-{person.last_name}.pdf")
