"""Her free places in the childminders' portal: what the office sees of her places, her
declaration (ages, days, times, what she offers) kept by herself through the same checks
as the office's form, and the offers made for her places. Every read is bounded by her
person id; of a family she sees what she needs to meet them, not their address."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from core.i18n import gettext_
from core.kernel.contributions import PortalTask
from core.models import Person
from plugins.placement import board, declaration
from plugins.placement.models import Declaration, Offer
from plugins.placement.register import place_of

URL = "/placement/portal/"
RECENT_OFFERS = 10


@dataclass(frozen=True)
class OfferSeen:
    """An offer for one of her places, as she sees it."""

    offer: Offer
    child: str  # first name only
    age_months: int | None  # at the start
    times: list[tuple[str, str, str]]  # (weekday, from, to)


def places(session: Session, person: Person, today: date):
    """(her place on the register, the row of free places from today or None)."""
    place = place_of(session, person.id, today)
    return place, board.row(place, today)


def form_data(session: Session, person: Person) -> dict[str, str]:
    return declaration.form_data(session.get(Declaration, person.id))


def save(session: Session, person: Person, data: Mapping, actor: str) -> Declaration:
    return declaration.save_declaration(session, person.id, data, actor)


def offers(session: Session, person: Person) -> list[OfferSeen]:
    """The open offers for her places and the latest answered ones, newest first."""
    found = session.scalars(
        select(Offer)
        .options(joinedload(Offer.request))
        .where(Offer.childminder_id == person.id)
        .order_by(Offer.created_at.desc(), Offer.id.desc())
        .limit(RECENT_OFFERS)
    )
    return [_seen(o) for o in found]


def _seen(offer: Offer) -> OfferSeen:
    request = offer.request
    born = request.child_birth_date or request.expected_birth
    age = None
    if born is not None and born <= offer.starts:
        delta = relativedelta(offer.starts, born)
        age = delta.years * 12 + delta.months
    times = [
        (day, start.strftime("%H:%M"), end.strftime("%H:%M"))
        for day in request.days
        for start, end in [request.times(day)]
    ]
    return OfferSeen(offer, request.child_first_name, age, times)


def tasks(session: Session, person: Person, today: date) -> list[PortalTask]:
    """An offer waiting for the family's answer is the office's to follow up, so none;
    a declaration she has never made is hers."""
    if session.get(Declaration, person.id) is not None:
        return []
    return [PortalTask(gettext_("Angaben zu freien Plätzen machen"), URL)]
