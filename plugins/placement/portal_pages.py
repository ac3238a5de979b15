"""Her free places in the portal: the places the office sees, her declaration to keep up
to date, the offers made for her places. The handlers start from her login
(core.services.portal.me) and take no id."""

from __future__ import annotations

from datetime import date

from core.errors import ValidationError
from core.i18n import gettext_
from core.models.contracts import WEEKDAY_LABELS, WEEKDAYS
from core.models.persons import Person
from core.services.portal import me
from core.web.portal import USE, portal_page
from core.web.routing import Req
from plugins.placement import portal
from plugins.placement.declaration import FLAGS
from plugins.placement.models import OFFER_STATE_LABELS
from plugins.placement.web import routes


def _page(req: Req, person: Person, data: dict, errors: dict | None = None):
    place, row = portal.places(req.session, person, date.today())
    return portal_page(
        req,
        "placement/portal/places.html",
        person,
        "places",
        place=place,
        row=row,
        offers=portal.offers(req.session, person),
        offer_states=OFFER_STATE_LABELS,
        data=data,
        errors=errors or {},
        weekdays=WEEKDAYS,
        weekday_labels=WEEKDAY_LABELS,
        flags=FLAGS,
        status=422 if errors else 200,
    )


@routes.page("/portal/", permission=USE)
def places(req: Req):
    person = me(req.session, req.user)
    return _page(req, person, portal.form_data(req.session, person))


@routes.page("/portal/", permission=USE, methods=("POST",))
def declaration_save(req: Req):
    person = me(req.session, req.user)
    try:
        portal.save(req.session, person, req.form, req.user.username)
    except ValidationError as exc:
        return _page(req, person, dict(req.form), exc.errors)
    return req.redirect(
        portal.URL, gettext_("Danke, Ihre Angaben sind gespeichert. Das Büro sieht sie sofort.")
    )
