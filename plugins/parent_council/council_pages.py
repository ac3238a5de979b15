"""Elternbeirat screens for the council's work and for surveys: members and roles, meetings
with agenda, minutes and decisions, the annual report, questionnaires and their results."""

from __future__ import annotations

from datetime import date

from core.charts import columns_chart
from core.errors import ValidationError
from core.forms import whole_number
from core.i18n import gettext_
from core.letters import delivery
from core.web.routing import Req, download
from plugins.parent_council import council, documents, surveys
from plugins.parent_council import meeting_letters as meeting_mail
from plugins.parent_council.models import (
    AUDIENCES,
    MEMBER_ROLES,
)
from plugins.parent_council.web import (
    EDIT,
    PDF,
    VIEW,
    code_plan,
    codes_out,
    routes,
    sender,
)

# --- council and meetings -----------------------------------------------------------------


@routes.page("/councils/{id:int}", permission=VIEW)
def council_detail(req: Req, errors=None, status=200, data=None):
    found = council.get_council(req.session, req.path_int("id"))
    return req.render(
        "parent_council/council.html",
        council=found,
        roles=MEMBER_ROLES,
        errors=errors or {},
        data=data or {"starts_at": "19:30"},
        status=status,
    )


@routes.page("/councils/{id:int}/roles", permission=EDIT, methods=("POST",))
def council_role(req: Req):
    found = council.get_council(req.session, req.path_int("id"))
    raw = str(req.form.get("member_id", ""))
    member = council.set_role(
        req.session, found, whole_number(raw) or -1, str(req.form.get("role", ""))
    )
    return req.redirect(
        f"/parent_council/councils/{found.id}",
        f"{member.name}: {gettext_(MEMBER_ROLES[member.role])}.",
    )


@routes.page("/councils/{id:int}/meetings", permission=EDIT, methods=("POST",))
def meeting_new(req: Req):
    found = council.get_council(req.session, req.path_int("id"))
    try:
        meeting = council.save_meeting(req.session, found, req.form)
    except ValidationError as exc:
        return council_detail(req, exc.errors, 422, dict(req.form))
    return req.redirect(f"/parent_council/meetings/{meeting.id}", gettext_("Sitzung angelegt."))


@routes.page("/meetings/{id:int}", permission=VIEW)
def meeting_detail(req: Req, errors=None, status=200):
    meeting = council.get_meeting(req.session, req.path_int("id"))
    return req.render(
        "parent_council/meeting.html",
        meeting=meeting,
        council=meeting.council,
        roles=MEMBER_ROLES,
        errors=errors or {},
        status=status,
    )


@routes.page("/meetings/{id:int}/minutes", permission=EDIT, methods=("POST",))
def meeting_minutes(req: Req):
    meeting = council.get_meeting(req.session, req.path_int("id"))
    try:
        council.record_minutes(req.session, meeting, req.form)
    except ValidationError as exc:
        return meeting_detail(req, exc.errors, 422)
    return req.redirect(
        f"/parent_council/meetings/{meeting.id}", gettext_("Protokoll gespeichert.")
    )


@routes.page("/meetings/{id:int}/decisions", permission=EDIT, methods=("POST",))
def meeting_decision(req: Req):
    meeting = council.get_meeting(req.session, req.path_int("id"))
    try:
        council.add_decision(req.session, meeting, req.form)
    except ValidationError as exc:
        return meeting_detail(req, {f"dec_{k}": v for k, v in exc.errors.items()}, 422)
    return req.redirect(
        f"/parent_council/meetings/{meeting.id}", gettext_("Beschluss eingetragen.")
    )


@routes.page("/meetings/{id:int}/{kind}.pdf", permission=VIEW)
def meeting_pdf(req: Req):
    meeting = council.get_meeting(req.session, req.path_int("id"))
    kind = req.request.path_params["kind"]
    if kind not in ("einladung", "protokoll"):
        raise ValidationError(gettext_("Dieses Dokument gibt es nicht."))
    body = documents.meeting(meeting, sender(req), minutes=kind == "protokoll")
    return download(body, PDF, f"sitzung-{meeting.day:%Y-%m-%d}-{kind}.pdf")


@routes.page("/report", permission=VIEW)
def annual_report(req: Req):
    year = req.query.get("year", "")
    year = whole_number(year)
    year = year if year is not None and 2000 <= year <= 2100 else date.today().year
    report = council.annual_report(req.session, year)
    councils = council.all_councils(req.session)
    if req.query.get("format") == "pdf":
        return download(
            documents.annual(report, councils, sender(req)), PDF, f"jahresbericht-{year}.pdf"
        )
    return req.render(
        "parent_council/report.html", report=report, councils=councils, roles=MEMBER_ROLES
    )


# --- surveys -------------------------------------------------------------------------------


@routes.page("/surveys/new", permission=EDIT, methods=("GET", "POST"))
def survey_new(req: Req):
    default_group = int(req.setting("parent_council.min_group"))
    if req.form is None:
        today = date.today()
        data = {
            "title": f"Elternbefragung {today.year}",
            "audience": "parents",
            "opens_on": today.isoformat(),
            "closes_on": date.fromordinal(today.toordinal() + 28).isoformat(),
            "min_group": str(default_group),
        }
        errors, status = {}, 200
    else:
        try:
            survey = surveys.create_survey(req.session, req.form, default_group)
        except ValidationError as exc:
            data, errors, status = dict(req.form), exc.errors, 422
        else:
            return req.redirect(
                f"/parent_council/surveys/{survey.id}", gettext_("Befragung angelegt.")
            )
    return req.render(
        "parent_council/survey_form.html",
        block="form",
        data=data,
        errors=errors,
        audiences=AUDIENCES,
        status=status,
    )


@routes.page("/surveys/{id:int}", permission=VIEW)
def survey_detail(req: Req):
    survey = surveys.get_survey(req.session, req.path_int("id"))
    found = surveys.results(req.session, survey)
    charts = {}
    if not found.suppressed:
        charts = {
            d.name: columns_chart(
                [(gettext_("Note {grade}").format(grade=g), n) for g, n in d.distribution.items()],
                d.name,
            )
            for d in found.dimensions
        }
    return req.render(
        "parent_council/survey.html",
        survey=survey,
        results=found,
        chart=documents.survey_chart(found),
        charts=charts,
        audiences=AUDIENCES,
        grades=surveys.GRADES,
    )


@routes.page("/surveys/{id:int}/letters", permission=EDIT, methods=("GET", "POST"))
def survey_letters(req: Req):
    survey = surveys.get_survey(req.session, req.path_int("id"))
    if req.form is None:
        return code_plan(
            req, "survey", survey, surveys.survey_addressees(req.session, survey, date.today())
        )
    return codes_out(req, "survey", survey)


@routes.page("/surveys/{id:int}/report.pdf", permission=VIEW)
def survey_report(req: Req):
    survey = surveys.get_survey(req.session, req.path_int("id"))
    body = documents.survey_report(surveys.results(req.session, survey), sender(req))
    return download(body, PDF, f"auswertung-{survey.id}.pdf")


@routes.page("/meetings/{id:int}/letters/{what:str}", permission=EDIT, methods=("GET", "POST"))
def meeting_letters(req: Req):
    meeting = council.get_meeting(req.session, req.path_int("id"))
    what = req.request.path_params["what"]
    planned = meeting_mail.meeting_letters(req.session, meeting, what)  # refuses unknown kinds
    if req.form is not None:
        job = meeting_mail.queue(req.session, meeting, what, req.user.username)
        return req.redirect(f"/letters/{job.id}")
    return req.render(
        "parent_council/meeting_letters.html",
        meeting=meeting,
        what=what,
        title=meeting_mail.WHAT[what],
        batch=delivery.plan(planned),
    )
