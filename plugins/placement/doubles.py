"""Double registrations in the database: candidates read by birth window or contact, judged
by the rule in `duplicates`, and merged so the family keeps its earliest place in line."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.i18n import N_, gettext_
from plugins.placement.duplicates import BIRTH_SLACK_DAYS, Applicant, plain, reasons
from plugins.placement.models import OPEN_STATES, CareRequest, RequestState, RequestWish

# whom a request reaches; when they differ, the office is warned before merging
CONTACT_FIELDS = ("guardian_first_name", "guardian_last_name", "email", "street")


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


def senders(session: Session, request: CareRequest) -> list[CareRequest]:
    """The request and every request merged into it, directly or through another: each
    holds what one sender gave, and each sender hears what happens to the family's request."""
    found, ids = [request], [request.id]
    while ids:
        more = list(session.scalars(select(CareRequest).where(CareRequest.merged_into_id.in_(ids))))
        found += more
        ids = [r.id for r in more]
    return found


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def contacts_differ(keep: CareRequest, double: CareRequest) -> bool:
    """Whether the two requests name other people to reach: a second guardian – or a
    stranger who knew the child's name and birthday. Either way, the office asks first."""
    return _digits(keep.phone) != _digits(double.phone) or any(
        plain(getattr(keep, f)) != plain(getattr(double, f)) for f in CONTACT_FIELDS
    )


def side_by_side(keep: CareRequest, double: CareRequest) -> list[tuple[str, object, object]]:
    """What the office compares before merging: (label, this request's, the other's)."""
    return [
        (label, read(keep), read(double))
        for label, read in (
            (N_("Kind"), lambda r: r.child_name),
            (N_("Geboren oder erwartet"), lambda r: r.child_birth_date or r.expected_birth),
            (N_("Sorgeberechtigt"), lambda r: r.guardian_name),
            (N_("Zweite sorgeberechtigte Person"), lambda r: r.second_guardian),
            (N_("E-Mail"), lambda r: r.email),
            (N_("Telefon"), lambda r: r.phone),
            (N_("Anschrift"), lambda r: f"{r.street}, {r.postal_code} {r.city}".strip(", ")),
            (N_("Betreuung ab"), lambda r: r.needed_from),
            (N_("Eingegangen am"), lambda r: r.created_at.date()),
        )
    ]


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
