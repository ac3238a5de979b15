"""Free places: the count core's capacity rules would still allow, from a start day on."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

import pytest

from core.capacity import Booking, Group
from plugins.placement.places import (
    Capacity,
    age_fits,
    age_in_months,
    free_on,
    free_week,
    frees_up,
    offerable,
    times_fit,
)

WEEK = frozenset(("mo", "tu", "we", "th", "fr"))
DAY = date(2026, 12, 1)


def booked(start=date(2026, 1, 1), end=None, days=WEEK) -> Booking:
    return Booking(start, end, frozenset(days))


def test_places_are_the_licence_less_the_children_on_that_day():
    cap = Capacity(5, 8, (booked(), booked(days={"mo", "tu"}), booked(days={"mo"})))
    assert free_week(cap, DAY) == {
        "mo": 2,
        "tu": 3,
        "we": 4,
        "th": 4,
        "fr": 4,
        "sa": 5,
        "su": 5,
    }


def test_a_contract_that_ended_frees_its_place():
    cap = Capacity(1, 8, (booked(end=date(2026, 11, 30)),))
    assert free_on(cap, DAY, "mo") == 1
    assert free_on(cap, date(2026, 11, 30), "mo") == 0


def test_a_future_contract_already_takes_its_place_for_a_child_who_stays():
    cap = Capacity(1, 8, (booked(start=date(2027, 8, 1)),))
    assert free_on(cap, DAY, "mo") == 0


def test_a_contract_beginning_the_day_after_another_ends_takes_the_same_place():
    # listed with the later one first: the order the database happens to return them
    cap = Capacity(
        1,
        8,
        (booked(DAY + timedelta(days=11), days={"mo"}), booked(DAY, DAY + timedelta(days=10))),
    )
    assert free_week(cap, DAY)["mo"] == 0
    assert free_week(Capacity(2, 8, cap.bookings), DAY)["mo"] == 1


def test_a_full_licence_gives_none_and_never_less():
    cap = Capacity(2, 8, (booked(), booked(), booked()))
    assert free_on(cap, DAY, "mo") == 0


def test_too_many_contracts_at_once_close_every_day():
    cap = Capacity(5, 2, (booked(days={"mo"}), booked(days={"tu"})))
    assert free_week(cap, DAY) == dict.fromkeys(("mo", "tu", "we", "th", "fr", "sa", "su"), 0)
    assert free_on(Capacity(5, 3, cap.bookings), DAY, "mo") == 4


def test_the_groups_joint_limit_caps_each_member():
    group = Group("Wirbelwind", 9, [booked() for _ in range(8)])
    cap = Capacity(5, 8, (booked(),), group)
    assert free_on(cap, DAY, "mo") == 1
    assert free_on(cap, DAY, "sa") == 5
    full = Capacity(5, 8, (booked(),), Group("Wirbelwind", 8, group.bookings))
    assert free_on(full, DAY, "mo") == 0
    roomy = Capacity(2, 8, (booked(),), Group("Wirbelwind", 20, group.bookings))
    assert free_on(roomy, DAY, "mo") == 1


def test_the_day_a_place_frees_up_is_after_the_last_day_of_care():
    leaving = booked(end=date(2027, 7, 31))
    cap = Capacity(2, 8, (booked(), leaving, booked(start=date(2026, 1, 1), end=date(2026, 6, 30))))
    assert free_on(cap, DAY, "mo") == 0
    assert frees_up(cap, DAY, "mo") == date(2027, 8, 1)
    assert frees_up(Capacity(1, 8, (booked(),)), DAY, "mo") is None


def test_frees_up_skips_an_end_that_a_following_contract_fills():
    cap = Capacity(
        1,
        8,
        (
            booked(end=date(2027, 3, 31)),
            booked(start=date(2027, 4, 1), end=date(2027, 7, 31)),
        ),
    )
    assert frees_up(cap, DAY, "mo") == date(2027, 8, 1)


def test_frees_up_counts_the_group_and_only_later_days():
    group = Group("G", 2, [booked(end=date(2027, 1, 31)), booked()])
    cap = Capacity(5, 8, (), group)
    assert frees_up(cap, DAY, "mo") == date(2027, 2, 1)
    assert frees_up(cap, date(2027, 2, 1), "mo") is None  # not after the day itself


def test_offers_take_places_and_held_places_are_only_for_urgent_requests():
    assert offerable(3, held_back=1, holds=1, urgent=False) == 1
    assert offerable(3, held_back=1, holds=1, urgent=True) == 2
    assert offerable(1, held_back=1, holds=0, urgent=False) == 0
    assert offerable(1, held_back=0, holds=2, urgent=True) == 0


@pytest.mark.parametrize(
    ("born", "on", "months"),
    [
        (date(2025, 12, 1), date(2026, 12, 1), 12),
        (date(2025, 12, 2), date(2026, 12, 1), 11),
        (date(2025, 11, 30), date(2026, 12, 1), 12),
        (date(2026, 12, 1), date(2026, 12, 1), 0),
        (date(2024, 1, 31), date(2024, 2, 29), 0),
        (date(2024, 1, 29), date(2024, 2, 29), 1),
    ],
)
def test_age_in_whole_months(born, on, months):
    assert age_in_months(born, on) == months


def test_ages_fit_including_both_ends():
    assert age_fits(12, 12, 36) and age_fits(36, 12, 36)
    assert not age_fits(11, 12, 36) and not age_fits(37, 12, 36)


def test_times_fit_only_inside_the_offered_hours():
    offered = (time(7, 30), time(16, 0))
    assert times_fit(offered, (time(7, 30), time(16, 0)))
    assert times_fit(offered, (time(8, 0), time(13, 0)))
    assert not times_fit(offered, (time(7, 0), time(13, 0)))
    assert not times_fit(offered, (time(8, 0), time(16, 30)))
    assert not times_fit(None, (time(8, 0), time(13, 0)))


def _brute(cap: Capacity, day: date) -> dict[str, int]:
    """Free places counted the slow way: on the day and on every later day a contract
    begins (the only days the number of running contracts can rise)."""
    group = cap.group.bookings if cap.group is not None else []
    horizon = sorted({day, *(b.start for b in (*cap.bookings, *group) if b.start > day)})

    def running(bookings, weekday=None):
        return max(
            sum(
                1
                for b in bookings
                if (weekday is None or weekday in b.weekdays)
                and b.start <= d
                and (b.end is None or b.end >= d)
            )
            for d in horizon
        )

    if running(cap.bookings) >= cap.max_contracts:
        return dict.fromkeys(("mo", "tu", "we", "th", "fr", "sa", "su"), 0)
    found = {}
    for weekday in ("mo", "tu", "we", "th", "fr", "sa", "su"):
        free = cap.max_children - running(cap.bookings, weekday)
        if cap.group is not None:
            free = min(free, cap.group.max_children - running(cap.group.bookings, weekday))
        found[weekday] = max(free, 0)
    return found


@pytest.mark.parametrize("seed", range(60))
def test_free_places_equal_counting_every_day(seed):
    """The quick ways (no contract ends, or none begins later) give what counting every
    day gives, with and without a Großtagespflege."""
    rng = random.Random(seed)
    days = ("mo", "tu", "we", "th", "fr", "sa")

    def booking():
        start = DAY + timedelta(days=rng.choice((-300, -30, 0, 3, 60, 200)))
        end = rng.choice((None, None, start + timedelta(days=rng.choice((0, 5, 40, 400)))))
        return Booking(start, end, frozenset(rng.sample(days, rng.randint(1, 5))))

    # the caller passes what has not ended before the day, as the register reads it
    mine = tuple(
        b for b in (booking() for _ in range(rng.randint(0, 6))) if b.end is None or b.end >= DAY
    )
    group = None
    if rng.random() < 0.5:
        shared = [
            b
            for b in (booking() for _ in range(rng.randint(0, 9)))
            if b.end is None or b.end >= DAY
        ]
        group = Group("G", rng.randint(3, 9), [*mine, *shared])
    cap = Capacity(rng.randint(1, 5), rng.randint(2, 8), mine, group)
    expected = _brute(cap, DAY)
    assert free_week(cap, DAY) == expected
    assert {d: free_on(cap, DAY, d) for d in expected} == expected
