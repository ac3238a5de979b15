"""Elternbeirat screens."""

from __future__ import annotations

from datetime import date

from core.web.routing import Req, RouteTable
from plugins.parent_council import service

routes = RouteTable()


@routes.page("/", permission="parent_council.view")
def overview(req: Req):
    today = date.today()
    children, guardians = service.electorate(req.session, today)
    return req.render(
        "parent_council/index.html", today=today, children=children, guardians=guardians
    )
