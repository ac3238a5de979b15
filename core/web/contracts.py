"""Contract screens: create and edit with inline validation, end and delete with confirmation."""

from __future__ import annotations

from core.errors import ValidationError
from core.i18n import gettext_
from core.models.contracts import CARE_TYPE_LABELS, WEEKDAY_LABELS, WEEKDAYS
from core.models.persons import Role
from core.services import contracts as service
from core.services.persons import people_with_role
from core.web.routing import Req, RouteTable

routes = RouteTable()


def _context(req: Req, data: dict, contract=None) -> dict:
    return {
        "data": data,
        "contract": contract,
        "children": people_with_role(req.session, Role.CHILD),
        "childminders": people_with_role(req.session, Role.CHILDMINDER),
        "care_types": CARE_TYPE_LABELS,
        "weekdays": [(d, WEEKDAY_LABELS[d]) for d in WEEKDAYS],
    }


def _back(data) -> str:
    person = data.get("child_id") or data.get("childminder_id")
    return f"/persons/{person}/contracts" if person else "/persons"


@routes.page("/contracts/new", permission="contracts.edit", methods=("GET", "POST"))
def contract_new(req: Req):
    if req.form is None:
        data = {
            "child_id": req.query.get("child", ""),
            "childminder_id": req.query.get("childminder", ""),
            "care_type": "regular",
        }
        return req.render("core/contract_form.html", **_context(req, data))
    try:
        contract = service.save_contract(req.session, req.form, hooks=req.hooks)
    except ValidationError as exc:
        return req.form_error("core/contract_form.html", exc, **_context(req, dict(req.form)))
    return req.redirect(f"/persons/{contract.child_id}/contracts", gettext_("Vertrag gespeichert."))


@routes.page("/contracts/{id:int}/edit", permission="contracts.edit", methods=("GET", "POST"))
def contract_edit(req: Req):
    contract = service.get_contract(req.session, req.path_int("id"))
    if req.form is None:
        return req.render(
            "core/contract_form.html",
            **_context(req, service.contract_form_data(contract), contract),
        )
    try:
        service.save_contract(req.session, req.form, contract, hooks=req.hooks)
    except ValidationError as exc:
        return req.form_error(
            "core/contract_form.html", exc, **_context(req, dict(req.form), contract)
        )
    return req.redirect(f"/persons/{contract.child_id}/contracts", gettext_("Vertrag gespeichert."))


@routes.page("/contracts/{id:int}/signed", permission="contracts.edit", methods=("POST",))
def contract_signed(req: Req):
    contract = service.get_contract(req.session, req.path_int("id"))
    try:
        service.sign_contract(req.session, contract, hooks=req.hooks)
    except ValidationError as exc:
        return req.redirect(f"/persons/{contract.child_id}/contracts", str(exc))
    return req.redirect(
        f"/persons/{contract.child_id}/contracts", gettext_("Der Vertrag gilt als unterschrieben.")
    )


@routes.page("/contracts/{id:int}/delete", permission="contracts.edit", methods=("GET", "POST"))
def contract_delete(req: Req):
    contract = service.get_contract(req.session, req.path_int("id"))
    if req.form is None:
        return req.render("core/contract_delete.html", contract=contract)
    child_id = contract.child_id
    service.delete_contract(req.session, contract, hooks=req.hooks)
    return req.redirect(f"/persons/{child_id}/contracts", gettext_("Vertrag gelöscht."))
