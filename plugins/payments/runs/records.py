"""What a month's calculation of one childminder reads and writes, as plain data: the
`Case` (contracts, absences, proven contributions, extras, lines from other modules) and
the `Statement` with its `Line`s. Loaded by `casefile`, computed by `calc`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from core.i18n import N_
from core.kernel.contributions import PaymentLine, Qualification
from core.month import Month


@dataclass(slots=True)
class CareContract:
    child_id: int
    child_name: str
    birth_date: date | None
    valid_from: date
    valid_to: date | None
    hours: tuple[Decimal, ...]  # Monday .. Sunday
    special_needs: bool = False
    new_child: bool = True  # False when it continues an earlier contract with the same child
    previous_end: date | None = None  # end of this child's latest earlier contract with her
    weekly_hours: Decimal = field(init=False)
    weekdays: frozenset[int] = field(init=False)  # the days with booked hours, 0 = Monday

    def __post_init__(self):
        # both asked for every absence and segment: worked out once per weekly pattern
        self.weekly_hours, self.weekdays = _week(self.hours)

    def overlap(self, start: date, end: date) -> tuple[date, date] | None:
        a = max(start, self.valid_from)
        b = end if self.valid_to is None else min(end, self.valid_to)
        return (a, b) if a <= b else None


@lru_cache(maxsize=4096)
def _week(hours: tuple[Decimal, ...]) -> tuple[Decimal, frozenset[int]]:
    """(weekly hours, days with hours): a month has 170,000 contracts of a few hundred
    weekly patterns."""
    booked = frozenset(day for day, on_day in enumerate(hours) if on_day > 0)
    return sum(hours, Decimal("0")), booked


@dataclass(slots=True)
class Absence:
    kind: str
    start: date
    end: date


@dataclass(slots=True)
class Contribution:
    kind: str  # accident | pension | health
    monthly: Decimal  # proven monthly contribution in euros
    valid_from: date
    valid_to: date | None = None


@dataclass(slots=True)
class Extra:
    label: str
    amount: Decimal


@dataclass(slots=True)
class Case:
    month: date  # first day of the month
    childminder_id: int
    childminder_name: str
    qualification: Qualification = field(default_factory=Qualification)
    contracts: list[CareContract] = field(default_factory=list)  # all that touch the year so far
    absences: list[Absence] = field(default_factory=list)  # this year up to the month's end
    contributions: list[Contribution] = field(default_factory=list)
    extras: list[Extra] = field(default_factory=list)
    lines: list[PaymentLine] = field(default_factory=list)  # from other modules
    external_weekly_hours: Decimal = Decimal("0")  # booked by other Jugendämter
    permit_until: date | None = None  # her Pflegeerlaubnis ends that day (None: not recorded)

    @property
    def last_day(self) -> date:
        return _last_of(self.month)


@lru_cache(maxsize=256)
def _last_of(month: date) -> date:
    """Asked several times for every childminder of a month: worked out once."""
    return Month.of(month).last


# The units lines are counted in: stored in German as the statement says them, translated
# where a screen shows them (`unit|translate`).
UNITS = (N_("Std."), N_("Monat"), N_("pauschal"), N_("Tage"), N_("Betreuungstage"))


@dataclass(slots=True)
class Line:
    component: str
    label: str
    quantity: Decimal
    unit: str
    rate: Decimal
    amount_cents: int
    child_id: int | None = None
    child_name: str = ""
    period_from: date | None = None
    period_to: date | None = None
    # how the quantity came about ("40 Std./Woche × 4,33 = 173,20 Std."); an explanation
    # of the numbers above, so two lines that differ only in it are the same payment
    working: str = field(default="", compare=False)


@dataclass
class Statement:
    childminder_id: int
    childminder_name: str
    month: date
    lines: list[Line] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # blocking: the month cannot be paid
    basis: list[str] = field(default_factory=list)  # rate table, level, absence allowance

    def subtotals(self) -> dict[str, int]:
        """Cents per child, in the order the children appear."""
        out: dict[str, int] = {}
        for line in self.lines:
            if line.child_name and line.child_id is not None:
                out[line.child_name] = out.get(line.child_name, 0) + line.amount_cents
        return out

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)

    @property
    def has_contracts(self) -> bool:
        return any(line.child_id for line in self.lines)
