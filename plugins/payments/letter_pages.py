"""Sending a finalised run's statements: the plan first (e-mail, post, unreachable), then
one click queues the job; a second sending says when the first one went."""

from __future__ import annotations

from core.errors import ValidationError
from core.letters import delivery
from core.web.routing import Req
from plugins.payments import documents, letters
from plugins.payments.runs import lifecycle
from plugins.payments.web import routes, run_detail


@routes.page("/runs/{id:int}/letters", permission="payments.edit", methods=("GET", "POST"))
def statement_letters(req: Req):
    run = lifecycle.get_run(req.session, req.path_int("id"))
    try:
        letters.sendable(run)
    except ValidationError as exc:
        return run_detail(req, str(exc), 422)
    if req.form is not None:
        job = letters.queue(req.session, run, req.user.username)
        return req.redirect(f"/letters/{job.id}")
    files = documents.run_dir(req.installation.settings.data_dir, run)
    batch = delivery.plan(letters.statements(req.session, run, files))
    return req.render(
        "payments/letters.html", run=run, batch=batch, sent=letters.last_sent(req.session, run)
    )
