"""Moving in on screen: upload a workbook, see how its columns were read and what the
import would do (the preview keeps nothing), import it after a confirmation, read the
report. The uploaded file waits in the data folder (0600) under a random name until it is
imported or dropped; each step names the file by that name only."""

from __future__ import annotations

import secrets
import shutil
from datetime import date
from pathlib import Path

from core import private_files
from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from core.imports import reading, run, starter
from core.imports.sheets import column_name
from core.web.routing import Req, RouteTable, download

routes = RouteTable()
SUFFIXES = {".xlsx", ".csv", ".txt"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _folder(req: Req) -> Path:
    return Path(req.installation.settings.data_dir) / "imports"


def _waiting(req: Req) -> Path:
    """The uploaded file this step is about; NotFound for any other name."""
    token = req.request.path_params["token"]
    if not (token.isascii() and token.replace("-", "").replace("_", "").isalnum()):
        raise NotFound(gettext_("Diese Datei gibt es nicht mehr."))
    found = [p for p in _folder(req).glob(f"{token}.*") if p.suffix in SUFFIXES]
    if not found:
        raise NotFound(gettext_("Diese Datei gibt es nicht mehr."))
    return found[0]


def _sheets(req: Req) -> list:
    return [s for found in req.hooks.import_sheets() for s in found or ()]


@routes.page("/admin/import", permission="admin.import", methods=("GET", "POST"))
def upload(req: Req):
    if req.form is None:
        return req.render("core/import.html", sheets=_sheets(req))
    file = req.form.get("file")
    name = Path(getattr(file, "filename", "") or "").name
    suffix = Path(name).suffix.lower()
    if not hasattr(file, "file") or not name:
        return _again(req, gettext_("Datei: Bitte eine Datei wählen."))
    if suffix not in SUFFIXES:
        return _again(req, gettext_("Datei: Bitte eine .xlsx- oder .csv-Datei."))
    limits = reading.limits_of(req.session)
    token, data_dir = secrets.token_urlsafe(16), req.installation.settings.data_dir
    path = private_files.create(
        _folder(req) / f"{token}{suffix}", req.installation.settings.data_dir
    )
    with path.open("wb") as out:  # in pieces: never the whole file in memory
        shutil.copyfileobj(file.file, out, 1 << 20)
    if path.stat().st_size > limits.max_bytes:
        path.unlink()
        return _again(
            req,
            gettext_("Datei: höchstens {limit} MB.").format(limit=limits.max_bytes // 1_000_000),
        )
    private_files.write(path.with_suffix(".name"), name[:200].encode(), data_dir)
    return req.redirect(f"/admin/import/{token}")


def _again(req: Req, message: str):
    return req.render("core/import.html", status=422, sheets=_sheets(req), error=message)


def _shown_name(path: Path) -> str:
    label = path.with_suffix(".name")
    return label.read_text(encoding="utf-8") if label.exists() else path.name


@routes.page("/admin/import-templates/{sheet}.xlsx", permission="admin.import")
def template(req: Req):
    key = req.request.path_params["sheet"]
    sheet = next((s for s in _sheets(req) if s.key == key), None)
    if sheet is None:
        raise NotFound(gettext_("Diese Vorlage gibt es nicht."))
    return download(starter.workbook(sheet), XLSX, f"vorlage-{sheet.key}.xlsx")


@routes.page("/admin/import/{token}", permission="admin.import", methods=("GET", "POST"))
def preview(req: Req):
    path = _waiting(req)
    shown = _shown_name(path)
    sheets = _sheets(req)
    try:
        plans = run.plan(path, sheets, reading.limits_of(req.session))
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
        _drop(path)
        return req.render("core/import_done.html", name=shown, report=report)
    return req.render(
        "core/import_preview.html",
        token=path.stem,
        name=shown,
        refused=[],
        tables=[_columns(p) for p in plans],
        report=report,
        status=422 if report.problems and not dry_run else 200,
    )


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
    path = _waiting(req)
    if req.form is None:
        return req.render(
            "core/confirm.html",
            title=gettext_("Datei verwerfen?"),
            text=gettext_("{name} wird gelöscht; übernommen wurde nichts.").format(
                name=_shown_name(path)
            ),
            url=f"/admin/import/{path.stem}/drop",
            label=gettext_("Verwerfen"),
            back=f"/admin/import/{path.stem}",
        )
    _drop(path)
    return req.redirect("/admin/import", gettext_("Datei verworfen."))


def _drop(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_suffix(".name").unlink(missing_ok=True)
