"""The hard limits of substitute care, each stated to the user in its own sentence, and the
age a limit is measured by."""

from __future__ import annotations

from datetime import date

import pytest

from plugins.substitute_hub.limits import NeedInfo, ProviderInfo, age_months, broken

MONDAY = date(2026, 12, 7)


def need(**fields) -> NeedInfo:
    values = dict(
        id=1,
        child="Mia",
        day=MONDAY,
        kind="illness",
        planned=True,
        age_months=24,
        enrolled=frozenset({7}),
    )
    return NeedInfo(**{**values, **fields})


def provider(**fields) -> ProviderInfo:
    values = dict(
        id=7,
        name="Stützpunkt Nord",
        free={MONDAY: 1},
        weekdays=frozenset(range(5)),
        accepts=frozenset({"illness", "vacation"}),
        min_age_months=12,
        max_age_months=36,
    )
    return ProviderInfo(**{**values, **fields})


def test_a_provider_within_every_limit_breaks_none():
    assert broken(need(), provider()) == []


@pytest.mark.parametrize(
    ("need_fields", "provider_fields", "sentence"),
    [
        ({}, {"active": False}, "Stützpunkt Nord ist nicht aktiv."),
        (
            {"kind": "training"},
            {},
            "Stützpunkt Nord übernimmt keine Vertretung bei Fortbildung.",
        ),
        ({"kind": "sabbatical"}, {}, "Stützpunkt Nord übernimmt keine Vertretung bei sabbatical."),
        (
            {"planned": False},
            {"planned_only": True},
            "Stützpunkt Nord nimmt nur geplante Abwesenheiten.",
        ),
        ({"day": date(2026, 12, 12)}, {}, "Stützpunkt Nord ist am 12.12.2026 geschlossen."),
        ({"age_months": 11}, {}, "Mia ist mit 11 Monaten außerhalb der Altersgrenzen."),
        ({"age_months": 37}, {}, "Mia ist mit 37 Monaten außerhalb der Altersgrenzen."),
        (
            {"enrolled": frozenset({8})},
            {},
            "Mia ist bei Stützpunkt Nord nicht zur Vertretung angemeldet.",
        ),
    ],
)
def test_each_broken_limit_is_said_in_its_own_sentence(need_fields, provider_fields, sentence):
    assert broken(need(**need_fields), provider(**provider_fields)) == [sentence]


def test_a_child_exactly_on_an_age_limit_is_taken():
    assert broken(need(age_months=12), provider()) == []
    assert broken(need(age_months=36), provider()) == []


def test_an_unknown_birth_date_meets_every_age_limit():
    assert broken(need(age_months=None), provider(min_age_months=30)) == []


def test_a_planned_absence_is_fine_with_a_planned_only_provider():
    assert broken(need(planned=True), provider(planned_only=True)) == []
    assert broken(need(planned=False), provider(planned_only=False)) == []


def test_all_broken_limits_are_listed_together_in_order():
    found = broken(
        need(
            kind="training",
            planned=False,
            day=date(2026, 12, 13),
            age_months=40,
            enrolled=frozenset(),
        ),
        provider(active=False, planned_only=True),
    )
    assert [s.split(" ist ")[0].split(" übernimmt")[0].split(" nimmt")[0] for s in found] == [
        "Stützpunkt Nord",
        "Stützpunkt Nord",
        "Stützpunkt Nord",
        "Stützpunkt Nord",
        "Mia",
        "Mia",
    ]
    assert len(found) == 6


@pytest.mark.parametrize(
    ("birth", "day", "months"),
    [
        (date(2025, 3, 15), date(2026, 3, 15), 12),  # the birthday itself completes the month
        (date(2025, 3, 15), date(2026, 3, 14), 11),  # the day before does not
        (date(2025, 3, 15), date(2026, 4, 16), 13),
        (date(2024, 11, 30), date(2026, 1, 5), 13),  # across a year boundary
        (date(2026, 12, 7), date(2026, 12, 7), 0),
    ],
)
def test_age_is_counted_in_completed_months(birth, day, months):
    assert age_months(birth, day) == months


def test_age_without_a_birth_date_is_unknown():
    assert age_months(None, MONDAY) is None
