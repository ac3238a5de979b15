"""The childminders' portal: her start page, her absences and her account. Each handler
finds her person through the login (core.services.portal.me); no route takes a person id."""

from __future__ import annotations

from datetime import date, timedelta

from core.errors import ValidationError
from core.i18n import LANGUAGES, current_locale, gettext_
from core.models.calendar import ABSENCE_LABELS
from core.services import accounts
from core.services import portal as service
from core.services.throttle import LOGIN
from core.services.users import MIN_PASSWORD_LENGTH, set_locale
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


# --- her account: the language of the screens, her password -----------------------------


def _account(req: Req, person, errors: dict | None = None):
    return portal_page(
        req,
        "core/portal/account.html",
        person,
        "account",
        languages=LANGUAGES,
        min_length=MIN_PASSWORD_LENGTH,
        errors=errors or {},
        status=422 if errors else 200,
    )


@routes.page("/portal/account", permission=USE)
def account(req: Req):
    return _account(req, service.me(req.session, req.user))


@routes.page("/portal/account/language", permission=USE, methods=("POST",))
def account_language(req: Req):
    person = service.me(req.session, req.user)
    choice = str(req.form.get("locale", ""))
    try:
        set_locale(req.session, req.user, choice)
    except ValidationError as exc:
        return _account(req, person, exc.errors)
    current_locale.set(choice)  # the confirmation already speaks the new language
    return req.redirect("/portal/account", gettext_("Gespeichert."))


@routes.page("/portal/account/password", permission=USE, methods=("POST",))
def account_password(req: Req):
    person = service.me(req.session, req.user)
    try:
        accounts.change_password(req.session, req.user, req.form)
    except accounts.WrongPassword as exc:
        with req.installation.db.transaction("anmelden") as own:  # counts even as we refuse
            LOGIN.failed(own, req.user.username)
        return _account(req, person, exc.errors)
    except ValidationError as exc:
        return _account(req, person, exc.errors)
    req.request.session.pop("login", None)  # her logins have ended, this one too
    return req.redirect(
        "/login", gettext_("Ihr Passwort ist geändert. Bitte melden Sie sich neu an.")
    )
