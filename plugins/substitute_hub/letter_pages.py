"""The parents' confirmations for the shown period: who gets an e-mail, who a letter,
whom neither reaches – then one click queues the job that sends them."""

from __future__ import annotations

from core.letters import delivery
from core.web.routing import Req
from plugins.substitute_hub import letters, reach
from plugins.substitute_hub.web import period, routes


@routes.page("/letters", permission=reach.ALL, methods=("GET", "POST"))
def confirmation_letters(req: Req):
    start, end = period(req)
    if req.form is not None:
        job = letters.queue(req.session, start, end, req.user.username)
        return req.redirect(f"/letters/{job.id}")
    batch = delivery.plan(letters.confirmations(req.session, start, end))
    return req.render("substitute_hub/letters.html", start=start, end=end, batch=batch)
