"""Administration: plugins on and off, installation settings."""

from __future__ import annotations

from datetime import date

from core.errors import PluginError, ValidationError
from core.i18n import gettext_
from core.letters.letterhead import LOGO_KEY, Letterhead
from core.letters.logo import LOGO_MAX_BYTES, checked_logo
from core.letters.pdf import render_pdf
from core.web.routing import Req, RouteTable, download

routes = RouteTable()


@routes.page("/admin/plugins", permission="admin.plugins")
def plugin_list(req: Req):
    return req.render("core/plugins.html", plugins=req.installation.plugin_rows())


@routes.page("/admin/plugins/{name}/{action}", permission="admin.plugins", methods=("GET", "POST"))
def plugin_switch(req: Req):
    name, action = req.request.path_params["name"], req.request.path_params["action"]
    rows = {p["name"]: p for p in req.installation.plugin_rows()}
    if name not in rows or action not in {"enable", "disable"}:
        return req.render(
            "core/error.html", status=404, message=gettext_("Dieses Modul gibt es nicht.")
        )
    if req.form is None:
        return req.render("core/plugin_confirm.html", plugin=rows[name], action=action)
    try:
        if action == "enable":
            req.installation.enable(name)
        else:
            req.installation.disable(name)
    except PluginError as exc:
        req.flash(str(exc), "error")
        return req.redirect("/admin/plugins")
    done = (
        gettext_("Modul {label} aktiviert.")
        if action == "enable"
        else gettext_("Modul {label} deaktiviert (Daten bleiben erhalten).")
    )
    label = rows[name]["label"]
    return req.redirect("/admin/plugins", done.format(label=gettext_(label)))


@routes.page("/admin/settings", permission="admin.settings", methods=("GET", "POST"))
def settings_page(req: Req):
    store = req.kernel.settings
    if req.form is not None:
        try:
            for key in _listed(store):
                if key in req.form:
                    store.set(req.session, key, req.form[key])
        except ValidationError as exc:
            return req.render(
                "core/settings.html",
                block="form",
                status=422,
                specs=_listed(store),
                values=dict(req.form),
                errors=exc.errors,
                logo=store.get(req.session, LOGO_KEY),
            )
        return req.redirect("/admin/settings", gettext_("Einstellungen gespeichert."))
    values = store.all(req.session)
    return req.render(
        "core/settings.html",
        block="form",
        specs=_listed(store),
        values=values,
        logo=values[LOGO_KEY],
    )


def _listed(store) -> dict:
    """The settings of the list: every text, number and choice (the logo is a file)."""
    return {key: spec for key, spec in store.specs.items() if spec.section != "logo"}


# --- the logo and a sample page of the letterhead ------------------------------------------


@routes.page("/admin/settings/logo", permission="admin.settings", methods=("POST",))
def logo_upload(req: Req):
    upload = req.form.get("logo")
    filename = getattr(upload, "filename", "") or ""
    content = upload.file.read(LOGO_MAX_BYTES + 1) if hasattr(upload, "file") else b""
    try:
        req.kernel.settings.set(req.session, LOGO_KEY, checked_logo(filename, content))
    except ValidationError as exc:
        req.flash(" ".join(exc.errors.values()), "error")
        return req.redirect("/admin/settings#logo")
    return req.redirect("/admin/settings#logo", gettext_("Logo gespeichert."))


@routes.page("/admin/settings/logo/delete", permission="admin.settings", methods=("GET", "POST"))
def logo_delete(req: Req):
    if req.form is None:
        return req.render(
            "core/confirm.html",
            title=gettext_("Logo entfernen?"),
            text=gettext_("Briefe und Bescheide tragen danach nur den Namen der Stelle."),
            url="/admin/settings/logo/delete",
            label=gettext_("Logo entfernen"),
            back="/admin/settings#logo",
        )
    req.kernel.settings.set(req.session, LOGO_KEY, "")
    return req.redirect("/admin/settings#logo", gettext_("Logo entfernt."))


@routes.page("/admin/settings/letterhead.pdf", permission="admin.settings")
def letterhead_sample(req: Req):
    pdf = render_pdf(
        "core/pdf/letterhead_sample.html", {"lh": Letterhead.of(req.session), "today": date.today()}
    )
    return download(pdf, "application/pdf", "briefkopf-probeseite.pdf")
