"""Tables of the Vertretung module (prefix sh_), keyed by core ids.

Capacity lives in `sh_place_day`: one row per provider and day with places and bookings,
and a CHECK that bookings never exceed places. The bookings are counted by a database
trigger on `sh_placement` (migration 0002_sh), so two coordinators taking the last place at
once cannot both succeed, and no delete, cascade or move can leave the count wrong.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow
from core.i18n import N_

HUB, GROUP, TANDEM, POOL = "hub", "group", "tandem", "pool"
PROVIDER_KINDS = {
    HUB: N_("Vertretungsstützpunkt"),
    GROUP: N_("Kooperationsgruppe"),
    TANDEM: N_("Tandem"),
    POOL: N_("Vertretungskraft (Pool)"),
}


class Provider(Base):
    """Who gives substitute care: a hub, a group or tandem of childminders, a pool substitute."""

    __tablename__ = "sh_provider"
    __table_args__ = (CheckConstraint("places >= 0", name="places"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    places: Mapped[int] = mapped_column(default=0)  # children per day
    weekdays: Mapped[str] = mapped_column(String(30), default="mo,tu,we,th,fr")
    opening: Mapped[str] = mapped_column(String(50), default="")  # e.g. "7:00–16:00"
    accepts: Mapped[str] = mapped_column(String(100), default="illness,vacation,training,other")
    planned_only: Mapped[bool] = mapped_column(default=False)  # Dortmund: planned absences only
    min_age_months: Mapped[int] = mapped_column(default=0)
    max_age_months: Mapped[int] = mapped_column(default=168)
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # paid through Geldleistung when a childminder substitutes (group, tandem, pool)
    payee_id: Mapped[int | None] = mapped_column(ForeignKey("core_person.id", ondelete="SET NULL"))
    monthly_fee_cents: Mapped[int] = mapped_column(default=0)  # flat fee per cooperation
    hourly_rate: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal("0"))

    members: Mapped[list[ProviderMember]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def weekday_set(self) -> set[int]:
        names = ("mo", "tu", "we", "th", "fr", "sa", "su")
        return {names.index(d) for d in self.weekdays.split(",") if d in names}

    @property
    def accepted_kinds(self) -> set[str]:
        return {k for k in self.accepts.split(",") if k}


class ProviderMember(Base):
    """A childminder of a tandem or group, or the staff of a hub or pool."""

    __tablename__ = "sh_provider_member"

    provider_id: Mapped[int] = mapped_column(
        ForeignKey("sh_provider.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ProviderUser(Base):
    """A login of the provider's own staff: it sees this provider and its children only
    (see `plugins.substitute_hub.reach`)."""

    __tablename__ = "sh_provider_user"

    provider_id: Mapped[int] = mapped_column(
        ForeignKey("sh_provider.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("core_user.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Enrolment(Base):
    """A child is signed up for substitute care with a provider and gets to know it."""

    __tablename__ = "sh_enrolment"
    __table_args__ = (UniqueConstraint("child_id", "provider_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="CASCADE"))
    provider_id: Mapped[int] = mapped_column(
        ForeignKey("sh_provider.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    provider: Mapped[Provider] = relationship()
    visits: Mapped[list[Visit]] = relationship(
        cascade="all, delete-orphan", order_by="Visit.day", lazy="selectin"
    )

    @property
    def audit_person_id(self) -> int:
        return self.child_id


class Visit(Base):
    """A getting-to-know visit, planned or done."""

    __tablename__ = "sh_visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("sh_enrolment.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date]
    done: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(String(200), default="")


class Need(Base):
    """A child needs substitute care on one day because its childminder is absent."""

    __tablename__ = "sh_need"
    __table_args__ = (
        UniqueConstraint("absence_id", "child_id", "day"),
        Index("ix_sh_need_day", "day", "child_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    absence_id: Mapped[int] = mapped_column(ForeignKey("core_absence.id", ondelete="CASCADE"))
    child_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="CASCADE"))
    childminder_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="CASCADE"))
    day: Mapped[date]
    declined: Mapped[bool] = mapped_column(default=False)  # the family needs no place that day
    # when the office sent the family its confirmation: a change after it is told again
    told_at: Mapped[datetime | None]

    placement: Mapped[Placement | None] = relationship(
        back_populates="need", uselist=False, cascade="all, delete-orphan"
    )

    @property
    def audit_person_id(self) -> int:
        return self.child_id


class PlaceDay(Base):
    """Places and bookings of one provider on one day; bookings never exceed places."""

    __tablename__ = "sh_place_day"
    __table_args__ = (
        CheckConstraint("booked >= 0", name="booked_positive"),
        CheckConstraint("booked <= places", name="no_overbooking"),
    )

    provider_id: Mapped[int] = mapped_column(
        ForeignKey("sh_provider.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(primary_key=True)
    places: Mapped[int]
    booked: Mapped[int] = mapped_column(default=0)


class Placement(Base):
    """A need met by a provider; one per need."""

    __tablename__ = "sh_placement"
    __table_args__ = (
        Index("ix_sh_placement_provider_day", "provider_id", "day"),
        {"sqlite_autoincrement": True},  # an id is never handed to a second placement
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("sh_need.id", ondelete="CASCADE"), unique=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("sh_provider.id", ondelete="RESTRICT"))
    day: Mapped[date]
    manual: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    need: Mapped[Need] = relationship(back_populates="placement")
    provider: Mapped[Provider] = relationship()
