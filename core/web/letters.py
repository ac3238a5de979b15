"""A batch of letters on its way: progress while the PDFs are drawn, then what went by
e-mail, the letters to print in one file, and whom neither way reaches. Each module's
letters job lands here; only the person who started it (or an administrator) sees it."""

from __future__ import annotations

from core.errors import NotFound
from core.i18n import gettext_
from core.jobs import queue
from core.letters import delivery
from core.web.routing import Req, RouteTable, download

routes = RouteTable()


def _own_job(req: Req):
    job = queue.get(req.session, req.path_int("id"))
    mine = job.actor == req.user.username or req.can("admin.jobs")
    if not (job.payload or {}).get("letters") or not mine:
        raise NotFound(gettext_("Diesen Auftrag gibt es nicht."))
    return job


@routes.page("/letters/{id:int}", permission="dashboard.view")
def letters_job(req: Req):
    job = _own_job(req)
    path = delivery.printout_path(req.installation.settings.data_dir, job.id)
    return req.render(
        "core/letters_job.html",
        block="progress",
        job=job,
        result=job.result or {},
        printout=path.exists(),
        codes=(job.payload or {}).get("codes", False),
    )


@routes.page("/letters/{id:int}/print.pdf", permission="dashboard.view")
def letters_printout(req: Req):
    job = _own_job(req)
    path = delivery.printout_path(req.installation.settings.data_dir, job.id)
    if job.status != "done" or not path.exists():
        raise NotFound(gettext_("Für diesen Auftrag gibt es keine Briefe zum Drucken."))
    content = path.read_bytes()
    if (job.payload or {}).get("codes"):  # codes in plain leave the disk with the download
        path.unlink(missing_ok=True)
    return download(content, "application/pdf", f"briefe-{job.id}.pdf")
