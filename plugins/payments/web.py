"""Geldleistung screens."""

from __future__ import annotations

from datetime import date

from core.services.calendar import month_bounds
from core.web.routing import Req, RouteTable
from plugins.payments import service

routes = RouteTable()


@routes.page("/", permission="payments.view")
def overview(req: Req):
    today = date.today()
    first, last = month_bounds(today.year, today.month)
    payees = service.payees(req.session, first, last)
    return req.render(
        "payments/index.html",
        first=first,
        payees=payees,
        without_iban=[p for p in payees if not p.childminder.iban],
    )
