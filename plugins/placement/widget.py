"""The dashboard panel: what waits, what is urgent, what is overdue, what was placed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.services.districts import DistrictFilter
from plugins.placement.models import OPEN_STATES, CareRequest, Offer, OfferState, RequestState


def figures(session: Session, today: date, district: DistrictFilter | None) -> dict[str, int]:
    where = []
    if district is not None and (condition := district.on(CareRequest.district_id)) is not None:
        where.append(condition)
    waiting = CareRequest.state.in_([s.value for s in OPEN_STATES])

    def count(*conditions) -> int:
        stmt = select(func.count()).select_from(CareRequest).where(*where, *conditions)
        return session.scalar(stmt) or 0

    open_offers = (
        select(func.count())
        .select_from(Offer)
        .join(CareRequest, CareRequest.id == Offer.request_id)
        .where(Offer.state == OfferState.OPEN.value, *where)
    )
    return {
        "open": count(waiting),
        "urgent": count(waiting, CareRequest.urgent.is_(True)),
        "overdue": count(waiting, CareRequest.needed_from <= today),
        "offered": session.scalar(open_offers) or 0,
        "expired": session.scalar(open_offers.where(Offer.answer_by < today)) or 0,
        "placed": count(
            CareRequest.state == RequestState.ACCEPTED.value,
            CareRequest.closed_on >= today.replace(day=1),
        ),
    }
