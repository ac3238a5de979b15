"""The job queue as administrators see it: what ran, what is waiting, what failed and
why, with a restart for failed jobs."""

from __future__ import annotations

from core.errors import ValidationError
from core.i18n import gettext_
from core.jobs import queue
from core.web.routing import Req, RouteTable

routes = RouteTable()


@routes.page("/admin/jobs", permission="admin.jobs")
def job_list(req: Req):
    status = req.request.query_params.get("status") or None
    if status not in queue.STATUS_LABELS:
        status = None
    kinds = {k.name: k.label for k in req.kernel.collect("job_kinds")}
    return req.render(
        "core/jobs.html",
        block="jobs",
        jobs=queue.recent(req.session, status),
        kinds=kinds,
        labels=queue.STATUS_LABELS,
        shown=status,
        inline=req.installation.settings.inline_worker,
    )


@routes.page("/admin/jobs/{id:int}/restart", permission="admin.jobs", methods=("POST",))
def job_restart(req: Req):
    try:
        job = queue.restart(req.session, req.path_int("id"), req.user.username)
    except ValidationError as exc:
        req.flash(" ".join(exc.errors.values()), "error")
        return req.redirect("/admin/jobs")
    return req.redirect(
        "/admin/jobs", gettext_("Auftrag #{id} ist wieder eingereiht.").format(id=job.id)
    )
