"""Vermittlung screens: the board of free places and a childminder's tab with her free
places and declaration."""

from __future__ import annotations

from datetime import date

from core.errors import ValidationError
from core.forms import page_number, parse_date, whole_number
from core.i18n import gettext_
from core.models.contracts import WEEKDAY_LABELS, WEEKDAYS
from core.services.districts import district_filter
from core.services.persons import get_person
from core.web.persons import person_page
from core.web.routing import Req, RouteTable
from plugins.placement import board as board_service
from plugins.placement import declaration as declarations
from plugins.placement.register import place_of

routes = RouteTable()
VIEW, EDIT = "placement.view", "placement.edit"
PER_PAGE = 50  # a district of a large city has a thousand childminders


def day_asked(req: Req) -> date:
    try:
        return parse_date(req.query.get("on", ""))
    except ValueError:
        return date.today()


@routes.page("/", permission=VIEW)
def board(req: Req):
    on = day_asked(req)
    weekday = req.query.get("weekday", "")
    weekday = weekday if weekday in WEEKDAYS else ""
    age = whole_number(req.query.get("age", ""))
    age = age if age is not None and 0 <= age <= declarations.OLDEST else None
    chosen = district_filter(req.session, req.user, req.query.get("district"))
    free, held = board_service.board(req.session, on, chosen, weekday or None, age)
    page = page_number(req.query.get("page"))
    pages = max((len(free) + PER_PAGE - 1) // PER_PAGE, 1)
    page = min(page, pages)
    return req.render(
        "placement/board.html",
        block="results",
        rows=free[(page - 1) * PER_PAGE : page * PER_PAGE],
        total=len(free),
        page=page,
        pages=pages,
        held=held[:PER_PAGE],
        held_total=len(held),
        on=on,
        weekday=weekday,
        age="" if age is None else age,
        districts=chosen,
        weekdays=board_service.WORKDAYS,
        weekday_labels=WEEKDAY_LABELS,
    )


def _tab(req: Req, person, data, errors=None):
    place = place_of(req.session, person.id, date.today())
    return person_page(
        req,
        person,
        "placement",
        "placement/person_tab.html",
        row=board_service.row(place, date.today()),
        place=place,
        data=data,
        errors=errors or {},
        weekdays=WEEKDAYS,
        weekday_labels=WEEKDAY_LABELS,
        flags=declarations.FLAGS,
        status=422 if errors else 200,
    )


@routes.page("/person/{id:int}", permission=VIEW)
def person_tab(req: Req):
    person = get_person(req.session, req.path_int("id"))
    declaration = declarations.declaration_of(req.session, person.id)
    return _tab(req, person, declarations.form_data(declaration))


@routes.page("/person/{id:int}", permission=EDIT, methods=("POST",))
def declaration_save(req: Req):
    person = get_person(req.session, req.path_int("id"))
    try:
        declarations.save_declaration(req.session, person.id, req.form, req.user.username)
    except ValidationError as exc:
        return _tab(req, person, dict(req.form), exc.errors)
    return req.redirect(f"/placement/person/{person.id}", gettext_("Angaben gespeichert."))
