"""Vertretung screens."""

from __future__ import annotations

from datetime import date

from core.models.calendar import ABSENCE_LABELS
from core.services.persons import get_person
from core.web.persons import person_page
from core.web.routing import Req, RouteTable
from plugins.substitute_hub import service

routes = RouteTable()


@routes.page("/", permission="substitute_hub.view")
def overview(req: Req):
    today = date.today()
    return req.render(
        "substitute_hub/index.html",
        today=today,
        absent=service.absent_on(req.session, today),
        kinds=ABSENCE_LABELS,
    )


@routes.page("/person/{id:int}", permission="substitute_hub.view")
def person_tab(req: Req):
    person = get_person(req.session, req.path_int("id"))
    contracts, absences = service.child_outlook(req.session, person, date.today())
    return person_page(
        req,
        person,
        "substitute_hub",
        "substitute_hub/person_tab.html",
        contracts=contracts,
        absences=absences,
        kinds=ABSENCE_LABELS,
    )
