"""Persons and their roles: childminders, children, guardians, staff."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    func,
    literal_column,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base
from core.i18n import N_

if TYPE_CHECKING:
    from core.models.districts import PersonDistrict


class Role(enum.StrEnum):
    CHILDMINDER = "childminder"
    CHILD = "child"
    GUARDIAN = "guardian"
    STAFF = "staff"
    APPLICANT = "applicant"  # wants to become a childminder, e.g. in the qualification


ROLE_LABELS = {
    Role.CHILDMINDER: N_("Kindertagespflegeperson"),
    Role.CHILD: N_("Kind"),
    Role.GUARDIAN: N_("Sorgeberechtigte Person"),
    Role.STAFF: N_("Mitarbeiter*in"),
    Role.APPLICANT: N_("Bewerber*in"),
}


class Employment(enum.StrEnum):
    SELF_EMPLOYED = "self_employed"
    EMPLOYED = "employed"


EMPLOYMENT_LABELS = {
    Employment.SELF_EMPLOYED: N_("selbstständig"),
    Employment.EMPLOYED: "angestellt",
}


class Address(enum.StrEnum):
    """How a letter greets the person (core/salutation.py)."""

    NEUTRAL = ""
    FRAU = "frau"
    HERR = "herr"


ADDRESS_LABELS = {
    Address.NEUTRAL: N_("neutral"),
    Address.FRAU: N_("Frau"),
    Address.HERR: N_("Herr"),
}


class Channel(enum.StrEnum):
    """How the person wants to receive letters."""

    LETTER = "letter"
    EMAIL = "email"


CHANNEL_LABELS = {Channel.LETTER: N_("Brief"), Channel.EMAIL: N_("E-Mail")}


class LinkKind(enum.StrEnum):
    GUARDIAN = "guardian"  # related person is a guardian of person
    SIBLING = "sibling"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(
        cls, name=name, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]
    )


class Person(Base):
    __tablename__ = "core_person"
    __table_args__ = (Index("ix_core_person_name", "last_name", "first_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None]
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    form_of_address: Mapped[str] = mapped_column(String(10), default=Address.NEUTRAL.value)
    channel: Mapped[str] = mapped_column(String(10), default=Channel.LETTER.value)
    # the day the person agreed to receive letters by e-mail; None: no consent recorded
    email_consent_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    # set when personal data was erased after the retention period; the row stays for records
    anonymised_on: Mapped[date | None]

    roles: Mapped[list[PersonRole]] = relationship(
        back_populates="person", cascade="all, delete-orphan", lazy="selectin"
    )
    childminder: Mapped[Childminder | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )
    district_link: Mapped[PersonDistrict | None] = relationship(
        cascade="all, delete-orphan", uselist=False
    )

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def sort_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"

    @property
    def role_set(self) -> set[Role]:
        return {Role(r.role) for r in self.roles}

    def has_role(self, role: Role) -> bool:
        return role in self.role_set

    @property
    def audit_person_id(self) -> int:
        return self.id


_SPACE = literal_column("' '")  # a constant, not a parameter: the index matches it
# What the person search looks in: name, city and e-mail as one lower-case text. Words are
# split on spaces, so no word can match across two fields. On PostgreSQL a trigram index
# answers "contains" from it without reading the table (migration core 0004).
SEARCH_TEXT = func.lower(
    Person.first_name + _SPACE + Person.last_name + _SPACE + Person.city + _SPACE + Person.email
)
Index(
    "ix_core_person_search",
    SEARCH_TEXT.label("search_text"),
    postgresql_using="gin",
    postgresql_ops={"search_text": "gin_trgm_ops"},
).ddl_if(dialect="postgresql")


class PersonRole(Base):
    __tablename__ = "core_person_role"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(_enum(Role, "person_role"), primary_key=True, index=True)
    person: Mapped[Person] = relationship(back_populates="roles")

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class PersonLink(Base):
    """Guardian-of and sibling links between persons."""

    __tablename__ = "core_person_link"
    __table_args__ = (
        UniqueConstraint("person_id", "related_id", "kind"),
        CheckConstraint("person_id <> related_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("core_person.id", ondelete="CASCADE"))
    related_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[LinkKind] = mapped_column(_enum(LinkKind, "link_kind"))

    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    related: Mapped[Person] = relationship(foreign_keys=[related_id])

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class LargeGroup(Base):
    """Großtagespflege: two or three childminders sharing rooms, with a joint child limit."""

    __tablename__ = "core_large_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    max_children: Mapped[int] = mapped_column(default=9)

    members: Mapped[list[Childminder]] = relationship(back_populates="large_group")


class Childminder(Base):
    """Kindertagespflegeperson details, 1:1 with a person."""

    __tablename__ = "core_childminder"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True
    )
    permit_number: Mapped[str] = mapped_column(String(50), default="")
    permit_valid_until: Mapped[date | None]
    permit_told_for: Mapped[date | None]  # the end date last told of (core.services.permits)
    max_children: Mapped[int] = mapped_column(default=5)
    employment: Mapped[Employment] = mapped_column(
        _enum(Employment, "employment"), default=Employment.SELF_EMPLOYED
    )
    iban: Mapped[str] = mapped_column(String(34), default="")
    large_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("core_large_group.id", ondelete="SET NULL"), index=True
    )

    person: Mapped[Person] = relationship(back_populates="childminder")
    large_group: Mapped[LargeGroup | None] = relationship(back_populates="members")

    @property
    def audit_person_id(self) -> int:
        return self.person_id
