"""The dashboard: today's numbers and the widgets plugins contribute."""

from __future__ import annotations

from datetime import date

from core.charts import columns_chart
from core.services.reports import agency_figures, children_by_month
from core.web.routing import Req, RouteTable

routes = RouteTable()


@routes.page("/", permission="dashboard.view")
def dashboard(req: Req):
    today = date.today()
    widgets = sorted(
        req.kernel.collect("dashboard_widgets", session=req.session, user=req.user),
        key=lambda w: (w.order, w.title),
    )
    by_month = children_by_month(req.session, today)
    chart = columns_chart(
        [(f"{first:%m/%y}", count) for first, count in by_month],
        "Kinder in Betreuung, jeweils am Monatsersten",
        col_w=36,
    )
    return req.render(
        "core/dashboard.html",
        today=today,
        figures=agency_figures(req.session, today),
        widgets=widgets,
        chart=chart,
        by_month=by_month,
    )
