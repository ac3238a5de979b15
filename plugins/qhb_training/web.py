"""Qualifizierung screens."""

from __future__ import annotations

from datetime import date

from core.web.routing import Req, RouteTable
from plugins.qhb_training import service

routes = RouteTable()


@routes.page("/", permission="qhb_training.view")
def overview(req: Req):
    today = date.today()
    return req.render(
        "qhb_training/index.html", today=today, renewals=service.renewals_due(req.session, today)
    )
