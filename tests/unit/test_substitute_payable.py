"""Which substitute days are paid (plugins/substitute_hub/payable.py), by hand-counted days."""

from __future__ import annotations

from datetime import date, timedelta

from plugins.substitute_hub.payable import PayRule, unpaid

REMS_MURR = PayRule(from_day=4, weeks_per_year=12)


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def test_by_default_every_substitute_day_is_paid():
    absence = (date(2026, 12, 7), date(2026, 12, 11))
    assert unpaid(days(*absence), [absence], PayRule()) == {}


def test_the_first_three_days_of_an_absence_are_not_paid_from_the_fourth_on():
    absence = (date(2026, 12, 7), date(2026, 12, 11))  # Mon–Fri
    held = unpaid(days(*absence), [absence], REMS_MURR)
    assert held == {date(2026, 12, d): "early" for d in (7, 8, 9)}


def test_each_absence_counts_its_own_first_days():
    first, second = (date(2026, 12, 1), date(2026, 12, 4)), (date(2026, 12, 14), date(2026, 12, 18))
    placed = days(*first) + days(*second)
    held = unpaid(placed, [first, second], REMS_MURR)
    assert sorted(held) == [date(2026, 12, d) for d in (1, 2, 3, 14, 15, 16)]


def test_twelve_weeks_per_care_year_are_counted_in_calendar_days_from_the_fourth_day():
    # ill from 1 Sep 2026: paid from 4 Sep; 84 calendar days are 4 Sep .. 26 Nov
    absence = (date(2026, 9, 1), date(2026, 12, 31))
    held = unpaid(days(*absence), [absence], REMS_MURR)
    assert [d for d, why in held.items() if why == "early"] == days(
        date(2026, 9, 1), date(2026, 9, 3)
    )
    limited = [d for d, why in held.items() if why == "limit"]
    assert limited[0] == date(2026, 11, 27) and limited[-1] == date(2026, 12, 31)
    assert len(limited) == 35


def test_a_new_care_year_on_1_august_starts_the_count_again():
    rule = PayRule(from_day=1, weeks_per_year=1)
    absence = (date(2027, 7, 20), date(2027, 8, 10))
    held = unpaid(days(*absence), [absence], rule)
    # 20–26 July paid (7 days), 27–31 July over the week, from 1 August paid again
    assert sorted(held) == days(date(2027, 7, 27), date(2027, 7, 31)) + days(
        date(2027, 8, 8), date(2027, 8, 10)
    )


def test_days_the_absence_list_does_not_cover_are_not_held_back():
    assert unpaid([date(2026, 12, 7)], [], REMS_MURR) == {}


def test_the_care_year_can_start_on_another_day():
    rule = PayRule(year_starts=(1, 1))
    assert rule.year_of(date(2026, 12, 31)) == date(2026, 1, 1)
    assert PayRule().year_of(date(2026, 7, 31)) == date(2025, 8, 1)
    assert PayRule().year_of(date(2026, 8, 1)) == date(2026, 8, 1)
