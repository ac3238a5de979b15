"""Texts of letters and e-mails: the list of kinds, the form with placeholders and a
preview from the unsaved input, and the way back to the shipped text."""

from __future__ import annotations

from core.errors import ValidationError
from core.i18n import gettext_
from core.letters import texts
from core.web.routing import Req, RouteTable

routes = RouteTable()
PERMISSION = "admin.settings"


@routes.page("/admin/texts", permission=PERMISSION)
def text_list(req: Req):
    found = texts.kinds(req.session)
    return req.render(
        "core/texts.html",
        kinds=found,
        current={kind: texts.current(req.session, kind) for kind in found},
    )


@routes.page("/admin/texts/{kind:str}", permission=PERMISSION, methods=("GET", "POST"))
def text_form(req: Req):
    kind = req.request.path_params["kind"]
    spec, shown = texts.get_kind(req.session, kind), texts.current(req.session, kind)
    data = {"intro": shown.intro, "closing": shown.closing}
    errors, preview, status = {}, None, 200
    if req.form is not None:
        data = {"intro": req.form.get("intro", ""), "closing": req.form.get("closing", "")}
        try:
            if "preview" in req.form:  # shown, not saved
                preview = texts.preview(req.session, kind, data)
            else:
                texts.save(req.session, kind, data, req.user.username)
                return req.redirect(f"/admin/texts/{kind}", gettext_("Text gespeichert."))
        except ValidationError as exc:
            errors, status = exc.errors, 422
    return req.render(
        "core/text_form.html",
        block="form",
        spec=spec,
        shown=shown,
        data=data,
        errors=errors,
        preview=preview,
        status=status,
    )


@routes.page("/admin/texts/{kind:str}/reset", permission=PERMISSION, methods=("GET", "POST"))
def text_reset(req: Req):
    kind = req.request.path_params["kind"]
    spec = texts.get_kind(req.session, kind)
    if req.form is None:
        return req.render(
            "core/confirm.html",
            title=gettext_("Zum mitgelieferten Text zurück?"),
            text=gettext_("Ihr geänderter Text für „{label}“ wird gelöscht.").format(
                label=gettext_(spec.label)
            ),
            url=f"/admin/texts/{kind}/reset",
            label=gettext_("Mitgelieferten Text verwenden"),
            back=f"/admin/texts/{kind}",
        )
    texts.reset(req.session, kind)
    return req.redirect(f"/admin/texts/{kind}", gettext_("Der mitgelieferte Text gilt wieder."))
