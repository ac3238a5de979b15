"""The terms of the substitute score, one by one: being settled, the last provider, short
distance, siblings together; and what the proposal says about each decision."""

from __future__ import annotations

from datetime import date

import pytest

from plugins.substitute_hub.assign import (
    DISTANCE_MAX,
    LAST,
    PLACED,
    SETTLED,
    SIBLINGS,
    _distance,
    first_come_first_served,
    preference,
    score,
    solve,
)
from plugins.substitute_hub.limits import NeedInfo, ProviderInfo

DAY = date(2026, 12, 7)


def need(id=1, **fields) -> NeedInfo:
    values = dict(
        id=id,
        child=f"Kind{id}",
        day=DAY,
        kind="illness",
        planned=True,
        age_months=24,
        enrolled=frozenset({1, 2}),
    )
    return NeedInfo(**{**values, **fields})


def provider(id=1, free=1, **fields) -> ProviderInfo:
    values = dict(
        id=id,
        name=f"Anbieter{id}",
        free={DAY: free},
        weekdays=frozenset(range(5)),
        accepts=frozenset({"illness"}),
    )
    return ProviderInfo(**{**values, **fields})


def test_placing_is_worth_the_base_weight_and_nothing_else_without_preferences():
    assert preference(need(), provider()) == (PLACED, [])


def test_being_settled_adds_its_bonus_and_says_so():
    assert preference(need(settled=frozenset({1})), provider()) == (
        PLACED + SETTLED,
        ["eingewöhnt"],
    )
    assert preference(need(settled=frozenset({2})), provider())[0] == PLACED


def test_the_last_provider_adds_its_bonus_and_says_so():
    value, notes = preference(need(last_provider=1), provider())
    assert (value, notes) == (PLACED + LAST, ["zuletzt dort betreut"])
    assert preference(need(last_provider=2), provider())[0] == PLACED


def test_distance_is_a_penalty_that_grows_and_is_capped():
    near, far = (
        preference(need(postal_code="59269"), provider(postal_code=code))
        for code in ("59270", "59469")
    )
    assert near == (PLACED - 0.1, ["in der Nähe"])
    assert far == (PLACED - 20.0, ["weiter entfernt"])
    assert _distance("10115", "80331") == DISTANCE_MAX  # Berlin–München: the cap
    assert _distance("59269", "59269") == 0.0
    assert _distance("59274", "59269") == pytest.approx(0.5)  # symmetric
    assert _distance("", "59269") == 0.0 and _distance("5926X", "59269") == 0.0


def test_distance_just_under_five_is_near_and_five_is_far():
    assert preference(need(postal_code="59200"), provider(postal_code="59249"))[1] == [
        "in der Nähe"
    ]
    assert preference(need(postal_code="59200"), provider(postal_code="59250"))[1] == [
        "weiter entfernt"
    ]


def test_without_both_postal_codes_nothing_is_said_about_distance():
    assert preference(need(postal_code="59269"), provider())[1] == []
    assert preference(need(), provider(postal_code="59269"))[1] == []


def test_the_sibling_bonus_counts_once_per_family_day_and_provider():
    twins = [need(1, family="F"), need(2, family="F")]
    providers = [provider(1, free=2), provider(2, free=2)]
    assert score(twins, providers, {1: 1, 2: 1}) == 2 * PLACED + SIBLINGS
    assert score(twins, providers, {1: 1, 2: 2}) == 2 * PLACED
    assert score(twins, providers, {1: 1}) == PLACED


def test_unrelated_children_get_no_sibling_bonus():
    strangers = [need(1), need(2)]  # no family key
    assert score(strangers, [provider(1, free=2)], {1: 1, 2: 1}) == 2 * PLACED
    cousins = [need(1, family="F"), need(2, family="G")]
    assert score(cousins, [provider(1, free=2)], {1: 1, 2: 1}) == 2 * PLACED


def test_siblings_on_different_days_are_not_together():
    monday, tuesday = need(1, family="F"), need(2, family="F", day=date(2026, 12, 8))
    p = provider(1, free=1)
    p = ProviderInfo(**{**p.__dict__, "free": {DAY: 1, date(2026, 12, 8): 1}})
    assert score([monday, tuesday], [p], {1: 1, 2: 1}) == 2 * PLACED


def test_the_proposal_explains_its_choice_with_every_reason():
    twins = [
        need(1, family="F", settled=frozenset({1}), postal_code="59269"),
        need(2, family="F", postal_code="59269"),
    ]
    found = solve(twins, [provider(1, free=2, postal_code="59269"), provider(2, free=2)])
    assert found.placed == {1: 1, 2: 1}
    assert found.why == {
        1: "Anbieter1 (eingewöhnt, in der Nähe, Geschwister gemeinsam)",
        2: "Anbieter1 (in der Nähe, Geschwister gemeinsam)",
    }
    assert found.score == 2 * PLACED + SETTLED + SIBLINGS


def test_a_plain_choice_names_only_the_provider():
    assert solve([need()], [provider()]).why == {1: "Anbieter1"}


def test_a_provider_with_no_entry_for_the_day_has_no_place():
    closed_that_day = ProviderInfo(**{**provider(1).__dict__, "free": {date(2026, 12, 8): 3}})
    found = solve([need(enrolled=frozenset({1}))], [closed_that_day])
    assert found.placed == {}
    assert found.why == {1: "Alle passenden Plätze sind vergeben: Anbieter1."}
    assert first_come_first_served([need(enrolled=frozenset({1}))], [closed_that_day]) == {}


def test_no_needs_no_proposal():
    found = solve([], [provider()])
    assert (found.placed, found.why, found.score) == ({}, {}, 0.0)


def test_first_come_first_served_uses_up_places_in_turn():
    needs = [need(1), need(2), need(3)]
    assert first_come_first_served(needs, [provider(1, free=1), provider(2, free=1)]) == {
        1: 1,
        2: 2,
    }


def test_when_nothing_fits_the_reasons_of_the_enrolled_providers_are_given():
    found = solve([need(enrolled=frozenset({1}), kind="vacation")], [provider(1), provider(2)])
    assert found.why == {
        1: "Kein passender Anbieter: Anbieter1 übernimmt keine Vertretung bei Urlaub."
    }
    nowhere = solve([need(enrolled=frozenset())], [provider(1)])
    assert nowhere.why == {1: "Kein passender Anbieter: nirgends angemeldet."}
