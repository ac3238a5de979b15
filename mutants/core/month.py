"""A calendar month as a value: payments are monthly, and so are their hooks. One place
knows where a month starts and ends, what comes before it and how it is written."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.year <= 9999:
            raise ValueError(f"Keinen Monat {self.month}/{self.year} gibt es nicht.")

    @classmethod
    def of(cls, day: date) -> Month:
        """The month a day lies in."""
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month:
        """'2026-11' or '11/2026'; ValueError for anything else."""
        text = text.strip()
        if "/" in text:
            month, _, year = text.partition("/")
        else:  # a full date names its month too
            year, month = (text.split("-") + [""])[:2]
        if not (year.isdigit() and month.isdigit() and len(year) == 4):
            raise ValueError(f"'{text}' ist kein Monat (JJJJ-MM oder MM/JJJJ).")
        return cls(int(year), int(month))

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def previous(self) -> Month:
        return Month.of(self.first - timedelta(days=1))

    @property
    def next(self) -> Month:
        return Month.of(self.last + timedelta(days=1))

    def __contains__(self, day: date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    def __str__(self) -> str:
        return f"{self.month:02d}/{self.year}"
