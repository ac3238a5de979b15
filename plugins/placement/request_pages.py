"""Care request screens for the office: the waiting list, entering a request for a family
without internet, the request with its doubles and states."""

from __future__ import annotations

from datetime import date

from core.errors import ValidationError
from core.forms import page_number
from core.i18n import gettext_
from core.models.contracts import WEEKDAY_LABELS, WEEKDAYS
from core.models.persons import Role
from core.services.districts import district_filter, districts
from core.services.persons import people_with_role
from core.web.routing import Req, download
from plugins.placement import doubles, merging, offers, privacy, requests
from plugins.placement.claims import CLAIM_LABELS, claim_on
from plugins.placement.models import (
    OFFER_STATE_LABELS,
    OPEN_STATES,
    REQUEST_STATE_LABELS,
    RequestState,
)
from plugins.placement.web import EDIT, VIEW, routes

STATE_CHOICES = {"open": OPEN_STATES, "all": tuple(RequestState)}


def claim_of(request):
    return claim_on(request.child_birth_date or request.expected_birth, request.needed_from)


@routes.page("/requests", permission=VIEW)
def request_list(req: Req):
    shown = req.query.get("state", "open")
    states = STATE_CHOICES.get(shown) or (
        (RequestState(shown),) if shown in RequestState._value2member_map_ else OPEN_STATES
    )
    page = page_number(req.query.get("page"))
    chosen = district_filter(req.session, req.user, req.query.get("district"))
    urgent = req.query.get("urgent") == "1"
    rows, total = requests.waiting_list(req.session, chosen, states, urgent, page)
    return req.render(
        "placement/requests.html",
        block="results",
        rows=rows,
        total=total,
        page=page,
        shown=shown,
        urgent=urgent,
        districts=chosen,
        district_names={d.id: d.name for d in districts(req.session)},
        states=REQUEST_STATE_LABELS,
        claim_of=claim_of,
        claims=CLAIM_LABELS,
        today=date.today(),
    )


def _form(req: Req, request, data: dict, errors=None):
    return req.render(
        "placement/request_form.html",
        block="form",
        request=request,
        data=data,
        errors=errors or {},
        weekdays=WEEKDAYS,
        weekday_labels=WEEKDAY_LABELS,
        childminders=[(p.id, p.sort_name) for p in people_with_role(req.session, Role.CHILDMINDER)],
        status=422 if errors else 200,
    )


def _submitted(req: Req) -> dict:
    data = dict(req.form)
    data["wished"] = req.form.getlist("wished")
    data["sibling_at"] = req.form.getlist("sibling_at")
    return data


@routes.page("/requests/new", permission=EDIT, methods=("GET", "POST"))
def request_new(req: Req):
    if req.form is None:
        return _form(req, None, {})
    try:
        request = requests.save_request(req.session, req.form)
    except ValidationError as exc:
        return _form(req, None, _submitted(req), exc.errors)
    return req.redirect(
        f"/placement/requests/{request.id}",
        gettext_("Anfrage für {name} aufgenommen.").format(name=request.child_name),
    )


@routes.page("/requests/{id:int}", permission=VIEW)
def request_detail(req: Req):
    request = requests.get_request(req.session, req.path_int("id"))
    return req.render(
        "placement/request.html",
        request=request,
        claim=claim_of(request),
        claims=CLAIM_LABELS,
        states=REQUEST_STATE_LABELS,
        doubles=doubles.doubles_of(req.session, request)
        if RequestState(request.state) in OPEN_STATES
        else [],
        merged=doubles.senders(req.session, request)[1:],
        moves=_moves(request),
        offers_made=offers.of_request(req.session, request),
        offer_states=OFFER_STATE_LABELS,
        childminder_names=offers.names_for(req.session, request),
        today=date.today(),
        weekdays=WEEKDAYS,
        weekday_labels=WEEKDAY_LABELS,
        district_names={d.id: d.name for d in districts(req.session)},
    )


def _moves(request) -> list[RequestState]:
    state = RequestState(request.state)
    found = [to for to, sources in requests.MOVES.items() if state in sources]
    if state in requests.REOPEN:
        found.append(RequestState.IN_PROGRESS)
    return found


@routes.page("/requests/{id:int}/edit", permission=EDIT, methods=("GET", "POST"))
def request_edit(req: Req):
    request = requests.get_request(req.session, req.path_int("id"))
    if req.form is None:
        return _form(req, request, requests.form_data(request))
    try:
        requests.save_request(req.session, req.form, request)
    except ValidationError as exc:
        return _form(req, request, _submitted(req), exc.errors)
    return req.redirect(f"/placement/requests/{request.id}", gettext_("Änderungen gespeichert."))


@routes.page("/requests/{id:int}/state", permission=EDIT, methods=("POST",))
def request_move(req: Req):
    request = requests.get_request(req.session, req.path_int("id"))
    to = req.form.get("to", "")
    try:
        if to not in RequestState._value2member_map_:
            raise ValidationError(gettext_("Diesen Stand gibt es nicht."))
        requests.move(req.session, request, RequestState(to), date.today())
    except ValidationError as exc:
        return req.redirect(f"/placement/requests/{request.id}", str(exc))
    label = gettext_(REQUEST_STATE_LABELS[RequestState(to)])
    return req.redirect(
        f"/placement/requests/{request.id}",
        gettext_("Die Anfrage ist jetzt „{state}“.").format(state=label),
    )


@routes.page("/requests/{id:int}/merge/{other:int}", permission=EDIT, methods=("GET", "POST"))
def request_merge(req: Req):
    keep = requests.get_request(req.session, req.path_int("id"))
    double = requests.get_request(req.session, req.path_int("other"))
    if req.form is None:
        return req.render(
            "placement/merge.html",
            keep=keep,
            double=double,
            rows=doubles.side_by_side(keep, double),
            contacts_differ=doubles.contacts_differ(keep, double),
            states=REQUEST_STATE_LABELS,
        )
    try:
        merging.merge(req.session, keep, double, date.today())
    except ValidationError as exc:
        return req.redirect(f"/placement/requests/{keep.id}", str(exc))
    return req.redirect(
        f"/placement/requests/{keep.id}",
        gettext_("Nr. {other} ist in diese Anfrage eingegangen.").format(other=double.id),
    )


@routes.page("/requests/{id:int}/data.json", permission=VIEW)
def request_data(req: Req):
    request = requests.get_request(req.session, req.path_int("id"))
    return download(
        privacy.record_json(req.session, request),
        "application/json",
        f"anfrage-{request.id}.json",
    )
