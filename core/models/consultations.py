"""Consultations a Fachberater*in offers childminders: a time, a way (in person, phone,
video) and, once she books it, whose it is."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base
from core.i18n import N_
from core.models.auth import User
from core.models.persons import Person

IN_PERSON, PHONE, VIDEO = "in_person", "phone", "video"
MODES = {IN_PERSON: N_("vor Ort"), PHONE: N_("Telefon"), VIDEO: N_("Video")}


class ConsultationSlot(Base):
    """One offered consultation. Booking sets `person_id` in one conditional UPDATE, so
    two childminders clicking at once cannot both get it."""

    __tablename__ = "core_consultation_slot"
    __table_args__ = (CheckConstraint("minutes > 0", name="minutes_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_user_id: Mapped[int] = mapped_column(
        ForeignKey("core_user.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(index=True)
    minutes: Mapped[int] = mapped_column(default=45)
    mode: Mapped[str] = mapped_column(String(20), default=IN_PERSON)
    place: Mapped[str] = mapped_column(String(300), default="")  # address, number or link
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("core_person.id", ondelete="SET NULL"), index=True
    )
    topic: Mapped[str] = mapped_column(Text, default="")
    booked_at: Mapped[datetime | None]

    staff: Mapped[User] = relationship(lazy="joined")
    person: Mapped[Person | None] = relationship(lazy="joined")

    @property
    def audit_person_id(self) -> int | None:
        return self.person_id
