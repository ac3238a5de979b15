"""Rate tables on the screen: the stored periods, importing a preset or an own TOML file
with a preview of what changes before anything is saved, deleting a period."""

from __future__ import annotations

from core.errors import ValidationError
from core.i18n import gettext_
from core.web.routing import Req
from plugins.payments.rates import periods, preview, ratefile
from plugins.payments.web import routes


@routes.page("/rates", permission="payments.view")
def rate_list(req: Req, errors=None, status=200):
    return req.render(
        "payments/rates.html",
        periods=periods.rate_periods(req.session),
        presets={key: ratefile.load_file(path) for key, path in ratefile.presets().items()},
        errors=errors or {},
        status=status,
    )


@routes.page("/rates/import", permission="payments.edit", methods=("POST",))
def rate_import_page(req: Req):
    """First a preview (what is added, replaced, changed); saved only on confirming it."""
    replace = req.form.get("replace") == "on"
    try:
        table, carried = _table_of(req)
        if req.form.get("confirm") != "1":
            previews = preview.preview(req.session, table)
            return req.render(
                "payments/rates_preview.html",
                table=table,
                previews=previews,
                carried=carried,
                replace=replace,
            )
        count = periods.import_table(req.session, table, replace=replace)
    except ValidationError as exc:
        return rate_list(req, errors=exc.errors, status=422)
    return req.redirect(
        "/payments/rates",
        gettext_("{count} Satzzeitraum/-zeiträume übernommen.").format(count=count),
    )


def _table_of(req: Req):
    """The table to import and the fields that carry it to the confirmation: an uploaded
    file's text, or the preset's key."""
    if text := req.form.get("toml"):
        name = str(req.form.get("filename") or "Satzdatei")
        return preview.table_from_text(str(text), name), {"toml": text, "filename": name}
    upload = req.form.get("file")
    if getattr(upload, "filename", ""):
        content = upload.file.read(preview.MAX_FILE_BYTES + 1)
        table = preview.table_from_upload(upload.filename, content)
        return table, {"toml": content.decode("utf-8"), "filename": upload.filename}
    key = str(req.form.get("preset", ""))
    path = ratefile.presets().get(key)
    if path is None:
        raise ValidationError(
            {"preset": gettext_("Eine Vorlage '{key}' gibt es nicht.").format(key=key)}
        )
    return ratefile.load_file(path), {"preset": key}


@routes.page("/rates/{id:int}/delete", permission="payments.edit", methods=("GET", "POST"))
def rate_delete(req: Req):
    period = periods.get_rate_period(req.session, req.path_int("id"))
    if req.form is None:
        return req.render("payments/confirm.html", period=period, action="delete_rates")
    periods.delete_rate_period(req.session, period.id)
    return req.redirect("/payments/rates", gettext_("Satzzeitraum gelöscht."))
