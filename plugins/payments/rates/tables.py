"""Rate tables (Satztabellen): dated periods of hourly rates and payment rules, as the
arithmetic reads them. Reading and checking them from files or the database: `ratefile`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from itertools import product

from core.i18n import N_
from core.kernel.contributions import Qualification

PRORATIONS = ("calendar_days", "care_days")
ABSENCE_KINDS = ("illness", "vacation", "training", "other")
INSURANCE_KINDS = {
    "accident": N_("Unfallversicherung"),
    "pension": N_("Alterssicherung"),
    "health": N_("Kranken- und Pflegeversicherung"),
}


@dataclass(frozen=True)
class Level:
    key: str
    label: str
    min_ue: int = 0
    fachkraft: bool = False

    def met_by(self, q: Qualification) -> bool:
        return q.ue >= self.min_ue and (q.fachkraft or not self.fachkraft)


def age_on(birth_date: date, day: date) -> int:
    """Full years on `day`; born on 29 February, a year is full on 1 March."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


@dataclass(frozen=True)
class AgeBand:
    key: str
    label: str
    below: int | None = None  # the band ends on this birthday; None = open end


# What the hours of a band count: booked hours a week, or booked hours a care day.
HOURS_PER = {"week": N_("Std./Woche"), "day": N_("Std./Tag")}


@dataclass(frozen=True)
class HourBand:
    """A band of booked hours (Stundenstufe) a week or a care day (`per`), from `low` to
    `high`. Offices state either edge as included ("bis 4", "ab 6") or not ("unter 6",
    "mehr als 2"), so whether an edge belongs to the band is kept with it."""

    key: str
    label: str
    high: Decimal
    low: Decimal = Decimal("0")
    high_open: bool = False  # "unter 6": 6 itself belongs to the band above
    low_open: bool = False  # "mehr als 2": 2 itself belongs to the band below
    per: str = "week"  # a key of HOURS_PER

    def holds(self, hours: Decimal | Fraction) -> bool:
        """Exact at the edges: a Fraction (10 h on 3 days) compares with the decimal edge
        as the number it is."""
        if hours < self.low or hours > self.high:
            return False
        on_open_edge = (self.low_open and hours == self.low) or (
            self.high_open and hours == self.high
        )
        return not on_open_edge


@dataclass(frozen=True)
class Price:
    amount: Decimal  # euros; for "percent" the percentage
    per: str = "hour"  # hour | month | percent (of the component `of` in the same segment)
    of: str = ""
    # a monthly amount for this many weekly hours, proportionally less below (None: flat)
    full_time: Decimal | None = None


# Where a rate row leaves level, age band or hour band open ("*"): the most specific row
# wins; between equally specific rows the level weighs most, then the age band.
_WILDCARDS = sorted(product((False, True), repeat=3), key=lambda m: (sum(m), m))


@dataclass(frozen=True)
class Component:
    key: str
    label: str
    special_needs_factor: Decimal = Decimal("1")
    continues_in_absence: bool = False  # paid on beyond the yearly absence limit


@dataclass(frozen=True)
class Eingewoehnung:
    """Paid once for a child new to this childminder. A child who comes back to her is
    settled in again only after a break of more than `again_after_weeks` (None: never)."""

    mode: str = "none"  # none | hours | lump_sum
    hours: Decimal = Decimal("0")
    amount: Decimal = Decimal("0")
    again_after_weeks: int | None = None

    def due(self, start: date, previous_end: date | None) -> bool:
        if previous_end is None:
            return True
        if self.again_after_weeks is None:
            return False
        return (start - previous_end).days - 1 > 7 * self.again_after_weeks


@dataclass(frozen=True)
class AbsenceRule:
    paid_days_per_year: int | None = None  # None: no limit
    kinds: tuple[str, ...] = ("illness", "vacation", "training")


@dataclass(frozen=True)
class InsuranceRule:
    share: dict[str, Decimal]  # kind -> reimbursed share of the proven contribution
    max_contribution: dict[str, Decimal]  # kind -> highest contribution considered


@dataclass(frozen=True)
class RatePeriod:
    valid_from: date
    valid_to: date | None
    monthly_factor: Fraction  # exact: "52/12" stays 13/3
    monthly_factor_text: str
    proration: str
    rounding: str  # a key of arithmetic.ROUNDINGS
    levels: tuple[Level, ...]  # lowest first
    age_bands: tuple[AgeBand, ...]  # youngest first
    hour_bands: tuple[HourBand, ...]  # fewest hours first; empty: paid per hour throughout
    components: tuple[Component, ...]
    rates: dict[tuple[str, str, str, str], Price]  # (component, level, age, hour band)
    eingewoehnung: Eingewoehnung
    absence: AbsenceRule
    insurance: InsuranceRule
    raw: dict = field(compare=False, repr=False)
    table_name: str = field(default="", compare=False)  # the table this period came from
    source: str = field(default="", compare=False)  # where that table's numbers are published
    total_rounding: str = "cent"  # a key of arithmetic.TOTAL_ROUNDINGS
    _priced: dict = field(default_factory=dict, init=False, compare=False, repr=False)
    # answers derived from this period by the calculation, kept as long as the table
    memo: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def overlaps(self, start: date, end: date | None) -> bool:
        """Whether the period shares a day with [start, end] (end None: open)."""
        return (end is None or self.valid_from <= end) and (
            self.valid_to is None or self.valid_to >= start
        )

    def level_for(self, q: Qualification) -> Level:
        key = (q.ue, q.fachkraft)
        if key not in self._priced:
            met = [lv for lv in self.levels if lv.met_by(q)]
            self._priced[key] = met[-1] if met else self.levels[0]
        return self._priced[key]

    def band_on(self, birth_date: date, day: date) -> AgeBand:
        return self.band_of(age_on(birth_date, day))

    def band_of(self, age: int) -> AgeBand:
        """The band of a child of `age` full years."""
        for band in self.age_bands:
            if band.below is None or age < band.below:
                return band
        return self.age_bands[-1]

    @property
    def hours_per(self) -> str:
        """What the bands count, "week" or "day"; the file never mixes them."""
        return self.hour_bands[0].per if self.hour_bands else "week"

    def booked_hours(self, weekly: Decimal, days: int) -> Decimal | Fraction | None:
        """The hours a contract is banded by: its weekly hours, or for bands per care day
        the average booked day, weekly hours ÷ days with hours, exact (20 h on 4 days: 5;
        10 h on 3 days stays 10/3). A contract stores hours per weekday, so this is known
        whenever hours are booked; None without a booked day."""
        if self.hours_per == "week":
            return weekly
        return Fraction(weekly) / days if days > 0 else None

    def hour_band_for(self, weekly: Decimal, days: int) -> HourBand | None:
        """The band of a contract with these weekly hours on this many weekdays; None when
        the table has bands and none holds them (fewer hours than the lowest, more than
        the highest)."""
        if not self.hour_bands:
            return ANY_HOURS
        hours = self.booked_hours(weekly, days)
        if hours is None:
            return None
        return next((b for b in self.hour_bands if b.holds(hours)), None)

    def graded_by(self, component: str) -> tuple[bool, bool, bool]:
        """Whether this component's rates differ by qualification level, age band, hours."""
        keys = [k for k in self.rates if k[0] == component]
        return tuple(any(k[i] != "*" for k in keys) for i in (1, 2, 3))

    def priced(self, comp: Component, level: Level, band: AgeBand, hours: HourBand, needs: bool):
        """(line label, Price) for a component, or None without a rate; cached, since a
        month's run asks the same few questions 100,000s of times."""
        key = (comp.key, level.key, band.key, hours.key, needs)
        if key not in self._priced:
            price = self.rate(comp.key, level.key, band.key, hours.key)
            if price is None:
                self._priced[key] = None
            else:
                by_level, by_age, by_hours = self.graded_by(comp.key)
                detail = [hours.label] * by_hours + [band.label] * by_age
                detail += [level.label] * by_level
                label = f"{comp.label} ({', '.join(detail)})" if detail else comp.label
                if needs and comp.special_needs_factor != 1:
                    price = replace(price, amount=price.amount * comp.special_needs_factor)
                    factor = format(comp.special_needs_factor.normalize(), "f").replace(".", ",")
                    label += f", erhöhter Förderbedarf × {factor}"
                self._priced[key] = (label, price)
        return self._priced[key]

    def rate(self, component: str, level: str, age: str, hours: str = "*") -> Price | None:
        exact = (level, age, hours)
        for mask in _WILDCARDS:
            key = (component, *("*" if wild else v for wild, v in zip(mask, exact, strict=True)))
            if key in self.rates:
                return self.rates[key]
        return None


ANY_HOURS = HourBand("*", "", Decimal("Infinity"))


@dataclass(frozen=True)
class RateTable:
    name: str
    source: str
    as_of: date | None
    note: str
    periods: tuple[RatePeriod, ...]
    changes: tuple[date, ...] = field(init=False, compare=False, repr=False)
    age_limits: tuple[int, ...] = field(init=False, compare=False, repr=False)
    _cuts: dict = field(default_factory=dict, init=False, compare=False, repr=False)
    _on: dict = field(default_factory=dict, init=False, compare=False, repr=False)
    # answers derived from the whole table by the calculation, kept as long as the table
    memo: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self):
        days = {p.valid_from for p in self.periods}
        days |= {p.valid_to + timedelta(days=1) for p in self.periods if p.valid_to}
        object.__setattr__(self, "changes", tuple(sorted(days)))
        limits = {b.below for p in self.periods for b in p.age_bands if b.below is not None}
        object.__setattr__(self, "age_limits", tuple(sorted(limits)))

    def period_on(self, day: date) -> RatePeriod | None:
        """Asked for every contract of a month: each day's answer is kept."""
        found = self._on.get(day, self)
        if found is self:
            found = self._on[day] = next((p for p in self.periods if p.covers(day)), None)
        return found

    def boundaries(self, start: date, end: date) -> frozenset[date]:
        """Days in (start, end] on which another period takes over. Cached: a month's
        contracts ask about the same few spans."""
        key = (start, end)
        if key not in self._cuts:
            self._cuts[key] = frozenset(d for d in self.changes if start < d <= end)
        return self._cuts[key]
