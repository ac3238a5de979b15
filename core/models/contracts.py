"""Betreuungsverträge: which child is cared for by which childminder, when and how long."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base
from core.i18n import N_
from core.models.persons import Person, _enum

WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")
WEEKDAY_LABELS = {
    "mo": N_("Montag"),
    "tu": N_("Dienstag"),
    "we": N_("Mittwoch"),
    "th": N_("Donnerstag"),
    "fr": N_("Freitag"),
    "sa": N_("Samstag"),
    "su": N_("Sonntag"),
}


class CareType(enum.StrEnum):
    REGULAR = "regular"  # in the childminder's rooms
    IN_HOME = "in_home"  # in the family's household
    LARGE_GROUP = "large_group"  # in a Großtagespflege
    SUPPLEMENTARY = "supplementary"  # ergänzend, e.g. before/after Kita or school


CARE_TYPE_LABELS = {
    CareType.REGULAR: N_("im Haushalt der Tagespflegeperson"),
    CareType.IN_HOME: N_("im Haushalt der Eltern"),
    CareType.LARGE_GROUP: N_("in der Großtagespflege"),
    CareType.SUPPLEMENTARY: N_("ergänzende Betreuung"),
}


def _hours():
    return mapped_column(Numeric(4, 2), default=Decimal("0"))


class Contract(Base):
    __tablename__ = "core_contract"
    __table_args__ = (
        Index("ix_core_contract_child", "child_id", "valid_from"),
        Index("ix_core_contract_childminder", "childminder_id", "valid_from"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="RESTRICT"))
    childminder_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="RESTRICT"))
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    hours_mo: Mapped[Decimal] = _hours()
    hours_tu: Mapped[Decimal] = _hours()
    hours_we: Mapped[Decimal] = _hours()
    hours_th: Mapped[Decimal] = _hours()
    hours_fr: Mapped[Decimal] = _hours()
    hours_sa: Mapped[Decimal] = _hours()
    hours_su: Mapped[Decimal] = _hours()
    care_type: Mapped[CareType] = mapped_column(
        _enum(CareType, "care_type"), default=CareType.REGULAR
    )
    special_needs: Mapped[bool] = mapped_column(default=False)
    substitute_wanted: Mapped[bool] = mapped_column(default=False)
    substitute_from: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(String(50), default="")
    # agreed but not yet signed (e.g. a place the family accepted): it takes its place under
    # the capacity rules like any contract, but nothing is paid for it until it is signed
    draft: Mapped[bool] = mapped_column(default=False)

    child: Mapped[Person] = relationship(foreign_keys=[child_id])
    childminder: Mapped[Person] = relationship(foreign_keys=[childminder_id])

    def hours(self, weekday: str) -> Decimal:
        return getattr(self, f"hours_{weekday}") or Decimal("0")

    @property
    def weekly_hours(self) -> Decimal:
        return sum((self.hours(d) for d in WEEKDAYS), Decimal("0"))

    def active_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def audit_person_id(self) -> int:
        return self.child_id
