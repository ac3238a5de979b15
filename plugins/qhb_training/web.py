"""Qualifizierung screens: courses with attendance grid, person tab, due list, reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.errors import NotFound, ValidationError
from core.format import format_date
from core.forms import whole_number
from core.i18n import gettext_
from core.models.persons import Role
from core.services.persons import get_person
from core.settings import InstallationSettings
from core.web.persons import person_page
from core.web.routing import Req, RouteTable, download
from plugins.qhb_training import (
    attendance,
    certificates,
    courses,
    credentials,
    curricula,
    progress,
    reports,
)
from plugins.qhb_training.models import (
    ATTENDANCE_STATES,
    CREDENTIAL_KINDS,
    CURRICULUM_KINDS,
    ENROLLED,
    ENROLMENT_STATES,
    EVIDENCE_KINDS,
    WAITING,
    Course,
)

routes = RouteTable()
VIEW, EDIT = "qhb_training.view", "qhb_training.edit"


def rules(req: Req) -> credentials.Rules:
    settings = InstallationSettings(req.kernel.collect("setting_specs")).all(req.session)
    return credentials.Rules.from_settings(settings.get)  # one query for all seven rules


def sender(req: Req) -> str:
    return str(req.setting("core.agency_name"))


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
    )


@routes.page("/courses/{id:int}/attendance/{lid:int}/{pid:int}", permission=EDIT, methods=("POST",))
def attendance_toggle(req: Req):
    course = courses.get_course(req.session, req.path_int("id"))
    lesson = courses.get_lesson(req.session, course, req.path_int("lid"))
    person = get_person(req.session, req.path_int("pid"))
    cell = attendance.toggle(req.session, lesson, person.id)
    if not req.htmx:
        return req.redirect(f"/qhb_training/courses/{course.id}/attendance#p{person.id}")
    cells = attendance.grid(req.session, course)
    return req.render(
        "qhb_training/_attendance_cell.html",
        course=course,
        lesson=lesson,
        person=person,
        cell=cell,
        total=attendance.attended_ue(cells, person.id),
        label=attendance.label,
        oob=True,
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


# --- a person's training ----------------------------------------------------------------


@routes.page("/person/{id:int}", permission=VIEW)
def person_tab(req: Req, errors=None, status=200, data=None):
    person = get_person(req.session, req.path_int("id"))
    r = rules(req)
    profile = progress.stored_profile(req.session, person.id)
    return person_page(
        req,
        person,
        "qhb_training",
        "qhb_training/person_tab.html",
        progress=progress.progress(req.session, person.id),
        curricula=curricula.all_curricula(req.session, active_only=True),
        profile=profile,
        may_be_licensed=progress.has_unlocking_completion(req.session, person.id, date.today()),
        part2_deadline=progress.part2_deadline(req.session, person.id, r.part2_months),
        credentials=credentials.credentials_of(req.session, person.id),
        dues=credentials.dues(req.session, r, date.today(), person.id)
        if person.has_role(Role.CHILDMINDER)
        else [],
        evidence=progress.evidence_of(req.session, person.id),
        enrolments=progress.enrolments_of(req.session, person.id),
        evidence_kinds=EVIDENCE_KINDS,
        credential_kinds=CREDENTIAL_KINDS,
        enrolment_states=ENROLMENT_STATES,
        level=progress.level_of(req.session, person.id, date.today()),
        curriculum_choices=lambda items: [(c.id, c.name) for c in items],
        form_state=lambda prefix: (_scoped(data or {}, prefix), _scoped(errors or {}, prefix)),
        errors=errors or {},
        status=status,
    )


def _scoped(mapping: dict, prefix: str) -> dict:
    """The entries of one form on a page with several: its prefix removed."""
    return {k[len(prefix) :]: v for k, v in mapping.items() if k.startswith(prefix)}


def _person_action(req: Req, prefix: str, action, message):
    """Run one form of the person tab; errors come back prefixed to their form."""
    person = get_person(req.session, req.path_int("id"))
    try:
        result = action(person)
    except ValidationError as exc:
        errors = {f"{prefix}{k}": v for k, v in exc.errors.items()}
        data = {f"{prefix}{k}": v for k, v in req.form.items()}
        return person_tab(req, errors, 422, data)
    return req.redirect(f"/qhb_training/person/{person.id}", message(result))


@routes.page("/person/{id:int}/evidence", permission=EDIT, methods=("POST",))
def person_evidence(req: Req):
    return _person_action(
        req,
        "ev_",
        lambda p: progress.add_evidence(req.session, p, req.form),
        lambda e: gettext_("{kind} eingetragen.").format(
            kind=gettext_(EVIDENCE_KINDS[e.kind]).split(" (")[0]
        ),
    )


@routes.page("/person/{id:int}/assessment", permission=EDIT, methods=("POST",))
def person_assessment(req: Req):
    return _person_action(
        req,
        "lef_",
        lambda p: progress.record_assessment(req.session, p, req.form),
        lambda a: (
            "Lernergebnisfeststellung eingetragen: "
            + ("bestanden." if a.passed else gettext_("nicht bestanden."))
        ),
    )


@routes.page("/person/{id:int}/recognise", permission=EDIT, methods=("POST",))
def person_recognise(req: Req):
    return _person_action(
        req,
        "rec_",
        lambda p: progress.recognise(req.session, p, req.form),
        lambda c: gettext_("{name} als abgeschlossen anerkannt.").format(name=c.curriculum.name),
    )


@routes.page("/person/{id:int}/credential", permission=EDIT, methods=("POST",))
def person_credential(req: Req):
    return _person_action(
        req,
        "cr_",
        lambda p: credentials.add_credential(req.session, p, req.form, rules(req)),
        lambda c: (
            gettext_("{title} eingetragen, gültig bis {valid_until}.").format(
                title=c.title, valid_until=format_date(c.valid_until)
            )
            if c.valid_until
            else gettext_("{title} eingetragen.").format(title=c.title)
        ),
    )


@routes.page("/person/{id:int}/profile", permission=EDIT, methods=("POST",))
def person_profile(req: Req):
    return _person_action(
        req,
        "pr_",
        lambda p: progress.save_profile(req.session, p, req.form),
        lambda _: gettext_("Beruflicher Hintergrund gespeichert."),
    )


@routes.page("/person/{id:int}/licence", permission=EDIT, methods=("POST",))
def person_licence(req: Req):
    return _person_action(
        req,
        "lic_",
        lambda p: progress.grant_licence(
            req.session, p, req.form, licence_years=rules(req).licence_years
        ),
        lambda cm: gettext_("Pflegeerlaubnis eingetragen, gültig bis {permit_valid_until}.").format(
            permit_valid_until=format_date(cm.permit_valid_until)
        ),
    )


@routes.page("/person/{id:int}/complete/{cid:int}", permission=EDIT, methods=("POST",))
def person_complete(req: Req):
    person = get_person(req.session, req.path_int("id"))
    curriculum = curricula.get_curriculum(req.session, req.path_int("cid"))
    completion = progress.complete(req.session, person, curriculum, date.today())
    return req.redirect(
        f"/qhb_training/person/{person.id}",
        f"{curriculum.name} abgeschlossen, Zertifikat {completion.certificate_no}.",
    )


@routes.page(
    "/person/{id:int}/completions/{cid:int}/delete", permission=EDIT, methods=("GET", "POST")
)
def completion_delete(req: Req):
    person = get_person(req.session, req.path_int("id"))
    completion = certificates.get_completion(req.session, person, req.path_int("cid"))
    url = f"/qhb_training/person/{person.id}"
    if req.form is None:
        return confirm(
            req,
            gettext_("Abschluss {name} zurücknehmen?").format(name=completion.curriculum.name),
            gettext_(
                "Nur bei einem Fehler: Das Zertifikat {certificate_no} gilt dann nicht "
                "mehr, und die Stufe für die Geldleistung richtet sich nach den übrigen "
                "Abschlüssen."
            ).format(certificate_no=completion.certificate_no),
            f"{url}/completions/{completion.id}/delete",
            gettext_("Abschluss zurücknehmen"),
            url,
        )
    progress.withdraw_completion(req.session, completion)
    return req.redirect(url, gettext_("Abschluss zurückgenommen."))


@routes.page("/person/{id:int}/completions/{cid:int}.pdf", permission=VIEW)
def completion_pdf(req: Req):
    person = get_person(req.session, req.path_int("id"))
    completion = certificates.get_completion(req.session, person, req.path_int("cid"))
    body = certificates.completion_certificate(req.session, completion, sender(req))
    return download(body, "application/pdf", f"zertifikat-{completion.certificate_no}.pdf")


# --- due list, curricula, reports -------------------------------------------------------


@routes.page("/due", permission=VIEW)
def due_list(req: Req):
    r = rules(req)
    days = req.query.get("days", "")
    if 0 < (whole_number(days) or 0) <= 3650:
        r = replace(r, due_days=whole_number(days))
    return req.render(
        "qhb_training/due.html", dues=credentials.dues(req.session, r, date.today()), rules=r
    )


@routes.page("/curricula", permission=VIEW)
def curriculum_list(req: Req, errors=None, status=200):
    return req.render(
        "qhb_training/curricula.html",
        curricula=curricula.all_curricula(req.session),
        kinds=CURRICULUM_KINDS,
        errors=errors or {},
        status=status,
    )


@routes.page("/curricula/import", permission=EDIT, methods=("POST",))
def curriculum_import(req: Req):
    upload = req.form.get("file")
    try:
        if upload is None or not hasattr(upload, "file"):
            raise ValidationError({"file": gettext_("Datei: Bitte eine TOML-Datei auswählen.")})
        text = upload.file.read(1_000_000).decode("utf-8", errors="replace")
        records = curricula.parse(text, upload.filename or gettext_("Datei"))
        added = curricula.import_records(
            req.session, records, replace=req.form.get("replace") == "on"
        )
    except ValidationError as exc:
        return curriculum_list(req, {"file": str(exc)}, 422)
    return req.redirect(
        "/qhb_training/curricula",
        gettext_("{count} Curricula eingespielt.").format(count=len(added)),
    )


@routes.page("/curricula/builtin", permission=EDIT, methods=("POST",))
def curriculum_builtin(req: Req):
    added = curricula.install_builtin(req.session)
    return req.redirect(
        "/qhb_training/curricula",
        gettext_("{added} mitgelieferte Curricula ergänzt.").format(added=len(added)),
    )


def _year(req: Req) -> int:
    raw = req.query.get("year", "") or req.request.path_params.get("year", "")
    year = whole_number(raw)
    return year if year is not None and 2000 <= year <= 2100 else date.today().year


@routes.page("/reports", permission=VIEW)
def report(req: Req):
    year = _year(req)
    return req.render("qhb_training/report.html", year=year, rows=reports.yearly(req.session, year))


@routes.page("/reports/{year:int}.{fmt}", permission=VIEW)
def report_export(req: Req):
    year, fmt = _year(req), req.request.path_params["fmt"]
    rows = reports.yearly(req.session, year)
    if fmt == "csv":
        return download(
            reports.to_csv(year, rows), "text/csv; charset=utf-8", f"qualifizierung-{year}.csv"
        )
    if fmt == "xlsx":
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return download(reports.to_xlsx(year, rows), media, f"qualifizierung-{year}.xlsx")
    raise NotFound(gettext_("Dieses Format gibt es nicht (csv oder xlsx)."))
