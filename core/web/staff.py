"""The office's accounts for the administration: who they are, which roles they have,
when they last signed in; roles changed, access locked (after a confirmation) and given
back. The rules live in `core.services.staff`."""

from __future__ import annotations

from core.errors import ValidationError
from core.i18n import gettext_
from core.services import staff
from core.web.routing import Req, RouteTable

routes = RouteTable()
PERMISSION = "admin.users"


@routes.page("/admin/users", permission=PERMISSION)
def account_list(req: Req):
    return req.render(
        "core/users.html", accounts=staff.office_accounts(req.session), roles=staff.OFFICE_ROLES
    )


@routes.page("/admin/users/{id:int}", permission=PERMISSION, methods=("GET", "POST"))
def account_roles(req: Req):
    user = staff.get_account(req.session, req.path_int("id"))
    if req.form is None:
        return _form(req, user, {}, user.role_names)
    wanted = req.form.getlist("roles")
    try:
        staff.set_roles(req.session, req.user, user.id, wanted)
    except ValidationError as exc:
        return _form(req, user, exc.errors, set(wanted), status=422)
    return req.redirect(
        "/admin/users", gettext_("Rollen von {name} gespeichert.").format(name=user.username)
    )


def _form(req: Req, user, errors: dict, chosen: set, status: int = 200):
    return req.render(
        "core/user_form.html",
        account=user,
        roles=staff.OFFICE_ROLES,
        chosen=chosen,
        errors=errors,
        status=status,
    )


@routes.page("/admin/users/{id:int}/lock", permission=PERMISSION, methods=("GET", "POST"))
def account_lock(req: Req):
    user = staff.get_account(req.session, req.path_int("id"))
    if req.form is None:
        return req.render(
            "core/confirm.html",
            title=gettext_("Zugang von {name} sperren?").format(name=user.username),
            text=gettext_(
                "{name} kann sich danach nicht mehr anmelden; laufende Anmeldungen enden. "
                "Das Konto und sein Änderungsverlauf bleiben."
            ).format(name=user.display_name or user.username),
            url=f"/admin/users/{user.id}/lock",
            label=gettext_("Zugang sperren"),
            back=f"/admin/users/{user.id}",
        )
    try:
        staff.set_active(req.session, req.user, user.id, False)
    except ValidationError as exc:
        return _form(req, user, exc.errors, user.role_names, status=422)
    return req.redirect(
        "/admin/users", gettext_("Zugang von {name} gesperrt.").format(name=user.username)
    )


@routes.page("/admin/users/{id:int}/unlock", permission=PERMISSION, methods=("POST",))
def account_unlock(req: Req):
    user = staff.set_active(req.session, req.user, req.path_int("id"), True)
    return req.redirect(
        "/admin/users", gettext_("Zugang von {name} wieder offen.").format(name=user.username)
    )
