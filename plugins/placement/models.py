"""Vermittlung tables (prefix pl_): what a childminder declares about her free places, the
families' care requests, offers, and the places an open offer holds."""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow
from core.i18n import N_
from core.models.contracts import WEEKDAYS


class WeekTimes:
    """Start and end per weekday (None: not that day), as columns mo_start … su_end."""

    def times(self, day: str) -> tuple[time, time] | None:
        start, end = getattr(self, f"{day}_start"), getattr(self, f"{day}_end")
        return (start, end) if start is not None and end is not None else None

    @property
    def days(self) -> tuple[str, ...]:
        return tuple(d for d in WEEKDAYS if self.times(d) is not None)


def _week_columns(namespace: dict) -> None:
    for day in WEEKDAYS:
        namespace[f"{day}_start"] = mapped_column(nullable=True)
        namespace[f"{day}_end"] = mapped_column(nullable=True)
        namespace["__annotations__"][f"{day}_start"] = Mapped[time | None]
        namespace["__annotations__"][f"{day}_end"] = Mapped[time | None]


class Declaration(WeekTimes, Base):
    """What a childminder tells the office about new children: which ages, on which days
    and times, what she offers. The free places themselves follow from her licence and
    contracts (plugins/placement/places.py); she only says how many to hold back."""

    __tablename__ = "pl_declaration"

    childminder_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True
    )
    min_age_months: Mapped[int] = mapped_column(default=0)
    max_age_months: Mapped[int] = mapped_column(default=36)
    _week_columns(locals())
    early: Mapped[bool] = mapped_column(default=False)  # before 7 o'clock
    late: Mapped[bool] = mapped_column(default=False)  # after 17 o'clock
    overnight: Mapped[bool] = mapped_column(default=False)
    languages: Mapped[str] = mapped_column(String(200), default="")
    inclusion: Mapped[bool] = mapped_column(default=False)  # qualified for inclusive care
    meals: Mapped[str] = mapped_column(String(200), default="")
    pets: Mapped[str] = mapped_column(String(200), default="")
    free_from: Mapped[date | None]  # takes new children from this day on
    held_places: Mapped[int] = mapped_column(default=0)  # Freihalteplätze for urgent cases
    notes: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    changed_by: Mapped[str] = mapped_column(String(100), default="")

    @property
    def audit_person_id(self) -> int:
        return self.childminder_id


class RequestState(enum.StrEnum):
    RECEIVED = "received"  # eingegangen
    IN_PROGRESS = "in_progress"  # in Vermittlung
    OFFERED = "offered"  # Angebot
    ACCEPTED = "accepted"  # angenommen: a draft care contract exists
    DECLINED = "declined"  # abgelehnt
    WITHDRAWN = "withdrawn"  # zurückgezogen
    ELSEWHERE = "elsewhere"  # anderweitig versorgt
    MERGED = "merged"  # a double registration, folded into another request


REQUEST_STATE_LABELS = {
    RequestState.RECEIVED: N_("eingegangen"),
    RequestState.IN_PROGRESS: N_("in Vermittlung"),
    RequestState.OFFERED: N_("Angebot"),
    RequestState.ACCEPTED: N_("angenommen"),
    RequestState.DECLINED: N_("abgelehnt"),
    RequestState.WITHDRAWN: N_("zurückgezogen"),
    RequestState.ELSEWHERE: N_("anderweitig versorgt"),
    RequestState.MERGED: N_("zusammengeführt"),
}
OPEN_STATES = (RequestState.RECEIVED, RequestState.IN_PROGRESS, RequestState.OFFERED)


class CareRequest(WeekTimes, Base):
    """A family's request for a place: the child (born or expected), the contact guardian,
    from when and on which days and times, wishes, urgency."""

    __tablename__ = "pl_request"
    __table_args__ = (
        Index("ix_pl_request_waiting", "state", "needed_from"),
        Index("ix_pl_request_child", "child_last_name", "child_birth_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    state: Mapped[str] = mapped_column(String(20), default=RequestState.RECEIVED.value)
    from_public_form: Mapped[bool] = mapped_column(default=False)
    # sha256 of the family's personal status code; the code itself is never stored
    status_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    child_first_name: Mapped[str] = mapped_column(String(100))
    child_last_name: Mapped[str] = mapped_column(String(100))
    child_birth_date: Mapped[date | None]
    expected_birth: Mapped[date | None]  # before birth: the expected day
    child_id: Mapped[int | None] = mapped_column(
        ForeignKey("core_person.id", ondelete="SET NULL"), index=True
    )
    guardian_first_name: Mapped[str] = mapped_column(String(100))
    guardian_last_name: Mapped[str] = mapped_column(String(100))
    second_guardian: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    district_id: Mapped[int | None] = mapped_column(
        ForeignKey("core_district.id", ondelete="SET NULL"), index=True
    )
    needed_from: Mapped[date]
    _week_columns(locals())
    languages: Mapped[str] = mapped_column(String(200), default="")
    special_needs: Mapped[str] = mapped_column(Text, default="")
    wishes: Mapped[str] = mapped_column(Text, default="")
    urgent: Mapped[bool] = mapped_column(default=False)
    urgency_reason: Mapped[str] = mapped_column(Text, default="")
    locale: Mapped[str] = mapped_column(String(5), default="de")
    consent_at: Mapped[datetime | None]  # the DSGVO consent of the public form
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    closed_on: Mapped[date | None]  # the day it reached a final state
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("pl_request.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    named: Mapped[list[RequestWish]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="RequestWish.childminder_id"
    )

    @property
    def child_name(self) -> str:
        return f"{self.child_first_name} {self.child_last_name}"

    @property
    def guardian_name(self) -> str:
        return f"{self.guardian_first_name} {self.guardian_last_name}"

    @property
    def audit_person_id(self) -> int | None:
        return self.child_id


class RequestWish(Base):
    """A childminder the family names: wished for, or where a sibling is cared for."""

    __tablename__ = "pl_request_wish"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("pl_request.id", ondelete="CASCADE"), primary_key=True
    )
    childminder_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True
    )
    sibling: Mapped[bool] = mapped_column(default=False)


class OfferState(enum.StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"  # no answer by the day asked


OFFER_STATE_LABELS = {
    OfferState.OPEN: N_("offen"),
    OfferState.ACCEPTED: N_("angenommen"),
    OfferState.DECLINED: N_("abgelehnt"),
    OfferState.WITHDRAWN: N_("zurückgenommen"),
    OfferState.EXPIRED: N_("ohne Antwort abgelaufen"),
}


class Offer(Base):
    """A place offered to a family at one childminder; accepted, it becomes a draft care
    contract."""

    __tablename__ = "pl_offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("pl_request.id", ondelete="CASCADE"), index=True
    )
    childminder_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[str] = mapped_column(String(20), default=OfferState.OPEN.value)
    starts: Mapped[date]
    answer_by: Mapped[date]
    uses_held_place: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    answered_at: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("core_contract.id", ondelete="SET NULL")
    )

    request: Mapped[CareRequest] = relationship()


class PlaceHold(Base):
    """One place on one weekday, held by an open offer. Places are numbered from 0 below
    the free places; the primary key lets only one offer hold each number, so two offers
    made at once cannot promise the same place twice."""

    __tablename__ = "pl_place_hold"
    __table_args__ = (UniqueConstraint("offer_id", "weekday"),)

    childminder_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True
    )
    weekday: Mapped[str] = mapped_column(String(2), primary_key=True)
    place: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("pl_offer.id", ondelete="CASCADE"))
