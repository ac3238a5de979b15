"""Portal accounts on the screen: the office's tab on a childminder's page (invite, new
link, withdraw) and the public pages where she sets her password or asks for a new link."""

from __future__ import annotations

from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from core.services import accounts
from core.services.persons import get_person
from core.services.users import MIN_PASSWORD_LENGTH
from core.web.persons import person_page
from core.web.routing import Req, RouteTable

routes = RouteTable()
INVITE = "portal.invite"


def _tab(req: Req, person, link: str = "", mailed: bool = False):
    user = accounts.account_of(req.session, person.id)
    return person_page(
        req,
        person,
        "portal",
        "core/portal/person_tab.html",
        account=user,
        state=accounts.state_of(user),
        link=link,
        mailed=mailed,
    )


@routes.page("/persons/{id:int}/portal", permission=INVITE)
def person_tab(req: Req):
    return _tab(req, get_person(req.session, req.path_int("id")))


@routes.page("/persons/{id:int}/portal/invite", permission=INVITE, methods=("POST",))
def invite(req: Req):
    person = get_person(req.session, req.path_int("id"))
    try:
        invitation = accounts.invite(req.session, person.id, req.user.username)
    except ValidationError as exc:
        req.flash(" ".join(exc.errors.values()), "error")
        return req.redirect(f"/persons/{person.id}/portal")
    # the link is shown this once (for a letter), never stored readable
    return _tab(req, person, invitation.link, invitation.mailed)


@routes.page("/persons/{id:int}/portal/withdraw", permission=INVITE, methods=("GET", "POST"))
def withdraw(req: Req):
    person = get_person(req.session, req.path_int("id"))
    if req.form is None:
        return req.render(
            "core/confirm.html",
            title=gettext_("Zugang zum Portal entziehen"),
            text=gettext_(
                "{name} kann sich danach nicht mehr anmelden. Eine neue Einladung gibt den"
                " Zugang zurück."
            ).format(name=person.name),
            url=f"/persons/{person.id}/portal/withdraw",
            label=gettext_("Zugang entziehen"),
            back=f"/persons/{person.id}/portal",
        )
    accounts.withdraw(req.session, person.id)
    return req.redirect(f"/persons/{person.id}/portal", gettext_("Der Zugang ist entzogen."))


@routes.public("/portal/password/{token}", methods=("GET", "POST"))
def password(req: Req):
    token = req.request.path_params["token"]
    user = accounts.token_user(req.session, token)
    if user is None:
        raise NotFound(
            gettext_(
                "Dieser Link ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen"
                " neuen an."
            )
        )
    errors = {}
    if req.form is not None:
        try:
            accounts.redeem(
                req.session,
                token,
                str(req.form.get("password", "")),
                str(req.form.get("repeated", "")),
            )
        except ValidationError as exc:
            errors = exc.errors
        else:
            req.flash(gettext_("Ihr Passwort ist gespeichert. Bitte melden Sie sich an."))
            return req.redirect("/login?next=/portal/")
    return req.render(
        "core/portal/password.html",
        username=user.username,
        errors=errors,
        min_length=MIN_PASSWORD_LENGTH,
        status=422 if errors else 200,
    )


@routes.public("/portal/reset", methods=("GET", "POST"))
def reset(req: Req):
    sent = blocked = False
    if req.form is not None:
        client = req.request.client.host if req.request.client else "-"
        address = str(req.form.get("email", ""))
        blocked = not accounts.request_reset(req.session, address, client)
        sent = not blocked
    return req.render(
        "core/portal/reset.html",
        sent=sent,
        blocked=blocked,
        mails=accounts.link_base(req.session) is not None,
        status=429 if blocked else 200,
    )
