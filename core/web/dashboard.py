"""The dashboard: today's numbers and the widgets plugins contribute."""

from __future__ import annotations

from datetime import date

from core.services.reports import agency_figures
from core.web.routing import Req, RouteTable

routes = RouteTable()


@routes.page("/", permission="dashboard.view")
def dashboard(req: Req):
    today = date.today()
    widgets = sorted(
        req.kernel.collect("dashboard_widgets", session=req.session, user=req.user),
        key=lambda w: (w.order, w.title),
    )
    return req.render(
        "core/dashboard.html",
        today=today,
        figures=agency_figures(req.session, today),
        widgets=widgets,
    )
