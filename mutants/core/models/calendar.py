"""Agency closing days and childminder absences."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base
from core.i18n import N_
from core.models.persons import Person, _enum


class AbsenceKind(enum.StrEnum):
    ILLNESS = "illness"
    VACATION = "vacation"
    TRAINING = "training"
    OTHER = "other"


ABSENCE_LABELS = {
    AbsenceKind.ILLNESS: N_("Krankheit"),
    AbsenceKind.VACATION: N_("Urlaub"),
    AbsenceKind.TRAINING: N_("Fortbildung"),
    AbsenceKind.OTHER: N_("sonstiges"),
}


class ClosingDay(Base):
    __tablename__ = "core_closing_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(unique=True)
    label: Mapped[str] = mapped_column(String(200))


class Absence(Base):
    __tablename__ = "core_absence"
    __table_args__ = (
        Index("ix_core_absence_period", "childminder_id", "start"),
        CheckConstraint("end_date >= start", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    childminder_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="CASCADE"))
    kind: Mapped[AbsenceKind] = mapped_column(_enum(AbsenceKind, "absence_kind"))
    start: Mapped[date]
    end: Mapped[date] = mapped_column("end_date")
    planned: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(Text, default="")

    childminder: Mapped[Person] = relationship()

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def audit_person_id(self) -> int:
        return self.childminder_id
