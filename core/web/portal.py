"""The childminders' portal: her start page and her absences. Each handler finds her
person through the login (core.services.portal.me); no route takes a person id."""

from __future__ import annotations

from datetime import date, timedelta

from core.errors import ValidationError
from core.i18n import gettext_
from core.models.calendar import ABSENCE_LABELS
from core.services import portal as service
from core.web.routing import Req, RouteTable

routes = RouteTable()
USE = "portal.use"


def portal_page(req: Req, template: str, person, active: str, **context):
    """A portal page: her sections in the navigation, whatever modules are on. Modules' portal
    pages are drawn through it too (their templates extend core/portal/base.html)."""
    return req.render(
        template,
        me=person,
        sections=service.sections(req.session, person, req.kernel),
        active=active,
        **context,
    )


@routes.page("/portal/", permission=USE)
def home(req: Req):
    person = service.me(req.session, req.user)
    today = date.today()
    coming, _past = service.absences(req.session, person, today)
    return portal_page(
        req,
        "core/portal/home.html",
        person,
        "home",
        today=today,
        children=service.children_on(req.session, person, today),
        coming=coming[:5],
        tasks=service.tasks(req.session, person, today, req.kernel),
        labels=ABSENCE_LABELS,
    )


def _absences(req: Req, person, data: dict, errors: dict | None = None):
    today = date.today()
    coming, past = service.absences(req.session, person, today)
    return portal_page(
        req,
        "core/portal/absences.html",
        person,
        "absences",
        today=today,
        coming=coming,
        past=past,
        data=data,
        errors=errors or {},
        labels=ABSENCE_LABELS,
        status=422 if errors else 200,
    )


@routes.page("/portal/absences", permission=USE)
def absences(req: Req):
    person = service.me(req.session, req.user)
    tomorrow = date.today() + timedelta(days=1)
    kind = req.query.get("kind", "illness")
    start = date.today() if kind == "illness" else tomorrow
    data = {"kind": kind, "start": start.isoformat(), "end": start.isoformat()}
    return _absences(req, person, data)


@routes.page("/portal/absences", permission=USE, methods=("POST",))
def absence_report(req: Req):
    person = service.me(req.session, req.user)
    try:
        absence = service.report_absence(
            req.session, person, req.form, date.today(), hooks=req.hooks
        )
    except ValidationError as exc:
        return _absences(req, person, dict(req.form), exc.errors)
    return req.redirect(
        f"/portal/absences/{absence.id}",
        gettext_("Danke, Ihre Abwesenheit ist eingetragen. Das Büro ist informiert."),
    )


@routes.page("/portal/absences/{id:int}", permission=USE)
def absence(req: Req):
    person = service.me(req.session, req.user)
    found = service.own_absence(req.session, person, req.path_int("id"))
    return portal_page(
        req,
        "core/portal/absence.html",
        person,
        "absences",
        absence=found,
        cover=service.cover(req.session, found, req.kernel),
        may_cancel=service.may_cancel(found, date.today()),
        labels=ABSENCE_LABELS,
    )


@routes.page("/portal/absences/{id:int}/cancel", permission=USE, methods=("GET", "POST"))
def absence_cancel(req: Req):
    person = service.me(req.session, req.user)
    found = service.own_absence(req.session, person, req.path_int("id"))
    if req.form is None:
        return portal_page(
            req,
            "core/portal/absence_cancel.html",
            person,
            "absences",
            absence=found,
            labels=ABSENCE_LABELS,
        )
    service.cancel_absence(req.session, person, found.id, date.today(), hooks=req.hooks)
    return req.redirect("/portal/absences", gettext_("Die Abwesenheit ist zurückgenommen."))
