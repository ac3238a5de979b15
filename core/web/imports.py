"""Moving in on screen: upload a workbook, see how its columns were read and what the
import would do (the preview keeps nothing), import it after a confirmation, read and
download the report. The uploaded file waits under a random name (`imports.waiting`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from core.imports import reading, run, starter, waiting
from core.imports.sheets import column_name
from core.web.routing import Req, RouteTable, download

routes = RouteTable()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _data_dir(req: Req) -> Path:
    return Path(req.installation.settings.data_dir)


def _sheets(req: Req) -> list:
    return [s for found in req.hooks.import_sheets() for s in found or ()]


@routes.page("/admin/import", permission="admin.import", methods=("GET", "POST"))
def upload(req: Req):
    if req.form is None:
        return req.render("core/import.html", sheets=_sheets(req))
    file = req.form.get("file")
    name = Path(getattr(file, "filename", "") or "").name
    if not hasattr(file, "file") or not name:
        return _again(req, gettext_("Datei: Bitte eine Datei wählen."))
    try:
        limit = reading.limits_of(req.session).max_bytes
        token = waiting.keep(_data_dir(req), file.file, name, limit)
    except ValidationError as exc:
        return _again(req, exc.errors["file"])
    return req.redirect(f"/admin/import/{token}")


def _again(req: Req, message: str):
    return req.render("core/import.html", status=422, sheets=_sheets(req), error=message)


@routes.page("/admin/import-templates/{sheet}.xlsx", permission="admin.import")
def template(req: Req):
    key = req.request.path_params["sheet"]
    sheet = next((s for s in _sheets(req) if s.key == key), None)
    if sheet is None:
        raise NotFound(gettext_("Diese Vorlage gibt es nicht."))
    return download(starter.workbook(sheet), XLSX, f"vorlage-{sheet.key}.xlsx")


@routes.page("/admin/import/{token}", permission="admin.import", methods=("GET", "POST"))
def preview(req: Req):
    path = waiting.path_of(_data_dir(req), req.request.path_params["token"])
    shown = waiting.shown_name(path)
    try:
        plans = run.plan(path, _sheets(req), reading.limits_of(req.session))
    except ValidationError as exc:
        return req.render(
            "core/import_preview.html",
            status=422,
            token=path.stem,
            name=shown,
            refused=list(exc.errors.values()),
            tables=[],
            report=None,
        )
    dry_run = req.form is None or req.form.get("confirmed") != "yes"
    report = run.import_file(
        req.installation.db,
        path,
        plans,
        hooks=req.hooks,
        actor=req.user.username,
        today=date.today(),
        dry_run=dry_run,
        shown_name=shown,
    )
    if report.imported:
        waiting.drop(path)
        waiting.keep_report(_data_dir(req), path.stem, report)
        return req.render("core/import_done.html", name=shown, report=report, token=path.stem)
    return req.render(
        "core/import_preview.html",
        token=path.stem,
        name=shown,
        refused=[],
        tables=[_columns(p) for p in plans],
        report=report,
        status=422 if report.problems and not dry_run else 200,
    )


@routes.page("/admin/import/{token}/bericht.csv", permission="admin.import")
def report_download(req: Req):
    token = req.request.path_params["token"]
    content = waiting.report_of(_data_dir(req), token)
    return download(content, "text/csv; charset=utf-8", "umzug-bericht.csv")


def _columns(plan) -> dict:
    """How a table was read: each column with the field it fills, or none."""
    fills = {index: key for key, index in plan.mapping.items()}
    return {
        "name": plan.table.name,
        "sheet": plan.sheet.label,
        "columns": [
            (column_name(i), title, plan.sheet.field(fills[i]).label if i in fills else None)
            for i, title in enumerate(plan.table.header)
        ],
        "missing": [f.label for f in plan.sheet.fields if f.key not in plan.mapping],
    }


@routes.page("/admin/import/{token}/drop", permission="admin.import", methods=("GET", "POST"))
def drop(req: Req):
    path = waiting.path_of(_data_dir(req), req.request.path_params["token"])
    if req.form is None:
        return req.render(
            "core/confirm.html",
            title=gettext_("Datei verwerfen?"),
            text=gettext_("{name} wird gelöscht; übernommen wurde nichts.").format(
                name=waiting.shown_name(path)
            ),
            url=f"/admin/import/{path.stem}/drop",
            label=gettext_("Verwerfen"),
            back=f"/admin/import/{path.stem}",
        )
    waiting.drop(path)
    return req.redirect("/admin/import", gettext_("Datei verworfen."))
