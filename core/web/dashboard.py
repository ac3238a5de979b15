"""The dashboard: today's numbers and the widgets plugins contribute; the user's account."""

from __future__ import annotations

from datetime import date

from core.charts import columns_chart
from core.errors import ValidationError
from core.i18n import LANGUAGES, current_locale, gettext_
from core.kernel.contributions import ROLES
from core.services import accounts, districts, users
from core.services.reports import agency_figures, children_by_month
from core.services.throttle import LOGIN
from core.services.users import MIN_PASSWORD_LENGTH
from core.web.routing import Req, RouteTable

routes = RouteTable()
# The agency's figures name childminders, their absences (with the kind: an illness is
# health data) and licences: for those who may open persons, not for hubs or councils.
OFFICE = "persons.view"


@routes.page("/", permission="dashboard.view")
def dashboard(req: Req):
    today = date.today()
    chosen = districts.district_filter(req.session, req.user, req.query.get("district"))
    widgets = sorted(
        req.kernel.collect(
            "dashboard_widgets",
            session=req.session,
            user=req.user,
            district=chosen,
            granted=req.granted,
        ),
        key=lambda w: (w.order, w.title),
    )
    if not req.can(OFFICE):  # a hub's or a council's login: only what its modules show it
        return req.render("core/dashboard.html", today=today, districts=None, widgets=widgets)
    by_month = children_by_month(req.session, today, district=chosen)
    chart = columns_chart(
        [(f"{first:%m/%y}", count) for first, count in by_month],
        gettext_("Kinder in Betreuung, jeweils am Monatsersten"),
        col_w=36,
    )
    return req.render(
        "core/dashboard.html",
        today=today,
        figures=agency_figures(req.session, today, chosen),
        districts=chosen,
        widgets=widgets,
        chart=chart,
        by_month=by_month,
    )


@routes.page("/account", permission="dashboard.view", methods=("GET", "POST"))
def account(req: Req):
    """The user's own account: the language of the screens, home districts, password."""
    if req.form is not None:
        choice = str(req.form.get("locale", ""))
        try:
            users.set_locale(req.session, req.user, choice)
        except ValidationError as exc:
            return _account(req, exc.errors)
        current_locale.set(choice)  # the confirmation already speaks the new language
        return req.redirect("/account", gettext_("Gespeichert."))
    return _account(req, {})


@routes.page("/account/password", permission="dashboard.view", methods=("POST",))
def account_password(req: Req):
    """Her own new password: the same rules as everywhere, the current one first; a wrong
    current password counts as a failed login. Every login ends, this one too."""
    try:
        accounts.change_password(req.session, req.user, req.form)
    except accounts.WrongPassword as exc:
        with req.installation.db.transaction("anmelden") as own:  # counts even as we refuse
            LOGIN.failed(own, req.user.username)
        return _account(req, exc.errors)
    except ValidationError as exc:
        return _account(req, exc.errors)
    req.request.session.pop("login", None)
    return req.redirect(
        "/login", gettext_("Ihr Passwort ist geändert. Bitte melden Sie sich neu an.")
    )


def _account(req: Req, errors: dict):
    roles = [ROLES.get(r, r) for r in sorted(req.user.role_names)]
    return req.render(
        "core/account.html",
        all_districts=districts.districts(req.session),
        mine={d.id for d in districts.home_districts(req.session, req.user)},
        languages=LANGUAGES,
        roles=roles,
        errors=errors,
        min_length=MIN_PASSWORD_LENGTH,
        status=422 if errors else 200,
    )
