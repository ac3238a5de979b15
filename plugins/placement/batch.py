"""All open requests of one month at once (the August start of the Kita year): the best
assignment by `matching.assign` against the waiting list taken one by one, so the office
sees how many more children the batch places before it makes the offers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.forms import parse_date
from core.services.districts import DistrictFilter
from plugins.placement import matching
from plugins.placement.models import CareRequest, Offer, OfferState, RequestState
from plugins.placement.proposals import candidates, need_of, offerer_of
from plugins.placement.register import places


def month_asked(raw: str, today: date) -> date:
    try:
        return parse_date(f"{raw}-01") if raw else today.replace(day=1)
    except ValueError:
        return today.replace(day=1)


@dataclass(frozen=True)
class Batch:
    month: date
    requests: list[CareRequest]
    best: dict[int, int]  # request id -> childminder id
    one_by_one: dict[int, int]
    names: dict[int, str]  # childminder id -> name


def for_month(session: Session, month: date, district: DistrictFilter | None = None) -> Batch:
    end = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    offered = select(Offer.request_id).where(Offer.state == OfferState.OPEN.value)
    stmt = select(CareRequest).where(
        CareRequest.state.in_([RequestState.RECEIVED.value, RequestState.IN_PROGRESS.value]),
        CareRequest.needed_from >= month,
        CareRequest.needed_from < end,
        CareRequest.id.not_in(offered),
    )
    if district is not None and (condition := district.on(CareRequest.district_id)) is not None:
        stmt = stmt.where(condition)
    found = list(
        session.scalars(
            stmt.order_by(
                CareRequest.urgent.desc(),
                CareRequest.needed_from,
                CareRequest.created_at,
                CareRequest.id,
            )
        )
    )
    needs = [need_of(r) for r in found]
    offerers = [  # the same candidates as each request's proposals
        o
        for p in (places(session, month, candidates(needs)) if needs else [])
        if (o := offerer_of(p, month)) is not None
    ]
    return Batch(
        month,
        found,
        matching.assign(needs, offerers),
        matching.one_by_one(needs, offerers),
        {o.id: o.name for o in offerers},
    )
