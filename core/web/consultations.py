"""Consultations: staff offer times and take them back; she books one of her
Fachberater*in's times in her portal and cancels it. Bookings stand in the calendar."""

from __future__ import annotations

from datetime import datetime

from core.errors import ValidationError
from core.i18n import gettext_
from core.models.consultations import MODES
from core.services import consultations as service
from core.services import portal as portal_service
from core.web.portal import USE, portal_page
from core.web.routing import Req, RouteTable

routes = RouteTable()
OFFER = "consultations.offer"


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def _staff_page(req: Req, data: dict, errors: dict | None = None):
    return req.render(
        "core/consultations.html",
        slots=service.offered_by(req.session, req.user, _now()),
        modes=MODES,
        data=data,
        errors=errors or {},
        status=422 if errors else 200,
    )


@routes.page("/consultations", permission=OFFER)
def offered(req: Req):
    return _staff_page(req, {"minutes": "45", "count": "1", "mode": "in_person"})


@routes.page("/consultations", permission=OFFER, methods=("POST",))
def offer(req: Req):
    try:
        made = service.offer(req.session, req.user, req.form, _now())
    except ValidationError as exc:
        return _staff_page(req, dict(req.form), exc.errors)
    message = gettext_("{count} Termin(e) angeboten.").format(count=len(made))
    return req.redirect("/consultations", message)


@routes.page("/consultations/{id:int}/delete", permission=OFFER, methods=("GET", "POST"))
def withdraw(req: Req):
    slot = service.own_slot(req.session, req.user, req.path_int("id"))
    if req.form is None:
        booked = slot.person is not None
        return req.render(
            "core/confirm.html",
            title=gettext_("Termin absagen?") if booked else gettext_("Termin zurücknehmen?"),
            text=gettext_("{name} hat ihn gebucht und erhält eine Absage per E-Mail.").format(
                name=slot.person.name
            )
            if booked
            else gettext_("Der Termin ist noch frei."),
            url=f"/consultations/{slot.id}/delete",
            label=gettext_("Absagen") if booked else gettext_("Zurücknehmen"),
            back="/consultations",
        )
    service.withdraw(req.session, req.user, slot.id)
    return req.redirect("/consultations", gettext_("Der Termin ist zurückgenommen."))


def _her_page(req: Req, person, error: str = ""):
    now = _now()
    return portal_page(
        req,
        "core/portal/consultations.html",
        person,
        "consultations",
        booked=service.booked_by(req.session, person, now),
        free=service.open_slots(req.session, person, now),
        modes=MODES,
        error=error,
        status=422 if error else 200,
    )


@routes.page("/portal/consultations", permission=USE)
def her_consultations(req: Req):
    return _her_page(req, portal_service.me(req.session, req.user))


@routes.page("/portal/consultations/{id:int}/book", permission=USE, methods=("POST",))
def book(req: Req):
    person = portal_service.me(req.session, req.user)
    try:
        service.book(req.session, person, req.path_int("id"), req.form, _now())
    except ValidationError as exc:
        return _her_page(req, person, str(exc))
    return req.redirect("/portal/consultations", gettext_("Der Termin ist für Sie gebucht."))


@routes.page("/portal/consultations/{id:int}/cancel", permission=USE, methods=("GET", "POST"))
def cancel(req: Req):
    person = portal_service.me(req.session, req.user)
    slot = service.her_slot(req.session, person, req.path_int("id"))
    if req.form is None:
        return portal_page(
            req,
            "core/portal/consultation_cancel.html",
            person,
            "consultations",
            slot=slot,
            modes=MODES,
        )
    try:
        service.cancel(req.session, person, slot.id, _now())
    except ValidationError as exc:
        return _her_page(req, person, str(exc))
    return req.redirect("/portal/consultations", gettext_("Der Termin ist abgesagt."))
