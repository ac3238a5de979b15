"""The substitute assignment: hard limits, preferences, explanations, and better than FCFS."""

from __future__ import annotations

from datetime import date

from plugins.substitute_hub.assign import (
    first_come_first_served,
    score,
    solve,
)
from plugins.substitute_hub.limits import NeedInfo, ProviderInfo, broken

MON, TUE = date(2026, 12, 7), date(2026, 12, 8)
WEEK = frozenset(range(5))


def provider(pid, name, places=1, accepts=("vacation", "training", "illness"), **kw):
    return ProviderInfo(pid, name, {MON: places, TUE: places}, WEEK, frozenset(accepts), **kw)


def need(nid, child, enrolled, day=MON, kind="vacation", planned=True, **kw):
    return NeedInfo(nid, child, day, kind, planned, 24, frozenset(enrolled), **kw)


def test_the_solver_places_more_children_than_first_come_first_served():
    """Mia could go to either hub, Ben only to the first: taking turns blocks Ben."""
    providers = [provider(1, "Stützpunkt Nord"), provider(2, "Tandem Süd")]
    needs = [need(1, "Mia", {1, 2}), need(2, "Ben", {1})]
    fcfs = first_come_first_served(needs, providers)
    proposal = solve(needs, providers)
    assert fcfs == {1: 1}
    assert proposal.placed == {1: 2, 2: 1}
    assert proposal.score > score(needs, providers, fcfs)


def test_being_settled_outweighs_keeping_siblings_together():
    providers = [provider(1, "Stützpunkt Nord", places=2), provider(2, "Tandem Süd", places=1)]
    needs = [
        need(1, "Lina", {1, 2}, family="Kamp", settled=frozenset({2})),
        need(2, "Paul", {1}, family="Kamp"),
    ]
    assert solve(needs, providers).placed == {1: 2, 2: 1}


def test_a_settled_child_goes_where_it_knows_the_people():
    providers = [provider(1, "Stützpunkt Nord"), provider(2, "Gruppe West")]
    proposal = solve([need(1, "Mia", {1, 2}, settled=frozenset({2}))], providers)
    assert proposal.placed == {1: 2}
    assert proposal.why[1] == "Gruppe West (eingewöhnt)"


def test_siblings_stay_together_when_places_allow():
    providers = [provider(1, "Stützpunkt Nord", places=2), provider(2, "Tandem Süd", places=1)]
    needs = [
        need(1, "Lina", {1, 2}, family="Kamp", last_provider=2),
        need(2, "Paul", {1}, family="Kamp"),
    ]
    proposal = solve(needs, providers)
    assert proposal.placed == {1: 1, 2: 1}  # together outweighs where Lina went last time
    assert "Geschwister gemeinsam" in proposal.why[1]


def test_dortmund_hub_takes_planned_absences_only_so_illness_goes_elsewhere():
    hub = provider(
        1, "Vertretungsstützpunkt", places=9, accepts=("vacation", "training"), planned_only=True
    )
    group = provider(2, "Kooperationsgruppe Hörde", places=1)
    needs = [
        need(1, "Mia", {1, 2}, kind="vacation", settled=frozenset({1})),
        need(2, "Ben", {1, 2}, kind="illness", planned=False, settled=frozenset({1})),
    ]
    proposal = solve(needs, [hub, group])
    assert proposal.placed == {1: 1, 2: 2}


def test_capacity_per_day_and_an_explanation_for_those_left_out():
    providers = [provider(1, "Stützpunkt Nord", places=1)]
    needs = [
        need(1, "Mia", {1}),
        need(2, "Ben", {1}),
        need(3, "Ida", {1}, day=TUE),
        need(4, "Emil", set()),
    ]
    proposal = solve(needs, providers)
    assert len([n for n in (1, 2) if n in proposal.placed]) == 1 and proposal.placed[3] == 1
    left = next(n for n in (1, 2) if n not in proposal.placed)
    assert proposal.why[left] == "Alle passenden Plätze sind vergeben: Stützpunkt Nord."
    assert proposal.why[4] == "Kein passender Anbieter: nirgends angemeldet."


def test_hard_limits_are_named_when_nothing_fits():
    hub = provider(
        1, "Vertretungsstützpunkt", accepts=("vacation",), planned_only=True, max_age_months=12
    )
    proposal = solve([need(1, "Ben", {1}, kind="illness", planned=False)], [hub])
    assert proposal.placed == {}
    assert proposal.why[1] == (
        "Kein passender Anbieter: Vertretungsstützpunkt übernimmt keine Vertretung bei "
        "Krankheit. Vertretungsstützpunkt nimmt nur geplante Abwesenheiten. "
        "Ben ist mit 24 Monaten außerhalb der Altersgrenzen."
    )


def test_an_inactive_provider_gets_no_proposal_and_says_why():
    """The limit only manual booking knew before: one statement now serves both."""
    closed = provider(1, "Stützpunkt Alt", active=False)
    proposal = solve([need(1, "Ben", {1})], [closed])
    assert proposal.placed == {}
    assert proposal.why[1] == "Kein passender Anbieter: Stützpunkt Alt ist nicht aktiv."


def test_an_unknown_birth_date_sets_no_age_limit():
    young_only = provider(1, "Krippe", max_age_months=12)
    unknown = NeedInfo(1, "Ida", MON, "vacation", True, None, frozenset({1}))
    assert broken(unknown, young_only) == []
    assert broken(need(2, "Ben", {1}), young_only) == [
        "Ben ist mit 24 Monaten außerhalb der Altersgrenzen."
    ]
