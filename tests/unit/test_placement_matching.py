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
