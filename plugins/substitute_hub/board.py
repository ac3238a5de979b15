"""What the screens list: the needs of a period with their filters, and one provider's week
board (placements, open needs of its enrolled children – offered only where the hard limits
allow, see `limits` – and places per day). Both only within the user's reach (`reach`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.models import Person
from plugins.substitute_hub import booking, limits
from plugins.substitute_hub.models import Enrolment, Need, PlaceDay, Placement, Provider
from plugins.substitute_hub.reach import Reach

OPEN, PLACED = "open", "placed"
WEEK_KEYS = ("placed", "open_needs", "refused", "booked", "places", "names")


def names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {p.id: p.name for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def needs_between(
    session: Session,
    reach: Reach,
    start: date,
    end: date,
    shown: str = "",
    provider_id: int | None = None,
) -> list[Need]:
    """Needs of the period, all or only the open or placed ones, or those at one provider."""
    query = select(Need).where(Need.day.between(start, end))
    if not reach.everything:
        query = query.where(Need.child_id.in_(reach.children))
    if shown == OPEN:
        query = query.where(~Need.placement.has())
    elif shown == PLACED:
        query = query.where(Need.placement.has())
    if provider_id is not None:
        query = query.where(Need.placement.has(Placement.provider_id == provider_id))
    # placements and their providers in two queries, not one per row
    query = query.options(selectinload(Need.placement).joinedload(Placement.provider))
    return list(session.scalars(query.order_by(Need.day, Need.child_id)))


def history(session: Session, reach: Reach, child_id: int, limit: int = 50) -> list[Placement]:
    """The child's latest placements, at the providers within reach."""
    rows = session.scalars(
        select(Placement)
        .join(Need, Need.id == Placement.need_id)
        .where(Need.child_id == child_id)
        .order_by(Placement.day.desc())
        .limit(limit)
    )
    return [p for p in rows if reach.has_provider(p.provider_id)]


def week(session: Session, provider: Provider | None, days: list[date], within: Reach) -> dict:
    """The board of one provider for the given days (the caller checked the reach); empty
    without a provider."""
    if provider is None:
        return {key: {} for key in WEEK_KEYS}
    placed, open_needs = {}, {}
    for pl in session.scalars(
        select(Placement).where(
            Placement.provider_id == provider.id, Placement.day.between(days[0], days[-1])
        )
    ):
        placed.setdefault(pl.day, []).append(pl)
    enrolled = select(Enrolment.child_id).where(Enrolment.provider_id == provider.id)
    for n in session.scalars(
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
        for r in session.scalars(
            select(PlaceDay).where(
                PlaceDay.provider_id == provider.id, PlaceDay.day.between(days[0], days[-1])
            )
        )
    }
    capacity = booking.capacities(session, [provider], days)
    places = {d: rows[d].places if d in rows else capacity[(provider.id, d)] for d in days}
    booked = {d: rows[d].booked if d in rows else 0 for d in days}
    ids = {pl.need.child_id for pls in placed.values() for pl in pls}
    ids |= {n.child_id for ns in open_needs.values() for n in ns}
    offer = booking.provider_info(provider, {})
    waiting = booking.need_infos(session, [n for ns in open_needs.values() for n in ns])
    refused = {  # a need the provider may not take is shown with the reason, not offered
        need_id: within.refusal(reasons, provider.name)
        for need_id, info in waiting.items()
        if (reasons := limits.broken(info, offer))
    }
    return {
        "placed": placed,
        "open_needs": open_needs,
        "refused": refused,
        "booked": booked,
        "places": places,
        "names": names(session, ids),
    }
