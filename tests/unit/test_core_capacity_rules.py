"""The capacity rules of a care contract, with the sentences the contract form shows."""

from __future__ import annotations

from datetime import date

from core.capacity import Booking, Group, breaches, permit_breach

JAN = date(2026, 1, 1)
MO_FR = frozenset({"mo", "tu", "we", "th", "fr"})


def booking(start=JAN, end=None, days=MO_FR) -> Booking:
    return Booking(start, end, frozenset(days))


def check(new, own=(), group=None, max_children=5, max_contracts=8):
    return breaches(
        new,
        name="Anna Adler",
        max_children=max_children,
        max_contracts=max_contracts,
        own=list(own),
        group=group,
    )


def test_a_contract_may_start_on_the_last_day_of_the_permit_not_after():
    assert permit_breach(booking(date(2026, 6, 30)), "Anna Adler", date(2026, 6, 30)) is None
    assert permit_breach(booking(date(2026, 7, 1)), "Anna Adler", date(2026, 6, 30)) == (
        "Beginn: Die Pflegeerlaubnis von Anna Adler ist nur bis 30.06.2026 gültig."
    )
    assert permit_breach(booking(date(2030, 1, 1)), "Anna Adler", None) is None


def test_contracts_at_once_may_reach_the_limit_but_not_pass_it():
    own = [booking(days={"mo"}) for _ in range(7)]
    assert check(booking(days={"tu"}), own, max_children=9) == []  # the 8th
    assert check(booking(days={"tu"}), [*own, booking(days={"we"})], max_children=9) == [
        (
            "childminder_id",
            "Tagespflegeperson: Anna Adler hätte 9 laufende Verträge; erlaubt sind höchstens 8.",
        )
    ]


def test_children_per_weekday_count_only_the_days_each_contract_books():
    mondays = [booking(days={"mo"}) for _ in range(5)]
    assert check(booking(days={"tu", "we"}), mondays) == []
    assert check(booking(days={"mo", "tu"}), mondays) == [
        (
            "hours_mo",
            "Montag: Anna Adler hätte 6 Kinder gleichzeitig; die Pflegeerlaubnis erlaubt "
            "höchstens 5.",
        )
    ]


def test_the_permits_number_itself_is_allowed():
    four = [booking() for _ in range(4)]
    assert check(booking(), four) == []


def test_a_contract_ending_the_day_before_does_not_count():
    ended = [booking(end=date(2026, 5, 31)) for _ in range(5)]
    assert check(booking(date(2026, 6, 1)), ended) == []
    assert check(booking(date(2026, 5, 31)), ended) != []  # one day together is enough


def test_contracts_that_never_run_together_do_not_add_up():
    first_half = [booking(end=date(2026, 6, 30)) for _ in range(3)]
    second_half = [booking(date(2026, 7, 1)) for _ in range(2)]
    assert check(booking(), first_half + second_half, max_children=4) == []
    assert check(booking(), first_half + second_half, max_children=3) != []


def test_a_great_day_care_group_counts_all_members_on_each_weekday():
    members = [booking(days={"mo", "tu"}) for _ in range(8)] + [booking(days={"we"})]
    group = Group("Kinderhaus Sonne", 9, members)
    assert check(booking(days={"we", "th"}), group=group) == []
    assert check(booking(days={"mo", "tu"}), group=group) == []  # 9 of 9: allowed
    full = Group("Kinderhaus Sonne", 8, members)
    assert check(booking(days={"mo", "fr"}), group=full) == [
        (
            "hours_mo",
            "Montag: Die Großtagespflege Kinderhaus Sonne hätte 9 Kinder; erlaubt sind "
            "höchstens 8.",
        )
    ]


def test_a_group_member_with_no_hours_on_the_weekday_does_not_count_there():
    members = [booking(days={"mo"}) for _ in range(8)] + [booking(days=set())]
    group = Group("Kinderhaus Sonne", 9, members)
    assert check(booking(days={"mo"}), group=group) == []


def test_own_and_group_breaches_are_both_reported_per_day():
    own = [booking(days={"mo"}) for _ in range(5)]
    group = Group("Kinderhaus Sonne", 5, own)
    found = check(booking(days={"mo"}), own, group=group)
    assert [f for f, _ in found] == ["hours_mo", "hours_mo"]
    assert "gleichzeitig" in found[0][1] and "Großtagespflege" in found[1][1]


def test_every_weekday_is_checked_with_its_own_name():
    sundays = [booking(days={"su"})]
    found = check(booking(days={"sa", "su"}), sundays, max_children=1)
    assert found == [
        (
            "hours_su",
            "Sonntag: Anna Adler hätte 2 Kinder gleichzeitig; die Pflegeerlaubnis erlaubt "
            "höchstens 1.",
        )
    ]
