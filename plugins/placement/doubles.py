"""Double registrations in the database: candidates read by birth window or contact, judged
by the rule in `duplicates`, and merged so the family keeps its earliest place in line."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.i18n import gettext_
from plugins.placement.duplicates import BIRTH_SLACK_DAYS, Applicant, reasons
from plugins.placement.models import OPEN_STATES, CareRequest, RequestState, RequestWish


def applicant(r: CareRequest) -> Applicant:
    return Applicant(
        r.id,
        r.child_first_name,
        r.child_last_name,
        r.child_birth_date,
        r.expected_birth,
        r.email,
        r.phone,
    )


def _window(column, day: date | None):
    if day is None:
        return None
    slack = timedelta(days=BIRTH_SLACK_DAYS)
    return and_(column >= day - slack, column <= day + slack)


def doubles_of(session: Session, request: CareRequest) -> list[tuple[CareRequest, list[str]]]:
    """Other requests that may be for the same child, with the reasons."""
    birth = request.child_birth_date or request.expected_birth
    near = [
        w
        for w in (
            _window(CareRequest.child_birth_date, birth),
            _window(CareRequest.expected_birth, birth),
        )
        if w is not None
    ]
    if request.email:
        near.append(func.lower(CareRequest.email) == request.email.lower())
    if not near:
        return []
    candidates = session.scalars(
        select(CareRequest)
        .where(
            CareRequest.id != request.id,
            CareRequest.state != RequestState.MERGED.value,
            or_(*near),
        )
        .order_by(CareRequest.created_at)
        .limit(50)
    )
    me = applicant(request)
    return [(other, why) for other in candidates if (why := reasons(me, applicant(other)))]


def merge(session: Session, keep: CareRequest, double: CareRequest, today: date) -> None:
    """Fold `double` into `keep`: the family waits since its first registration, wishes and
    notes of both are kept, the double is closed as merged."""
    if keep.id == double.id:
        raise ValidationError(
            gettext_("Eine Anfrage lässt sich nicht mit sich selbst zusammenführen.")
        )
    for r in (keep, double):
        if RequestState(r.state) not in OPEN_STATES:
            raise ValidationError(
                gettext_("Nur offene Anfragen lassen sich zusammenführen (Nr. {id}).").format(
                    id=r.id
                )
            )
    keep.created_at = min(keep.created_at, double.created_at)
    keep.urgent = keep.urgent or double.urgent
    for field in ("wishes", "notes", "special_needs", "urgency_reason"):
        extra = getattr(double, field)
        if extra and extra not in getattr(keep, field):
            setattr(keep, field, "\n".join(filter(None, (getattr(keep, field), extra))))
    known = {w.childminder_id for w in keep.named}
    for wish in double.named:
        if wish.childminder_id not in known:
            keep.named.append(RequestWish(childminder_id=wish.childminder_id, sibling=wish.sibling))
    double.state, double.merged_into_id, double.closed_on = (
        RequestState.MERGED.value,
        keep.id,
        today,
    )
    session.flush()
