"""Care is paid while her Pflegeerlaubnis lasts (§ 43 SGB VIII): the days after it ended
are not paid, pro-rated like a contract ending that day, and the statement carries a
blocking problem until the licence is renewed or the contracts end."""

from __future__ import annotations

from datetime import date

from plugins.payments.runs.calc import calculate
from plugins.payments.runs.records import CareContract
from tests.unit.test_payments_lines import MO_FR, case, mia, table

ENDED = (
    "Pflegeerlaubnis endete am 15.11.2026: die Betreuung bis 30.11.2026 wird nicht bezahlt. "
    "Erlaubnis verlängern oder Verträge beenden."
)


def _until(valid_to: date, child_id: int = 17, name: str = "Mia") -> CareContract:
    """A contract like `mia()` that ends on `valid_to`."""
    return CareContract(
        child_id, name, date(2024, 5, 10), date(2026, 1, 1), valid_to, MO_FR, new_child=False
    )


def _care(statement) -> list[tuple[int, date, date]]:
    return [
        (ln.amount_cents, ln.period_from, ln.period_to)
        for ln in statement.lines
        if ln.child_id is not None and ln.component != "eingewoehnung"
    ]


def test_days_after_the_licence_ended_are_not_paid_and_block_the_statement():
    st = calculate(table(), case(mia(), permit_until=date(2026, 11, 15)))
    # exactly what a contract ending that day is paid
    ending = calculate(table(), case(_until(date(2026, 11, 15))))
    assert _care(st) == _care(ending) and _care(st)
    assert all(to == date(2026, 11, 15) for _, _, to in _care(st))
    assert st.problems == [ENDED]


def test_a_licence_that_lasts_the_month_changes_nothing():
    whole = calculate(table(), case(mia()))
    for until in (date(2026, 11, 30), date(2027, 7, 31)):
        st = calculate(table(), case(mia(), permit_until=until))
        assert _care(st) == _care(whole) and st.problems == []


def test_a_licence_ended_before_the_month_pays_no_care_at_all():
    st = calculate(table(), case(mia(), permit_until=date(2026, 10, 31)))
    assert _care(st) == []
    assert st.problems == [
        "Pflegeerlaubnis endete am 31.10.2026: die Betreuung bis 30.11.2026 wird nicht "
        "bezahlt. Erlaubnis verlängern oder Verträge beenden."
    ]


def test_the_problem_names_the_last_unlicensed_care_day_of_all_her_contracts():
    early = _until(date(2026, 11, 20))
    late = _until(date(2026, 11, 25), 18, "Ben")
    st = calculate(table(), case(early, late, permit_until=date(2026, 11, 15)))
    assert st.problems == [ENDED.replace("bis 30.11.2026", "bis 25.11.2026")]


def test_no_settling_in_for_a_child_who_starts_after_the_licence_ended():
    child = mia(start=date(2026, 11, 20), new_child=True)
    licensed = calculate(table(), case(child, permit_until=date(2026, 11, 20)))
    assert _settling_in(licensed) and _care(licensed)  # her first day is still licensed
    unlicensed = calculate(table(), case(child, permit_until=date(2026, 11, 19)))
    assert _settling_in(unlicensed) == [] and _care(unlicensed) == []


def _settling_in(statement) -> list:
    return [ln for ln in statement.lines if ln.component == "eingewoehnung"]


def test_a_contract_wholly_after_the_licence_does_not_stop_the_others_being_paid():
    later = CareContract(
        18, "Ben", date(2024, 1, 5), date(2026, 11, 20), None, MO_FR, new_child=False
    )  # sorted before Mia, begins after the licence ended
    st = calculate(table(), case(later, mia(), permit_until=date(2026, 11, 15)))
    assert [name for name in {ln.child_name for ln in st.lines if ln.child_id}] == ["Mia"]
    assert _care(st) == _care(calculate(table(), case(_until(date(2026, 11, 15)))))


def test_substitute_care_she_gave_after_her_licence_ended_is_not_paid():
    """A childminder in a substitute group is paid for the hours she covered up to her
    licence's end; the days after it are not paid and block the statement alike."""
    from decimal import Decimal

    from core.kernel.contributions import PaymentLine

    covered = tuple((date(2026, 11, d), Decimal("8")) for d in (12, 13, 16, 17))
    line = PaymentLine(
        "vertretung",
        "Vertretung (Gruppe Ost)",
        Decimal("32"),
        "Std.",
        Decimal("5.00"),
        "Ben",
        per_day=covered,
    )
    st = calculate(table(), case(lines=[line], permit_until=date(2026, 11, 13)))
    (paid,) = [ln for ln in st.lines if ln.component == "vertretung"]
    assert (paid.quantity, paid.amount_cents) == (Decimal("16"), 8000)
    assert st.problems == [
        "Pflegeerlaubnis endete am 13.11.2026: die Betreuung bis 17.11.2026 wird nicht "
        "bezahlt. Erlaubnis verlängern oder Verträge beenden."
    ]
    licensed = calculate(table(), case(lines=[line], permit_until=date(2026, 11, 17)))
    (whole,) = [ln for ln in licensed.lines if ln.component == "vertretung"]
    assert (whole.quantity, whole.amount_cents, licensed.problems) == (Decimal("32"), 16000, [])
    unknown = calculate(table(), case(lines=[line]))  # no licence date recorded
    assert [ln.quantity for ln in unknown.lines if ln.component == "vertretung"] == [32]
