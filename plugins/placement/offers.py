"""Offers: a place at one childminder promised to one family, held until the family
answers. Accepted, it becomes a draft care contract under core's capacity rules.

A place is held per weekday by number: an ordinary offer takes the lowest free number
below her places less the Freihalteplätze, an urgent one below all her places. The
database lets one offer hold each number, so two offers made at the same moment can never
promise one place twice; the later one is told to look again."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import savepoint, utcnow
from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from core.models import Contract, Person
from core.models.contracts import WEEKDAY_LABELS, WEEKDAYS
from core.models.persons import LinkKind
from core.services import contracts, persons
from core.settings import setting
from plugins.placement import notices, places
from plugins.placement.claims import kita_move
from plugins.placement.matching import exclusions
from plugins.placement.models import CareRequest, Offer, OfferState, PlaceHold, RequestState
from plugins.placement.proposals import need_of, offerer_of, without_licence
from plugins.placement.register import place_of

OFFERABLE = (RequestState.RECEIVED, RequestState.IN_PROGRESS)


def get_offer(session: Session, offer_id: int) -> Offer:
    found = session.get(Offer, offer_id)
    if found is None:
        raise NotFound(gettext_("Dieses Angebot gibt es nicht."))
    return found


def open_offer(session: Session, request: CareRequest) -> Offer | None:
    return session.scalar(
        select(Offer).where(Offer.request_id == request.id, Offer.state == OfferState.OPEN.value)
    )


def _numbers(
    session: Session, request: CareRequest, childminder_id: int, today: date
) -> dict[str, int]:
    """The place number per needed weekday this offer would hold; errors name the day."""
    place = place_of(session, childminder_id, request.needed_from)
    offerer = offerer_of(place, request.needed_from)
    if offerer is None:
        raise ValidationError(f"{place.name}: {without_licence(place, today)}.")
    if why := exclusions(need_of(request), offerer):
        raise ValidationError(f"{place.name}: {', '.join(why)}.")
    held_back = place.declaration.held_places if place.declaration else 0
    chosen = {}
    for day in request.days:
        total = places.free_on(place.capacity, request.needed_from, day)
        below = total if request.urgent else total - held_back
        taken = set(
            session.scalars(
                select(PlaceHold.place).where(
                    PlaceHold.childminder_id == childminder_id, PlaceHold.weekday == day
                )
            )
        )
        free = [n for n in range(max(below, 0)) if n not in taken]
        if not free:
            raise ValidationError(
                gettext_("{day}: Bei {name} ist kein Platz mehr frei.").format(
                    day=gettext_(WEEKDAY_LABELS[day]), name=place.name
                )
            )
        chosen[day] = free[0]
    return chosen


def make_offer(
    session: Session, request: CareRequest, childminder_id: int, actor: str, today: date
) -> Offer:
    """Offer the family a place; it is held on every weekday the family needs, and the
    family and the childminder hear of it."""
    if RequestState(request.state) not in OFFERABLE or open_offer(session, request):
        raise ValidationError(
            gettext_("Für diese Anfrage läuft schon ein Angebot oder sie ist abgeschlossen.")
        )
    numbers = _numbers(session, request, childminder_id, today)
    days = int(setting(session, "placement.answer_days"))
    offer = Offer(
        request_id=request.id,
        childminder_id=childminder_id,
        starts=request.needed_from,
        answer_by=today + timedelta(days=days),
        uses_held_place=request.urgent,
        created_by=actor,
    )
    try:
        with savepoint(session):
            session.add(offer)
            session.flush()
            session.add_all(
                PlaceHold(childminder_id=childminder_id, weekday=d, place=n, offer_id=offer.id)
                for d, n in numbers.items()
            )
            session.flush()
    except IntegrityError:
        raise ValidationError(
            gettext_(
                "Diesen Platz hat gerade eben jemand anderes einer Familie angeboten. Bitte die"
                " Vorschläge neu laden."
            )
        ) from None
    request.state = RequestState.OFFERED.value
    session.flush()
    notices.offer_made(session, offer)
    return offer


def _release(session: Session, offer: Offer, state: OfferState, reason: str = "") -> None:
    if OfferState(offer.state) is not OfferState.OPEN:
        raise ValidationError(gettext_("Dieses Angebot ist schon beantwortet."))
    session.execute(delete(PlaceHold).where(PlaceHold.offer_id == offer.id))
    offer.state, offer.answered_at, offer.reason = state.value, utcnow(), reason


def decline(session: Session, offer: Offer, reason: str, ends_request: bool, today: date) -> None:
    """The family says no: the place is free again; the request waits on or ends."""
    _release(session, offer, OfferState.DECLINED, reason[:2000])
    request = offer.request
    request.state = (RequestState.DECLINED if ends_request else RequestState.IN_PROGRESS).value
    request.closed_on = today if ends_request else None
    session.flush()
    notices.offer_answered(session, offer, accepted=False, waits=not ends_request)


def withdraw(session: Session, offer: Offer) -> None:
    """The office takes the offer back; the request waits on."""
    _release(session, offer, OfferState.WITHDRAWN)
    offer.request.state = RequestState.IN_PROGRESS.value
    session.flush()
    notices.offer_withdrawn(session, offer, family=True)


def expire(session: Session, today: date) -> int:
    """Offers the family has not answered by their day: the place is free again, the
    request waits on, and family, childminder and office hear of it. How many."""
    due = session.scalars(
        select(Offer)
        .where(Offer.state == OfferState.OPEN.value, Offer.answer_by < today)
        .order_by(Offer.id)
    ).all()
    for offer in due:
        _release(session, offer, OfferState.EXPIRED)
        offer.request.state = RequestState.IN_PROGRESS.value
        session.flush()
        notices.offer_expired(session, offer)
    return len(due)


def withdraw_with_request(session: Session, request: CareRequest) -> None:
    """The family withdraws its request: an open offer ends with it."""
    offer = open_offer(session, request)
    if offer is not None:
        _release(session, offer, OfferState.WITHDRAWN)
        notices.offer_withdrawn(session, offer, family=False)


def hours_between(span: tuple[time, time]) -> Decimal:
    start, end = (datetime.combine(date.min, t) for t in span)
    return (Decimal((end - start).seconds) / 3600).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _family(session: Session, request: CareRequest) -> int:
    """The child and its guardians as persons, linked; the child's id."""
    if request.child_id is not None:
        return request.child_id
    address = {"street": request.street, "postal_code": request.postal_code, "city": request.city}
    child = persons.save_person(
        session,
        {
            "first_name": request.child_first_name,
            "last_name": request.child_last_name,
            "birth_date": request.child_birth_date.isoformat() if request.child_birth_date else "",
            "roles": ["child"],
            **address,
        },
    )
    guardian = persons.save_person(
        session,
        {
            "first_name": request.guardian_first_name,
            "last_name": request.guardian_last_name,
            "email": request.email,
            "phone": request.phone,
            "roles": ["guardian"],
            **address,
        },
    )
    persons.add_link(session, child, guardian, LinkKind.GUARDIAN)
    # the second guardian as the family wrote the name ("Karin Oersted"); a single word is
    # not split into a guessed first and last name, the office enters that one
    first, _, last = request.second_guardian.strip().rpartition(" ")
    if first.strip() and last:
        second = persons.save_person(
            session,
            {"first_name": first.strip(), "last_name": last, "roles": ["guardian"], **address},
        )
        persons.add_link(session, child, second, LinkKind.GUARDIAN)
    return child.id


def accept(session: Session, offer: Offer, hooks, today: date) -> Contract:
    """The family says yes: child and guardian become persons, and a draft care contract
    is made under core's capacity rules; with any refusal nothing of it is written."""
    request = offer.request
    with savepoint(session):
        _release(session, offer, OfferState.ACCEPTED)
        child_id = _family(session, request)
        contract = _draft(session, offer, request, child_id, hooks)
    offer.contract_id = contract.id
    request.state, request.closed_on, request.child_id = (
        RequestState.ACCEPTED.value,
        today,
        child_id,
    )
    session.flush()
    notices.offer_answered(session, offer, accepted=True)
    return contract


def _draft(session: Session, offer: Offer, request: CareRequest, child_id: int, hooks) -> Contract:
    """The contract as agreed: the requested times, ending where the installation's rule
    has the child move on to a Kita (claims.kita_move), as the office's contracts do."""
    hours = {day: hours_between(span) for day in WEEKDAYS if (span := request.times(day))}
    birth = request.child_birth_date or request.expected_birth
    kita_month = setting(session, "placement.kita_month")
    ends = kita_move(birth, kita_month) if birth and 1 <= kita_month <= 12 else None
    return contracts.create_contract(
        session,
        child_id,
        offer.childminder_id,
        offer.starts,
        hours,
        valid_to=ends if ends and ends >= offer.starts else None,
        special_needs=bool(request.special_needs.strip()),
        notes=gettext_("Aus der Vermittlung, Anfrage Nr. {id}").format(id=request.id),
        hooks=hooks,
        draft=True,
    )


def of_request(session: Session, request: CareRequest) -> list[Offer]:
    return list(
        session.scalars(
            select(Offer).where(Offer.request_id == request.id).order_by(Offer.created_at)
        )
    )


def names_for(session: Session, request: CareRequest) -> dict[int, str]:
    """Names of the childminders a request names or was offered, read in one query."""
    ids = {w.childminder_id for w in request.named} | set(
        session.scalars(select(Offer.childminder_id).where(Offer.request_id == request.id))
    )
    rows = session.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(ids))
    )
    return {pid: f"{first} {last}" for pid, first, last in rows}


def open_for(session: Session, childminder_id: int) -> list[Offer]:
    return list(
        session.scalars(
            select(Offer)
            .where(Offer.childminder_id == childminder_id, Offer.state == OfferState.OPEN.value)
            .order_by(Offer.created_at)
        )
    )
