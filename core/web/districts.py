"""Districts screens: the list with how many persons live in each, the form with postal
codes and streets, removal after confirmation; the user's own home districts."""

from __future__ import annotations

from core.errors import ValidationError
from core.i18n import gettext_, ngettext_
from core.services import districts as service
from core.web.routing import Req, RouteTable

routes = RouteTable()
PERMISSION = "admin.districts"


@routes.page("/admin/districts", permission=PERMISSION)
def district_list(req: Req):
    return req.render(
        "core/districts.html",
        districts=service.districts(req.session),
        members=service.member_counts(req.session),
    )


def _form(req: Req, district, data: dict, errors: dict | None = None):
    return req.render(
        "core/district_form.html",
        block="form",
        district=district,
        data=data,
        errors=errors or {},
        status=422 if errors else 200,
    )


def _save(req: Req, district):
    try:
        saved, changed = service.save_district(req.session, req.form, district)
    except ValidationError as exc:
        return _form(req, district, dict(req.form), exc.errors)
    return req.redirect(
        "/admin/districts",
        ngettext_(
            "{name} gespeichert; {n} Person hat jetzt einen anderen Bezirk.",
            "{name} gespeichert; {n} Personen haben jetzt einen anderen Bezirk.",
            changed,
        ).format(name=saved.name, n=changed),
    )


@routes.page("/admin/districts/new", permission=PERMISSION, methods=("GET", "POST"))
def district_new(req: Req):
    if req.form is None:
        return _form(req, None, {})
    return _save(req, None)


@routes.page("/admin/districts/{id:int}", permission=PERMISSION, methods=("GET", "POST"))
def district_edit(req: Req):
    district = service.get_district(req.session, req.path_int("id"))
    if req.form is None:
        data = {"name": district.name, service.AREAS_FIELD: service.areas_text(district)}
        return _form(req, district, data)
    return _save(req, district)


@routes.page("/admin/districts/{id:int}/delete", permission=PERMISSION, methods=("GET", "POST"))
def district_delete(req: Req):
    district = service.get_district(req.session, req.path_int("id"))
    if req.form is None:
        n = service.member_counts(req.session).get(district.id, 0)
        return req.render(
            "core/confirm.html",
            title=gettext_("Bezirk {name} entfernen?").format(name=district.name),
            text=ngettext_(
                "{n} Person gehört zu diesem Bezirk. Sie bekommt ihren Bezirk wieder aus der"
                " Anschrift, auch wenn er von Hand gewählt war; Filter, die den Bezirk"
                " verwenden, zeigen ihn nicht mehr.",
                "{n} Personen gehören zu diesem Bezirk. Sie bekommen ihren Bezirk wieder aus der"
                " Anschrift, auch wenn er von Hand gewählt war; Filter, die den Bezirk"
                " verwenden, zeigen ihn nicht mehr.",
                n,
            ).format(n=n),
            url=f"/admin/districts/{district.id}/delete",
            label=gettext_("Bezirk entfernen"),
            back=f"/admin/districts/{district.id}",
        )
    name = district.name
    service.delete_district(req.session, district)
    return req.redirect(
        "/admin/districts", gettext_("Bezirk {name} wurde entfernt.").format(name=name)
    )


@routes.page("/account/districts", permission="dashboard.view", methods=("POST",))
def home_districts(req: Req):
    try:
        service.set_home_districts(req.session, req.user, req.form.getlist("districts"))
    except ValidationError as exc:
        return req.redirect("/account", exc.errors["districts"])
    return req.redirect("/account", gettext_("Meine Bezirke gespeichert."))
