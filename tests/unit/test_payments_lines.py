"""Every field of a statement line, as the statement prints it: label, unit, child and the
days it covers; settling-in by hours and as a lump sum; insurance with partial months,
other work and the problems a clerk must see."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal

from core.kernel.contributions import Qualification
from plugins.payments.rates import ratefile
from plugins.payments.runs.calc import calculate
from plugins.payments.runs.records import CareContract, Case, Contribution, Line

NOV = date(2026, 11, 1)
LAST = date(2026, 11, 30)
MO_FR = tuple(Decimal(h) for h in ("8", "8", "8", "8", "8", "0", "0"))


def table(**eingewoehnung):
    raw = tomllib.loads(ratefile.presets()["beispiel"].read_text())
    for period in raw["period"]:
        period["eingewoehnung"].update(eingewoehnung)
    return ratefile.table_from_dict(raw)


def mia(**fields) -> CareContract:
    values = dict(new_child=False)
    return CareContract(
        17,
        "Mia",
        date(2024, 5, 10),
        fields.pop("start", date(2026, 1, 1)),
        None,
        MO_FR,
        **{**values, **fields},
    )


def case(*contracts, **fields) -> Case:
    return Case(NOV, 1, "Anna Beispiel", Qualification(300), list(contracts), **fields)


def lines(statement, component) -> list[Line]:
    return [ln for ln in statement.lines if ln.component == component]


def test_a_care_line_names_child_rate_unit_and_the_days_it_covers():
    foerder, sach = calculate(table(), case(mia())).lines
    assert foerder == Line(
        "foerderleistung",
        foerder.label,
        Decimal("173.20"),
        "Std.",
        Decimal("5.45"),
        94394,
        17,
        "Mia",
        NOV,
        LAST,
    )
    assert "Förderleistung" in foerder.label and "unter 3 Jahre" in foerder.label
    assert (sach.child_id, sach.child_name, sach.period_from, sach.period_to) == (
        17,
        "Mia",
        NOV,
        LAST,
    )
    assert sach.unit == "Std."


def test_settling_in_by_hours_is_one_line_per_component_on_the_first_day():
    st = calculate(table(), case(mia(start=date(2026, 11, 2), new_child=True)))
    first = date(2026, 11, 2)
    assert lines(st, "eingewoehnung") == [
        Line(
            "eingewoehnung",
            "Eingewöhnung: Förderleistung",
            Decimal("20"),
            "Std.",
            Decimal("5.45"),
            10900,
            17,
            "Mia",
            first,
            first,
        ),
        Line(
            "eingewoehnung",
            "Eingewöhnung: Sachaufwand",
            Decimal("20"),
            "Std.",
            Decimal("1.65"),
            3300,
            17,
            "Mia",
            first,
            first,
        ),
    ]


def test_settling_in_of_a_child_with_special_needs_uses_the_raised_rate():
    st = calculate(table(), case(mia(start=date(2026, 11, 2), new_child=True, special_needs=True)))
    settling = lines(st, "eingewoehnung")
    assert [(ln.rate, ln.amount_cents) for ln in settling] == [
        (Decimal("10.90"), 21800),  # Förderleistung × 2
        (Decimal("1.65"), 3300),  # Sachaufwand unchanged
    ]


def test_settling_in_as_a_lump_sum_is_one_line():
    st = calculate(
        table(mode="lump_sum", amount="150.00"),
        case(mia(start=date(2026, 11, 2), new_child=True)),
    )
    first = date(2026, 11, 2)
    assert lines(st, "eingewoehnung") == [
        Line(
            "eingewoehnung",
            "Eingewöhnung (Pauschale)",
            Decimal("1"),
            "pauschal",
            Decimal("150.00"),
            15000,
            17,
            "Mia",
            first,
            first,
        )
    ]


def test_without_settling_in_a_new_child_brings_no_extra_line():
    st = calculate(table(mode="none"), case(mia(start=date(2026, 11, 2), new_child=True)))
    assert lines(st, "eingewoehnung") == []


def test_insurance_lines_carry_label_percentage_and_days():
    st = calculate(
        table(),
        case(mia(), contributions=[Contribution("health", Decimal("250.00"), date(2026, 11, 16))]),
    )
    assert lines(st, "health") == [
        Line(
            "health",
            "Erstattung Kranken- und Pflegeversicherung",
            Decimal("25.00"),
            "%",
            Decimal("250.00"),
            6250,
            period_from=date(2026, 11, 16),
            period_to=LAST,
        )
    ]


def test_a_contribution_ending_mid_month_counts_its_days():
    ended = Contribution("accident", Decimal("30.00"), date(2026, 1, 1), date(2026, 11, 10))
    (line,) = lines(calculate(table(), case(mia(), contributions=[ended])), "accident")
    assert (line.quantity, line.amount_cents, line.period_to) == (
        Decimal("33.33"),
        1000,  # 30.00 × 10/30
        date(2026, 11, 10),
    )


def test_contributions_outside_the_month_are_not_reimbursed():
    before = Contribution("accident", Decimal("30.00"), date(2026, 1, 1), date(2026, 10, 31))
    after = Contribution("accident", Decimal("30.00"), date(2026, 12, 1))
    st = calculate(table(), case(mia(), contributions=[before, after]))
    assert lines(st, "accident") == [] and st.problems == []


def test_two_proofs_of_one_kind_refund_each_day_once_and_the_review_says_so():
    older = Contribution("accident", Decimal("30.00"), date(2026, 1, 1))
    newer = Contribution("accident", Decimal("60.00"), date(2026, 11, 16))
    st = calculate(table(), case(mia(), contributions=[newer, older]))
    assert [(ln.amount_cents, ln.period_from, ln.period_to) for ln in lines(st, "accident")] == [
        (1500, date(2026, 11, 1), date(2026, 11, 15)),  # 30.00 × 15/30, until the newer
        (3000, date(2026, 11, 16), date(2026, 11, 30)),  # 60.00 × 15/30
    ]
    assert st.problems == [
        "Zwei Nachweise Unfallversicherung gelten zugleich ab 16.11.2026; erstattet wird nur "
        "der neuere. Bitte den älteren beenden."
    ]
    # ended the day before, the same refunds and nothing to say
    older.valid_to = date(2026, 11, 15)
    ended = calculate(table(), case(mia(), contributions=[older, newer]))
    assert [ln.amount_cents for ln in lines(ended, "accident")] == [1500, 3000]
    assert ended.problems == []


def test_one_shared_day_is_an_overlap_too():
    older = Contribution("accident", Decimal("30.00"), date(2026, 1, 1), date(2026, 11, 16))
    newer = Contribution("accident", Decimal("60.00"), date(2026, 11, 16))
    st = calculate(table(), case(mia(), contributions=[older, newer]))
    assert [ln.period_to for ln in lines(st, "accident")] == [date(2026, 11, 15), LAST]
    assert len(st.problems) == 1 and "ab 16.11.2026" in st.problems[0]


def test_an_overlap_of_two_proofs_in_another_month_is_not_this_months_problem():
    older = Contribution("accident", Decimal("30.00"), date(2026, 1, 1), date(2026, 9, 30))
    newer = Contribution("accident", Decimal("60.00"), date(2026, 9, 15))
    st = calculate(table(), case(mia(), contributions=[older, newer]))
    assert [ln.amount_cents for ln in lines(st, "accident")] == [6000] and st.problems == []
    # a newer proof that ends inside the month still overlaps the open older one
    short = Contribution("accident", Decimal("60.00"), date(2026, 11, 20), date(2026, 11, 25))
    open_older = Contribution("accident", Decimal("30.00"), date(2026, 1, 1))
    both = calculate(table(), case(mia(), contributions=[open_older, short]))
    assert len(both.problems) == 1 and "ab 20.11.2026" in both.problems[0]
    assert [ln.period_to for ln in lines(both, "accident")] == [
        date(2026, 11, 19),
        date(2026, 11, 25),
    ]


def test_unknown_and_negative_contributions_are_problems_not_payments():
    st = calculate(
        table(),
        case(
            mia(),
            contributions=[
                Contribution("dental", Decimal("10.00"), date(2026, 1, 1)),
                Contribution("pension", Decimal("-12.50"), date(2026, 1, 1)),
            ],
        ),
    )
    assert st.problems == [
        "Unbekannte Beitragsart 'dental'.",
        "Nachgewiesener Beitrag Alterssicherung ist negativ (-12,5 €).",
    ]
    assert lines(st, "pension") == [] and lines(st, "dental") == []


def test_other_work_lowers_the_share_only_when_there_is_some():
    pension = [Contribution("pension", Decimal("200.00"), date(2026, 1, 1))]
    alone = lines(calculate(table(), case(mia(), contributions=pension)), "pension")[0]
    assert (alone.quantity, alone.amount_cents) == (Decimal("50.00"), 10000)
    other = calculate(
        table(), case(mia(), contributions=pension, external_weekly_hours=Decimal("40"))
    )
    shared = lines(other, "pension")[0]
    assert (shared.quantity, shared.amount_cents) == (Decimal("25.00"), 5000)  # own = other
