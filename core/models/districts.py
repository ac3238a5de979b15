"""Stadtbezirke or Sozialräume of an installation, and the addresses that lie in each."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base


class District(Base):
    __tablename__ = "core_district"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

    areas: Mapped[list[DistrictArea]] = relationship(
        back_populates="district",
        cascade="all, delete-orphan",
        order_by="(DistrictArea.postal_code, DistrictArea.street_key)",
    )


class DistrictArea(Base):
    """A whole postal code (street '') or, where a postal code is split, one street of it.

    One address lies in one district: the database refuses a second district for the same
    postal code and street, whoever saves it first."""

    __tablename__ = "core_district_area"
    __table_args__ = (UniqueConstraint("postal_code", "street_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(
        ForeignKey("core_district.id", ondelete="CASCADE"), index=True
    )
    postal_code: Mapped[str] = mapped_column(String(10))
    street: Mapped[str] = mapped_column(String(200), default="")  # as the agency wrote it
    street_key: Mapped[str] = mapped_column(String(200), default="")  # core.districts.street_key

    district: Mapped[District] = relationship(back_populates="areas")


class HomeDistrict(Base):
    """A district a staff user works in: her lists and dashboard start filtered to these."""

    __tablename__ = "core_user_district"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("core_user.id", ondelete="CASCADE"), primary_key=True
    )
    district_id: Mapped[int] = mapped_column(
        ForeignKey("core_district.id", ondelete="CASCADE"), primary_key=True
    )


class PersonDistrict(Base):
    """The district a person lives in: found from the address (core.districts), or chosen
    by hand where the address misleads; a hand-made choice survives address changes."""

    __tablename__ = "core_person_district"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True
    )
    district_id: Mapped[int] = mapped_column(
        ForeignKey("core_district.id", ondelete="CASCADE"), index=True
    )
    manual: Mapped[bool] = mapped_column(default=False)

    district: Mapped[District] = relationship()

    @property
    def audit_person_id(self) -> int:
        return self.person_id
