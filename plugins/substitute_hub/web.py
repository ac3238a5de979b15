"""Vertretung screens: providers, open needs with proposals, week board, child tab.

Every handler works within the user's reach (`reach`): a hub's own staff see their
provider and its children only."""

from __future__ import annotations

from datetime import date, timedelta

from core.errors import NotFound, ValidationError
from core.forms import parse_date, whole_number
from core.i18n import gettext_
from core.models.calendar import ABSENCE_LABELS
from core.models.contracts import WEEKDAY_LABELS
from core.models.persons import Role
from core.services.persons import people_with_role
from core.web.routing import Req, RouteTable, download
from plugins.substitute_hub import board, booking, documents, outlook, planning, providers, reach
from plugins.substitute_hub.models import PROVIDER_KINDS, Provider

routes = RouteTable()


def within_reach(req: Req) -> reach.Reach:
    return reach.of(req.session, req.user.id, req.can(reach.ALL))


@routes.page("/", permission="substitute_hub.view")
def overview(req: Req):
    today = date.today()
    within = within_reach(req)
    unsettled = [
        e
        for e in planning.unsettled(req.session, visits_rule(req))
        if within.has_provider(e.provider_id)
    ]
    return req.render(
        "substitute_hub/index.html",
        today=today,
        absent=outlook.absent_on(req.session, today, within),
        within=within,
        unsettled=unsettled,
        names=names(req, {e.child_id for e in unsettled}),
        rule=visits_rule(req),
    )


# --- providers ------------------------------------------------------------------------


@routes.page("/providers", permission="substitute_hub.view")
def provider_list(req: Req):
    return req.render(
        "substitute_hub/providers.html",
        providers=within_reach(req).shown(providers.all_providers(req.session)),
        kinds=PROVIDER_KINDS,
        weekday_labels=WEEKDAY_LABELS,
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
        hub_users=reach.hub_logins(req.session) if req.can(reach.ALL) else [],
        errors=errors or {},
        status=status,
    )


def _save_staff(req: Req, provider) -> None:
    """Only office staff link logins: a hub's staff cannot widen their own reach."""
    if req.can(reach.ALL):
        chosen = {whole_number(v) for v in req.form.getlist("hub_users")}
        reach.set_staff(req.session, provider, chosen)


@routes.page("/providers/new", permission=reach.ALL, methods=("GET", "POST"))
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
    _save_staff(req, provider)
    return req.redirect(
        "/substitute_hub/providers", gettext_("{name} gespeichert.").format(name=provider.name)
    )


@routes.page("/providers/{id:int}/edit", permission="substitute_hub.edit", methods=("GET", "POST"))
def provider_edit(req: Req):
    provider = within_reach(req).provider(req.session, req.path_int("id"))
    if req.form is None:
        data = providers.provider_form_data(provider)
        data["hub_users"] = [str(u) for u in reach.staff_of(req.session, provider.id)]
        return _provider_form(req, data, provider)
    try:
        providers.save_provider(req.session, req.form, provider)
    except ValidationError as exc:
        return _provider_form(req, _form_data(req), provider, exc.errors, 422)
    _save_staff(req, provider)
    return req.redirect(
        "/substitute_hub/providers", gettext_("{name} gespeichert.").format(name=provider.name)
    )


def _form_data(req: Req) -> dict:
    """The submitted form for re-display, keeping every chosen member."""
    return {
        **dict(req.form),
        "members": req.form.getlist("members"),
        "hub_users": req.form.getlist("hub_users"),
    }


# --- needs and proposals ---------------------------------------------------------------


def period(req: Req) -> tuple[date, date]:
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
    start, end = period(req)
    shown, provider_id = req.query.get("shown", ""), req.query.get("provider", "")
    within = within_reach(req)
    rows = board.needs_between(req.session, within, start, end, shown, whole_number(provider_id))
    return req.render(
        "substitute_hub/needs.html",
        start=start,
        end=end,
        needs=rows,
        outcome=outcome,
        shown=shown,
        provider_filter=provider_id,
        names=names(req, {n.child_id for n in rows} | {n.childminder_id for n in rows}),
        providers=within.shown(providers.all_providers(req.session)),
        status=status,
    )


@routes.page("/needs/propose", permission=reach.ALL, methods=("POST",))
def need_propose(req: Req):
    start, end = period(req)
    outcome = planning.propose(req.session, start, end, visits_rule(req))
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
    within = within_reach(req)
    need = within.need(req.session, req.path_int("id"))
    try:
        provider = within.provider(req.session, req.form_id("provider_id"))
        booking.book(
            req.session,
            need,
            provider,
            manual=True,
            reason="von Hand zugeordnet",
            actor=req.user.username,
        )
    except ValidationError as exc:
        message = _refused(req, within, need, exc)
        if req.htmx and req.form.get("cell"):
            return _day_cell(req, within, req.form_id("provider_id"), need.day, message)
        req.flash(message, "error")
        return req.redirect(_back(req, need.day))
    if req.htmx and req.form.get("cell"):  # the week board updates just this day
        return _day_cell(req, within, provider.id, need.day)
    return req.redirect(_back(req, need.day), f"Platz bei {provider.name} gebucht.")


@routes.page("/needs/{id:int}/decline", permission="substitute_hub.edit", methods=("POST",))
def need_decline(req: Req):
    """The family does not need the place that day (or, undone, needs it again)."""
    need = within_reach(req).need(req.session, req.path_int("id"))
    undo = req.form.get("undo") == "1"
    if not undo and need.placement is not None:
        booking.release(req.session, need.placement, family_knows=True)
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
    placement = within_reach(req).placement(req.session, req.path_int("id"))
    if placement is None or not booking.release(req.session, placement):
        req.flash(gettext_("Dieser Platz war schon freigegeben; nichts geändert."), "info")
        return req.redirect(req.back("/substitute_hub/needs"))
    return req.redirect(_back(req, placement.day), gettext_("Platz freigegeben."))


@routes.page("/placements/{id:int}/move", permission="substitute_hub.edit", methods=("POST",))
def placement_move(req: Req):
    """Give the day to another provider; both providers and the told family hear of it."""
    within = within_reach(req)
    placement = within.placement(req.session, req.path_int("id"))
    if placement is None:
        req.flash(gettext_("Dieser Platz war schon freigegeben; nichts geändert."), "info")
        return req.redirect(req.back("/substitute_hub/needs"))
    day = placement.day
    try:
        provider = within.provider(req.session, req.form_id("provider_id"))
        booking.move(req.session, placement, provider, actor=req.user.username)
    except ValidationError as exc:
        req.flash(_refused(req, within, placement.need, exc), "error")
        return req.redirect(_back(req, day))
    message = gettext_("Umgebucht zu {name}; Vertretungen und Eltern werden benachrichtigt.")
    return req.redirect(_back(req, day), message.format(name=provider.name))


def _refused(req: Req, within: reach.Reach, need, exc: ValidationError) -> str:
    """The message of a refused booking; a hub's staff do not read the limits behind it."""
    provider = req.session.get(Provider, req.form_id("provider_id"))
    limits_broken = provider is not None and booking.check(req.session, need, provider)
    if limits_broken and not within.everything:
        return within.refusal(limits_broken, provider.name)
    return " ".join(exc.errors.values())


def _back(req: Req, day: date) -> str:
    return req.back(f"/substitute_hub/needs?start={day}&end={day}")


# --- week board --------------------------------------------------------------------------


@routes.page("/week", permission="substitute_hub.view")
def week(req: Req):
    provider_list = [
        p for p in within_reach(req).shown(providers.all_providers(req.session)) if p.active
    ]
    chosen = req.query.get("provider")
    provider = next((p for p in provider_list if str(p.id) == chosen), None)
    provider = provider or (provider_list[0] if provider_list else None)
    try:
        start = parse_date(req.query.get("start", ""))
    except ValueError:
        start = date.today()
    start -= timedelta(days=start.weekday())
    days = [start + timedelta(days=i) for i in range(5)]
    cells = board.week(req.session, provider, days, within_reach(req))
    return req.render(
        "substitute_hub/week.html",
        providers=provider_list,
        provider=provider,
        days=days,
        **cells,
        previous=days[0] - timedelta(days=7),
        next=days[0] + timedelta(days=7),
    )


def _day_cell(req: Req, within: reach.Reach, provider_id: int, day: date, error: str = ""):
    provider = within.provider(req.session, provider_id)
    monday = day - timedelta(days=day.weekday())
    return req.render(
        "substitute_hub/_day_cell.html",
        provider=provider,
        d=day,
        error=error,
        days=[monday],
        **board.week(req.session, provider, [day], within),
    )


# --- documents -----------------------------------------------------------------------------


@routes.page("/day-sheet.pdf", permission="substitute_hub.view")
def day_sheet_pdf(req: Req):
    provider = within_reach(req).provider(req.session, req.query_id("provider"))
    try:
        day = parse_date(req.query.get("day", ""))
    except ValueError:
        raise NotFound(gettext_("Bitte einen Tag angeben.")) from None
    pdf = documents.day_sheet(req.session, provider, day)
    return download(pdf, "application/pdf", f"tagesliste-{provider.id}-{day}.pdf")


def names(req: Req, ids: set[int]) -> dict[int, str]:
    return board.names(req.session, ids)


def visits_rule(req: Req) -> int:
    return req.setting("substitute_hub.visits_to_settle")
