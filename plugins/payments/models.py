"""Tables of the Geldleistung module (prefix pay_), keyed by core ids.

Statements and lines are snapshots: names, addresses, IBANs and rates are copied at
calculation time, so a finalised run reads the same years later whatever changes in core.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow
from core.files.submissions import Submission
from core.i18n import N_, gettext_
from plugins.payments.runs import records, stored

DRAFT, FINAL = "draft", "final"
REGULAR, CORRECTION = "regular", "correction"
RUN_STATUS_LABELS = {DRAFT: N_("Entwurf"), FINAL: N_("abgeschlossen")}
RUN_KIND_LABELS = {REGULAR: N_("Monatslauf"), CORRECTION: N_("Korrekturlauf")}


class RatePeriod(Base):
    """One validity period of an imported rate table (body as parsed by rates.py)."""

    __tablename__ = "pay_rate_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date] = mapped_column(unique=True)
    valid_to: Mapped[date | None]
    body: Mapped[dict] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class Profile(Base):
    """Payment facts about a childminder that core does not hold."""

    __tablename__ = "pay_profile"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), primary_key=True
    )
    qualification_ue: Mapped[int] = mapped_column(default=0)
    fachkraft: Mapped[bool] = mapped_column(default=False)
    external_weekly_hours: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class _ChildminderRecord:
    """A dated record about one childminder; it goes when the person goes."""

    id: Mapped[int] = mapped_column(primary_key=True)
    childminder_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), index=True
    )
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]

    @property
    def audit_person_id(self) -> int:
        return self.childminder_id


class Contribution(_ChildminderRecord, Base):
    """A proven monthly insurance contribution (accident, pension, health) with validity."""

    __tablename__ = "pay_contribution"

    kind: Mapped[str] = mapped_column(String(20))
    monthly_cents: Mapped[int]
    proof: Mapped[str] = mapped_column(String(200), default="")


class Extra(_ChildminderRecord, Base):
    """A granted extra (e.g. first-aid course, substitution grant), paid each month it is valid."""

    __tablename__ = "pay_extra"

    label: Mapped[str] = mapped_column(String(200))
    amount_cents: Mapped[int]


class Run(Base):
    __tablename__ = "pay_run"
    __table_args__ = (
        # one regular run per month, and at most one open draft per month
        Index(
            "uq_pay_run_regular",
            "month",
            unique=True,
            sqlite_where=text("kind = 'regular'"),
            postgresql_where=text("kind = 'regular'"),
        ),
        Index(
            "uq_pay_run_draft",
            "month",
            unique=True,
            sqlite_where=text("status = 'draft'"),
            postgresql_where=text("status = 'draft'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20), default=REGULAR)
    status: Mapped[str] = mapped_column(String(20), default=DRAFT)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("pay_run.id"))
    rates_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    computed_at: Mapped[datetime | None]
    finalised_at: Mapped[datetime | None]
    finalised_by: Mapped[str] = mapped_column(String(100), default="")
    total_cents: Mapped[int] = mapped_column(BigInteger, default=0)  # national: > 2³¹ cents
    statement_count: Mapped[int] = mapped_column(default=0)

    corrects: Mapped[Run | None] = relationship(remote_side=[id])
    problems: Mapped[list[Problem]] = relationship(
        cascade="all, delete-orphan", order_by="Problem.id"
    )

    @property
    def is_final(self) -> bool:
        return self.status == FINAL

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def label(self) -> str:
        return f"{gettext_(RUN_KIND_LABELS[self.kind])} {self.month:%m/%Y}"


class Statement(Base):
    __tablename__ = "pay_statement"
    __table_args__ = (UniqueConstraint("run_id", "childminder_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("pay_run.id", ondelete="CASCADE"))
    childminder_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    total_cents: Mapped[int] = mapped_column(default=0)
    previous_cents: Mapped[int | None]  # last month's paid total, for the review
    # what the month rests on (rate table, level, absence allowance; why a repayment is
    # due), one line each, as the statement shows it
    basis: Mapped[str] = mapped_column(Text, default="", server_default="")

    # the lines in order, as one document (`runs.stored`): written once, read whole
    lines_text: Mapped[str] = mapped_column("lines", Text, default="[]", server_default="[]")

    run: Mapped[Run] = relationship()

    @property
    def lines(self) -> list[records.Line]:
        return stored.decode(self.lines_text)

    @lines.setter
    def lines(self, lines: list[records.Line]) -> None:
        self.lines_text = stored.encode(lines)

    @property
    def audit_person_id(self) -> int:
        return self.childminder_id

    @property
    def change_percent(self) -> Decimal | None:
        if not self.previous_cents:
            return None
        return Decimal(self.total_cents - self.previous_cents) * 100 / self.previous_cents


class Problem(Base):
    """A finding of the review: blocking problems stop finalising, warnings do not."""

    __tablename__ = "pay_problem"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("pay_run.id", ondelete="CASCADE"), index=True)
    childminder_id: Mapped[int | None]
    person_name: Mapped[str] = mapped_column(String(200), default="")
    blocking: Mapped[bool] = mapped_column(default=True)
    message: Mapped[str] = mapped_column(Text)


class Proof(Submission, Base):
    """A proof of an insurance contribution the childminder handed in through her portal.
    Staff accept it (then it becomes a Contribution and feeds the refunds) or reject it
    with a reason she reads (core.files.submissions)."""

    __tablename__ = "pay_proof"

    id: Mapped[int] = mapped_column(primary_key=True)
    childminder_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    monthly_cents: Mapped[int]
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    contribution_id: Mapped[int | None] = mapped_column(
        ForeignKey("pay_contribution.id", ondelete="SET NULL")
    )

    @property
    def audit_person_id(self) -> int:
        return self.childminder_id
