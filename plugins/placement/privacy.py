"""Data protection for requests: the complete record of one request (Art. 15 DSGVO, for
families who are not yet persons in Tagwerk), erasure of closed requests after the
retention period, and of a child's requests with the child."""

from __future__ import annotations

import json
from datetime import date, datetime, time

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.settings import setting
from plugins.placement.models import OPEN_STATES, CareRequest, Declaration, Offer, RequestWish

KEPT = ("status_code_hash",)  # a hash is no data about the family; it stays out of the copy


def _plain(value):
    return value.isoformat() if isinstance(value, date | datetime | time) else value


def record(session: Session, request: CareRequest) -> dict:
    """Everything stored about this request, as a family may ask for it."""
    columns = [c.key for c in CareRequest.__table__.columns if c.key not in KEPT]
    offers = session.scalars(select(Offer).where(Offer.request_id == request.id))
    return {
        "anfrage": {c: _plain(getattr(request, c)) for c in columns},
        "wuensche": [
            {"tagespflegeperson": w.childminder_id, "geschwisterkind": w.sibling}
            for w in request.named
        ],
        "angebote": [
            {c.key: _plain(getattr(o, c.key)) for c in Offer.__table__.columns} for o in offers
        ],
    }


def record_json(session: Session, request: CareRequest) -> bytes:
    return json.dumps(record(session, request), ensure_ascii=False, indent=2).encode()


def purge(session: Session, on: date) -> int:
    """Closed requests (withdrawn, declined, placed elsewhere, merged, accepted) go once
    the retention period since closing has passed; their offers and wishes go with them."""
    months = int(setting(session, "placement.retention_months"))
    cutoff = on - relativedelta(months=months)
    due = select(CareRequest.id).where(
        CareRequest.state.not_in([s.value for s in OPEN_STATES]),
        CareRequest.merged_into_id.is_(None),  # a merged sender goes with what it went into
        CareRequest.closed_on.is_not(None),
        CareRequest.closed_on < cutoff,
    )
    return _erase(session, list(session.scalars(due)))


def _erase(session: Session, ids: list[int]) -> int:
    """The requests, every request merged into them, their offers and wishes."""
    senders = list(ids)
    while ids:
        ids = list(
            session.scalars(select(CareRequest.id).where(CareRequest.merged_into_id.in_(ids)))
        )
        senders += ids
    if not senders:
        return 0
    session.execute(  # merged doubles point at each other; the pointers go first
        CareRequest.__table__.update()
        .where(CareRequest.id.in_(senders))
        .values(merged_into_id=None)
    )
    session.execute(delete(Offer).where(Offer.request_id.in_(senders)))
    session.execute(delete(RequestWish).where(RequestWish.request_id.in_(senders)))
    session.execute(delete(CareRequest).where(CareRequest.id.in_(senders)))
    return len(senders)


def erase_person(session: Session, person_id: int) -> None:
    """A child's or childminder's personal data is erased: their requests and declaration
    go; a childminder's offers keep only that an offer was made."""
    of_child = select(CareRequest.id).where(CareRequest.child_id == person_id)
    _erase(session, list(session.scalars(of_child)))
    session.execute(delete(Declaration).where(Declaration.childminder_id == person_id))
    session.execute(
        Offer.__table__.update().where(Offer.childminder_id == person_id).values(reason="")
    )
