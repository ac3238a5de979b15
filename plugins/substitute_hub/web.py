"""Vertretung screens: providers, open needs with proposals, week board, child tab."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from core.errors import NotFound, ValidationError
from core.forms import parse_date, whole_number
from core.i18n import gettext_
from core.models import Person
from core.models.calendar import ABSENCE_LABELS
from core.models.persons import Role
from core.services.persons import get_person, people_with_role
from core.web.persons import person_page
from core.web.routing import Req, RouteTable, download
from plugins.substitute_hub import booking, documents, planning, providers, service
from plugins.substitute_hub.models import (
    PROVIDER_KINDS,
    Enrolment,
    Need,
    PlaceDay,
    Placement,
    Provider,
)

routes = RouteTable()


@routes.page("/", permission="substitute_hub.view")
def overview(req: Req):
    today = date.today()
    unsettled = planning.unsettled(req.session, _visits_rule(req))
    return req.render(
        "substitute_hub/index.html",
        today=today,
        absent=service.absent_on(req.session, today),
        kinds=ABSENCE_LABELS,
        unsettled=unsettled,
        names=_names(req, {e.child_id for e in unsettled}),
        rule=_visits_rule(req),
    )


# --- providers ------------------------------------------------------------------------


@routes.page("/providers", permission="substitute_hub.view")
def provider_list(req: Req):
    return req.render(
        "substitute_hub/providers.html",
        providers=providers.all_providers(req.session),
        kinds=PROVIDER_KINDS,
    )


def _provider_form(req: Req, data: dict, provider=None, errors=None, status=200):
    return req.render(
        "substitute_hub/provider_form.html",
        block="form",
        data=data,
        provider=provider,
        kinds=PROVIDER_KINDS,
        absence_kinds=ABSENCE_LABELS,
        weekdays=providers.WEEKDAY_KEYS,
        childminders=people_with_role(req.session, Role.CHILDMINDER),
        members_choices=people_with_role(req.session, Role.CHILDMINDER)
        + people_with_role(req.session, Role.STAFF),
        errors=errors or {},
        status=status,
    )


@routes.page("/providers/new", permission="substitute_hub.edit", methods=("GET", "POST"))
def provider_new(req: Req):
    if req.form is None:
        defaults = {"kind": "hub", "places": "9", "active": True, "max_age_months": "72"}
        defaults.update({f"day_{d}": True for d in providers.WEEKDAY_KEYS[:5]})
        defaults.update({f"accepts_{k.value}": True for k in ABSENCE_LABELS})
        return _provider_form(req, defaults)
    try:
        provider = providers.save_provider(req.session, req.form)
    except ValidationError as exc:
        return _provider_form(req, _form_data(req), errors=exc.errors, status=422)
    return req.redirect(
        "/substitute_hub/providers", gettext_("{name} gespeichert.").format(name=provider.name)
    )


@routes.page("/providers/{id:int}/edit", permission="substitute_hub.edit", methods=("GET", "POST"))
def provider_edit(req: Req):
    provider = providers.get_provider(req.session, req.path_int("id"))
    if req.form is None:
        return _provider_form(req, providers.provider_form_data(provider), provider)
    try:
        providers.save_provider(req.session, req.form, provider)
    except ValidationError as exc:
        return _provider_form(req, _form_data(req), provider, exc.errors, 422)
    return req.redirect(
        "/substitute_hub/providers", gettext_("{name} gespeichert.").format(name=provider.name)
    )


def _form_data(req: Req) -> dict:
    """The submitted form for re-display, keeping every chosen member."""
    return {**dict(req.form), "members": req.form.getlist("members")}


# --- needs and proposals ---------------------------------------------------------------


def _period(req: Req) -> tuple[date, date]:
    source = req.form if req.form is not None else req.query
    try:
        start = parse_date(source.get("start", ""))
    except ValueError:
        start = date.today() - timedelta(days=date.today().weekday())
    try:
        end = parse_date(source.get("end", ""))
    except ValueError:
        end = start + timedelta(days=13)
    return start, max(start, end)


@routes.page("/needs", permission="substitute_hub.view")
def need_list(req: Req, outcome=None, status=200):
    start, end = _period(req)
    shown, provider_id = req.query.get("shown", ""), req.query.get("provider", "")
    query = select(Need).where(Need.day.between(start, end))
    if shown == "open":
        query = query.where(~Need.placement.has())
    elif shown == "placed":
        query = query.where(Need.placement.has())
    if (provider := whole_number(provider_id)) is not None:
        query = query.where(Need.placement.has(Placement.provider_id == provider))
    # placements and their providers in two queries, not one per row
    query = query.options(selectinload(Need.placement).joinedload(Placement.provider))
    rows = req.session.scalars(query.order_by(Need.day, Need.child_id)).all()
    return req.render(
        "substitute_hub/needs.html",
        start=start,
        end=end,
        needs=rows,
        outcome=outcome,
        shown=shown,
        provider_filter=provider_id,
        names=_names(req, {n.child_id for n in rows} | {n.childminder_id for n in rows}),
        providers=providers.all_providers(req.session),
        status=status,
    )


@routes.page("/needs/propose", permission="substitute_hub.edit", methods=("POST",))
def need_propose(req: Req):
    start, end = _period(req)
    outcome = planning.propose(req.session, start, end, _visits_rule(req))
    if req.form.get("apply") == "1":
        planning.apply(req.session, outcome, req.user.username)
        message = gettext_("{booked} Plätze gebucht.").format(booked=outcome.booked)
        if outcome.failed:
            message += gettext_(" {failed} nicht mehr frei – bitte erneut vorschlagen.").format(
                failed=len(outcome.failed)
            )
        return req.redirect(f"/substitute_hub/needs?start={start}&end={end}", message)
    return need_list(req, outcome)


@routes.page("/needs/{id:int}/place", permission="substitute_hub.edit", methods=("POST",))
def need_place(req: Req):
    need = req.session.get(Need, req.path_int("id"))
    if need is None:
        raise NotFound(gettext_("Diesen Bedarf gibt es nicht."))
    try:
        provider = providers.get_provider(req.session, req.form_id("provider_id"))
        booking.book(
            req.session,
            need,
            provider,
            manual=True,
            reason="von Hand zugeordnet",
            actor=req.user.username,
        )
    except ValidationError as exc:
        message = " ".join(exc.errors.values())
        if req.htmx and req.form.get("cell"):
            return _day_cell(req, req.form_id("provider_id"), need.day, message)
        req.flash(message, "error")
        return req.redirect(_back(req, need.day))
    if req.htmx and req.form.get("cell"):  # the week board updates just this day
        return _day_cell(req, provider.id, need.day)
    return req.redirect(_back(req, need.day), f"Platz bei {provider.name} gebucht.")


@routes.page("/needs/{id:int}/decline", permission="substitute_hub.edit", methods=("POST",))
def need_decline(req: Req):
    """The family does not need the place that day (or, undone, needs it again)."""
    need = req.session.get(Need, req.path_int("id"))
    if need is None:
        raise NotFound(gettext_("Diesen Bedarf gibt es nicht."))
    undo = req.form.get("undo") == "1"
    if not undo and need.placement is not None:
        booking.release(req.session, need.placement)
    need.declined = not undo
    message = (
        gettext_("Absage zurückgenommen.")
        if undo
        else gettext_("Absage der Familie eingetragen, Platz frei.")
    )
    return req.redirect(_back(req, need.day), message)


@routes.page("/placements/{id:int}/cancel", permission="substitute_hub.edit", methods=("POST",))
def placement_cancel(req: Req):
    """Free a place; a second click (or a second coordinator) is told it is free already."""
    placement = req.session.get(Placement, req.path_int("id"))
    if placement is None or not booking.release(req.session, placement):
        req.flash(gettext_("Dieser Platz war schon freigegeben; nichts geändert."), "info")
        return req.redirect(req.back("/substitute_hub/needs"))
    return req.redirect(_back(req, placement.day), gettext_("Platz freigegeben."))


def _back(req: Req, day: date) -> str:
    return req.back(f"/substitute_hub/needs?start={day}&end={day}")


# --- week board --------------------------------------------------------------------------


@routes.page("/week", permission="substitute_hub.view")
def week(req: Req):
    provider_list = [p for p in providers.all_providers(req.session) if p.active]
    chosen = req.query.get("provider")
    provider = next((p for p in provider_list if str(p.id) == chosen), None)
    provider = provider or (provider_list[0] if provider_list else None)
    try:
        start = parse_date(req.query.get("start", ""))
    except ValueError:
        start = date.today()
    start -= timedelta(days=start.weekday())
    days = [start + timedelta(days=i) for i in range(5)]
    board = (
        _board(req, provider, days)
        if provider
        else {"placed": {}, "open_needs": {}, "booked": {}, "places": {}, "names": {}}
    )
    return req.render(
        "substitute_hub/week.html",
        providers=provider_list,
        provider=provider,
        days=days,
        **board,
        previous=days[0] - timedelta(days=7),
        next=days[0] + timedelta(days=7),
    )


def _board(req: Req, provider: Provider, days: list[date]) -> dict:
    placed, open_needs = {}, {}
    for pl in req.session.scalars(
        select(Placement).where(
            Placement.provider_id == provider.id, Placement.day.between(days[0], days[-1])
        )
    ):
        placed.setdefault(pl.day, []).append(pl)
    enrolled = {e.child_id for e in provider_enrolments(req, provider)}
    for n in req.session.scalars(
        select(Need).where(
            Need.day.between(days[0], days[-1]),
            ~Need.placement.has(),
            ~Need.declined,
            Need.child_id.in_(enrolled),
        )
    ):
        open_needs.setdefault(n.day, []).append(n)
    rows = {
        r.day: r
        for r in req.session.scalars(
            select(PlaceDay).where(
                PlaceDay.provider_id == provider.id, PlaceDay.day.between(days[0], days[-1])
            )
        )
    }
    capacity = booking.capacities(req.session, [provider], days)
    places = {d: rows[d].places if d in rows else capacity[(provider.id, d)] for d in days}
    booked = {d: rows[d].booked if d in rows else 0 for d in days}
    ids = {pl.need.child_id for pls in placed.values() for pl in pls}
    ids |= {n.child_id for ns in open_needs.values() for n in ns}
    return {
        "placed": placed,
        "open_needs": open_needs,
        "booked": booked,
        "places": places,
        "names": _names(req, ids),
    }


def _day_cell(req: Req, provider_id: int, day: date, error: str = ""):
    provider = providers.get_provider(req.session, provider_id)
    monday = day - timedelta(days=day.weekday())
    return req.render(
        "substitute_hub/_day_cell.html",
        provider=provider,
        d=day,
        error=error,
        days=[monday],
        **_board(req, provider, [day]),
    )


def provider_enrolments(req: Req, provider: Provider):
    return req.session.scalars(select(Enrolment).where(Enrolment.provider_id == provider.id))


# --- child tab ---------------------------------------------------------------------------


@routes.page("/person/{id:int}", permission="substitute_hub.view")
def person_tab(req: Req, errors=None, status=200):
    person = get_person(req.session, req.path_int("id"))
    contracts, absences = service.child_outlook(req.session, person, date.today())
    history = req.session.scalars(
        select(Placement)
        .join(Need, Need.id == Placement.need_id)
        .where(Need.child_id == person.id)
        .order_by(Placement.day.desc())
        .limit(50)
    ).all()
    return person_page(
        req,
        person,
        "substitute_hub",
        "substitute_hub/person_tab.html",
        contracts=contracts,
        absences=absences,
        kinds=ABSENCE_LABELS,
        enrolments=providers.enrolments_of(req.session, person.id),
        providers=[p for p in providers.all_providers(req.session) if p.active],
        settled=planning.settled_pairs(req.session, _visits_rule(req)),
        history=history,
        errors=errors or {},
        status=status,
    )


@routes.page("/person/{id:int}/enrol", permission="substitute_hub.edit", methods=("POST",))
def person_enrol(req: Req):
    person = get_person(req.session, req.path_int("id"))
    try:
        enrolment = providers.enrol(req.session, person, req.form)
    except ValidationError as exc:
        return person_tab(req, exc.errors, 422)
    return req.redirect(
        f"/substitute_hub/person/{person.id}", f"Bei {enrolment.provider.name} angemeldet."
    )


@routes.page(
    "/person/{id:int}/enrolments/{eid:int}/visits",
    permission="substitute_hub.edit",
    methods=("POST",),
)
def person_visit(req: Req):
    person = get_person(req.session, req.path_int("id"))
    enrolment = providers.get_enrolment(req.session, req.path_int("eid"), person.id)
    try:
        providers.add_visit(req.session, enrolment, req.form)
    except ValidationError as exc:
        return person_tab(req, {f"visit{enrolment.id}.{k}": v for k, v in exc.errors.items()}, 422)
    return req.redirect(f"/substitute_hub/person/{person.id}", "Besuch eingetragen.")


# --- documents -----------------------------------------------------------------------------


@routes.page(
    "/person/{id:int}/absences/{aid:int}/confirmation.pdf", permission="substitute_hub.view"
)
def confirmation_pdf(req: Req):
    child = get_person(req.session, req.path_int("id"))
    pdf = documents.confirmation(
        req.session, child, req.path_int("aid"), req.setting("core.agency_name")
    )
    return download(pdf, "application/pdf", f"vertretung-{child.id}.pdf")


@routes.page("/person/{id:int}/absences/{aid:int}/placements.ics", permission="substitute_hub.view")
def placements_ics(req: Req):
    child = get_person(req.session, req.path_int("id"))
    ics = documents.calendar_file(req.session, child, req.path_int("aid"))
    return download(ics, "text/calendar; charset=utf-8", f"vertretung-{child.id}.ics")


@routes.page("/day-sheet.pdf", permission="substitute_hub.view")
def day_sheet_pdf(req: Req):
    provider = providers.get_provider(req.session, req.query_id("provider"))
    try:
        day = parse_date(req.query.get("day", ""))
    except ValueError:
        raise NotFound(gettext_("Bitte einen Tag angeben.")) from None
    pdf = documents.day_sheet(req.session, provider, day, req.setting("core.agency_name"))
    return download(pdf, "application/pdf", f"tagesliste-{provider.id}-{day}.pdf")


def _names(req: Req, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {p.id: p.name for p in req.session.scalars(select(Person).where(Person.id.in_(ids)))}


def _visits_rule(req: Req) -> int:
    return req.setting("substitute_hub.visits_to_settle")
