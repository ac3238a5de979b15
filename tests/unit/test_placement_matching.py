"""Matching: exclusions with their reasons, the ranking, and the batch that places more
children than the waiting list taken one by one."""

from __future__ import annotations

from datetime import date, time

from plugins.placement.matching import (
    Need,
    Offerer,
    assign,
    distance,
    exclusions,
    languages_of,
    one_by_one,
    preference,
    rank,
)

MORNING = (time(8, 0), time(13, 0))
DAYTIME = (time(7, 30), time(16, 0))
AUGUST = date(2027, 8, 1)
WEEK = ("mo", "tu", "we", "th", "fr")


def need(i=1, days=("mo", "we"), **kw) -> Need:
    return Need(i, {d: MORNING for d in days}, AUGUST, **kw)


def minder(i=1, free=1, **kw) -> Offerer:
    free = free if isinstance(free, dict) else dict.fromkeys(WEEK, free)
    return Offerer(i, f"TPP {i}", free=free, **kw)


def test_a_full_day_is_named_with_the_day_a_place_frees_up():
    c = minder(free={"mo": 0, "we": 1}, frees_up={"mo": date(2027, 9, 1)})
    assert exclusions(need(), c) == ["Montag voll, frei ab 01.09.2027"]
    assert exclusions(need(), minder(free={"mo": 1, "we": 0})) == ["Mittwoch voll"]


def test_days_and_hours_she_does_not_offer():
    times = {"mo": DAYTIME, "we": (time(9, 0), time(15, 0))}
    assert exclusions(need(days=("mo", "we", "fr")), minder(times=times)) == [
        "Mittwoch nur 09:00–15:00",
        "Freitag nicht angeboten",
    ]
    assert exclusions(need(), minder(times={"mo": DAYTIME, "we": DAYTIME})) == []


def test_ages_she_takes_and_the_day_she_takes_new_children():
    assert exclusions(need(age_months=8), minder(ages=(12, 36))) == ["nimmt Kinder ab 12 Monaten"]
    assert exclusions(need(age_months=37), minder(ages=(12, 36))) == ["nimmt Kinder bis 36 Monate"]
    assert exclusions(need(age_months=12), minder(ages=(12, 36))) == []
    assert exclusions(need(age_months=36), minder(ages=(12, 36))) == []
    assert exclusions(need(), minder(new_from=date(2027, 9, 1))) == [
        "neue Kinder erst ab 01.09.2027"
    ]
    assert exclusions(need(), minder(new_from=AUGUST)) == []


def test_freihalteplaetze_only_for_urgent_requests():
    c = minder(free=dict.fromkeys(WEEK, 0), held=dict.fromkeys(WEEK, 1))
    assert exclusions(need(), c) == ["Montag voll", "Mittwoch voll"]
    assert exclusions(need(urgent=True), c) == []
    assert "Freihalteplatz" in preference(need(urgent=True), c)[1]


def test_ranking_with_its_reasons():
    n = need(
        district_id=3,
        postal_code="44328",
        languages=languages_of("Deutsch, Türkisch"),
        special_needs=True,
        wished=frozenset({2}),
        siblings_at=frozenset({3}),
    )
    near = minder(1, district_id=3, postal_code="44329", inclusion=True)
    wished = minder(2, district_id=5, postal_code="44139", languages=frozenset({"türkisch"}))
    sibling = minder(3, district_id=3, postal_code="44328")
    proposals, excluded = rank(n, [near, wished, sibling, minder(4, free=0)])
    assert [p.offerer.id for p in proposals] == [3, 1, 2]
    assert proposals[0].reasons == (
        "Geschwisterkind dort",
        "im selben Bezirk",
        "in der Nähe",
        "ohne Qualifikation für Inklusion",
    )
    assert proposals[0].score == 40 + 20 - 0 - 15
    assert proposals[1].reasons == (
        "im selben Bezirk",
        "in der Nähe",
        "Qualifikation für Inklusion",
    )
    assert proposals[2].reasons[:3] == (
        "von der Familie gewünscht",
        "weiter entfernt",
        "spricht türkisch",
    )
    assert [(c.id, why) for c, why in excluded] == [(4, ["Montag voll", "Mittwoch voll"])]


def test_distance_is_a_rough_stand_in():
    assert distance("44328", "44328") == 0
    assert distance("44328", "44338") == 1.0
    assert distance("44328", "59269") == 20.0
    assert distance("", "44328") == distance("4432x", "44328") == 10.0


def test_languages_leave_german_out():
    assert languages_of("Deutsch; Englisch / Arabisch,") == {"englisch", "arabisch"}
    assert languages_of("") == frozenset()


def test_the_batch_places_more_children_than_one_by_one():
    # the first request fits both, the second only the first childminder
    first = need(1, days=("mo",))
    second = need(2, days=("mo", "tu", "we", "th", "fr"), wished=frozenset({1}))
    roomy = minder(1, free=dict.fromkeys(WEEK, 1), district_id=1)
    monday_only = minder(2, free={"mo": 1}, times={"mo": DAYTIME})
    offerers = [roomy, monday_only]
    greedy = one_by_one([need(1, days=("mo",), wished=frozenset({1})), second], offerers)
    assert greedy == {1: 1}
    assert assign([first, second], offerers) == {1: 2, 2: 1}


def test_the_batch_keeps_freihalteplaetze_for_urgent_requests():
    c = minder(free={"mo": 1}, held={"mo": 1})
    needs = [need(1, days=("mo",)), need(2, days=("mo",)), need(3, days=("mo",), urgent=True)]
    assert assign(needs, [c]) in ({1: 1, 3: 1}, {2: 1, 3: 1})
    assert one_by_one(needs, [c]) == {1: 1, 3: 1}


def test_nothing_to_assign():
    assert assign([need()], [minder(free=0)]) == {}
    assert assign([], []) == {}


def test_places_without_an_entry_are_none_and_held_ones_count_for_urgent_only():
    c = Offerer(9, "TPP", free={}, held={"mo": 1})
    assert (c.places("mo", urgent=False), c.places("mo", urgent=True)) == (0, 1)
    assert Offerer(9, "TPP", free={"mo": 1}).places("mo", urgent=True) == 1


def test_english_german_is_left_out_too():
    assert languages_of("German, Polish") == {"polish"}


def test_no_age_no_age_check():
    assert exclusions(need(), minder(ages=(12, 36))) == []


def test_reasons_add_up():
    both = need(wished=frozenset({1}), siblings_at=frozenset({1}), district_id=3)
    assert preference(both, minder(1, district_id=3))[0] == 40 + 30 + 20 - 10
    spoken = need(district_id=3, languages=frozenset({"türkisch", "arabisch"}))
    value, notes = preference(spoken, minder(1, district_id=3, languages=spoken.languages))
    assert value == 20 + 10 - 10 and "spricht arabisch, türkisch" in notes


def test_near_and_far_only_with_both_postal_codes():
    assert preference(need(), minder(postal_code="44328"))[1] == []
    assert preference(need(postal_code="44328"), minder(postal_code="44378"))[1] == [
        "weiter entfernt"
    ]
    assert preference(need(postal_code="44328"), minder(postal_code="44377"))[1] == ["in der Nähe"]


def test_the_freihalteplatz_note_only_where_one_is_used():
    urgent = need(days=("mo",), urgent=True)
    assert "Freihalteplatz" not in preference(urgent, minder(free={"mo": 1}, held={"mo": 1}))[1]
    assert "Freihalteplatz" not in preference(urgent, minder(free={"mo": 0}))[1]
    assert "Freihalteplatz" in preference(urgent, minder(free={}, held={"mo": 1}))[1]
    assert (
        "Freihalteplatz" not in preference(need(days=("mo",)), minder(free={}, held={"mo": 1}))[1]
    )


def test_an_excluded_childminder_does_not_end_the_ranking():
    proposals, excluded = rank(need(), [minder(1, free=0), minder(2)])
    assert [p.offerer.id for p in proposals] == [2] and [c.id for c, _ in excluded] == [1]


def test_one_by_one_uses_held_places_for_urgent_requests_only_as_many_as_there_are():
    c = minder(free={}, held={"mo": 2})
    urgent = [need(i, days=("mo",), urgent=True) for i in (1, 2, 3)]
    assert one_by_one(urgent, [c]) == {1: 1, 2: 1}
    ordinary_then_held = minder(free={"mo": 1}, held={})
    assert one_by_one(urgent, [ordinary_then_held]) == {1: 1}


def test_the_batch_follows_the_preferences_and_keeps_held_places_for_the_urgent():
    wished = frozenset({2})
    assert assign([need(1, days=("mo",), wished=wished)], [minder(1), minder(2)]) == {1: 2}
    c = minder(free={"mo": 1}, held={"mo": 1})
    needs = [
        need(1, days=("mo",), wished=frozenset({1})),
        need(2, days=("mo",), wished=frozenset({1})),
        need(3, days=("mo",), urgent=True),
    ]
    found = assign(needs, [c])
    assert 3 in found and len(found) == 2


def test_the_batch_gives_each_child_one_place():
    keen = need(1, days=("mo",), wished=frozenset({1, 2}))
    other = need(2, days=("mo",))
    found = assign([keen, other], [minder(1, free={"mo": 1}), minder(2, free={"mo": 1})])
    assert sorted(found) == [1, 2]


def test_the_batch_is_whole_numbers_not_halves():
    # three requests, each sharing a day with the other two, one place a day: one fits
    days = (("mo", "tu"), ("tu", "we"), ("we", "mo"))
    needs = [need(i, days=d) for i, d in enumerate(days, start=1)]
    assert len(assign(needs, [minder(free={"mo": 1, "tu": 1, "we": 1})])) == 1
