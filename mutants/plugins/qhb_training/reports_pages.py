"""Qualifizierung: the due list, the curricula (shipped and imported) and the yearly
reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.errors import NotFound, ValidationError
from core.forms import whole_number
from core.i18n import gettext_
from core.web.routing import Req, download
from plugins.qhb_training import (
    credentials,
    curricula,
    reports,
)
from plugins.qhb_training.models import (
    CURRICULUM_KINDS,
)
from plugins.qhb_training.web import EDIT, VIEW, routes, rules


@routes.page("/due", permission=VIEW)
def due_list(req: Req):
    r = rules(req)
    days = req.query.get("days", "")
    if 0 < (whole_number(days) or 0) <= 3650:
        r = replace(r, due_days=whole_number(days))
    return req.render(
        "qhb_training/due.html", dues=credentials.dues(req.session, r, date.today()), rules=r
    )


@routes.page("/curricula", permission=VIEW)
def curriculum_list(req: Req, errors=None, status=200):
    return req.render(
        "qhb_training/curricula.html",
        curricula=curricula.all_curricula(req.session),
        kinds=CURRICULUM_KINDS,
        errors=errors or {},
        status=status,
    )


@routes.page("/curricula/import", permission=EDIT, methods=("POST",))
def curriculum_import(req: Req):
    upload = req.form.get("file")
    try:
        if upload is None or not hasattr(upload, "file"):
            raise ValidationError({"file": gettext_("Datei: Bitte eine TOML-Datei auswählen.")})
        text = upload.file.read(1_000_000).decode("utf-8", errors="replace")
        records = curricula.parse(text, upload.filename or gettext_("Datei"))
        added = curricula.import_records(
            req.session, records, replace=req.form.get("replace") == "on"
        )
    except ValidationError as exc:
        return curriculum_list(req, {"file": str(exc)}, 422)
    return req.redirect(
        "/qhb_training/curricula",
        gettext_("{count} Curricula eingespielt.").format(count=len(added)),
    )


@routes.page("/curricula/builtin", permission=EDIT, methods=("POST",))
def curriculum_builtin(req: Req):
    added = curricula.install_builtin(req.session)
    return req.redirect(
        "/qhb_training/curricula",
        gettext_("{added} mitgelieferte Curricula ergänzt.").format(added=len(added)),
    )


def _year(req: Req) -> int:
    raw = req.query.get("year", "") or req.request.path_params.get("year", "")
    year = whole_number(raw)
    return year if year is not None and 2000 <= year <= 2100 else date.today().year


@routes.page("/reports", permission=VIEW)
def report(req: Req):
    year = _year(req)
    return req.render("qhb_training/report.html", year=year, rows=reports.yearly(req.session, year))


@routes.page("/reports/{year:int}.{fmt}", permission=VIEW)
def report_export(req: Req):
    year, fmt = _year(req), req.request.path_params["fmt"]
    rows = reports.yearly(req.session, year)
    if fmt == "csv":
        return download(
            reports.to_csv(year, rows), "text/csv; charset=utf-8", f"qualifizierung-{year}.csv"
        )
    if fmt == "xlsx":
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return download(reports.to_xlsx(year, rows), media, f"qualifizierung-{year}.xlsx")
    raise NotFound(gettext_("Dieses Format gibt es nicht (csv oder xlsx)."))
