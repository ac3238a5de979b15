"""Geldleistung pays a substitute only the days the installation's rule allows
(substitute_hub.paid_from_absence_day / paid_weeks_per_care_year) and notes the others."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from core.models import Absence, Childminder
from core.settings import settings_of
from plugins.substitute_hub import needs, planning
from plugins.substitute_hub.models import Enrolment, Provider

MON, FRI = date(2026, 12, 7), date(2026, 12, 11)


def substitute_week(installation, make, anke_licensed_to=None, **settings):
    """Petra is ill Mon–Fri; Lea (8 h a day) is placed in Anke's group at 5 € an hour."""
    installation.enable("substitute_hub")
    installation.enable("payments")
    petra = make.childminder(first_name="Petra")
    anke = make.childminder(first_name="Anke", last_name="Hörde")
    if anke_licensed_to is not None:
        with installation.db.transaction("test") as s:
            s.get(Childminder, anke.id).permit_valid_until = anke_licensed_to
    lea = make.child(first_name="Lea", birth_date=date(2024, 2, 1))
    make.contract(lea, petra, substitute_wanted="on")
    from plugins.payments.rates import periods
    from plugins.payments.runs import lifecycle

    with installation.db.transaction("test") as s:
        for key, value in settings.items():
            settings_of(s).set(s, f"substitute_hub.{key}", value)
        periods.import_preset(s, "beispiel")
        group = Provider(name="Gruppe Hörde", kind="group", places=2, hourly_rate=5)
        group.payee_id = anke.id
        s.add(group)
        s.flush()
        s.add(Enrolment(child_id=lea.id, provider_id=group.id))
        s.add(Absence(childminder_id=petra.id, kind="illness", start=MON, end=FRI, planned=False))
        s.flush()
        needs.sync(s, s.scalars(select(Absence)).one())
        planning.apply(s, planning.propose(s, MON, FRI), actor="test")
    with installation.db.transaction("test") as s:
        run = lifecycle.compute(s, date(2026, 12, 1), hooks=installation.kernel().hook)
        (statement,) = [st for st in lifecycle.statements(s, run) if st.childminder_id == anke.id]
        return [(ln.label, ln.quantity, ln.amount_cents) for ln in statement.lines]


def test_every_day_is_paid_by_default(installation, make):
    assert substitute_week(installation, make) == [
        ("Vertretung (Gruppe Hörde)", Decimal("40"), 20000)
    ]


def test_from_the_fourth_day_on_the_first_three_are_noted_not_paid(installation, make):
    lines = substitute_week(installation, make, paid_from_absence_day="4")
    assert lines == [
        ("Vertretung (Gruppe Hörde)", Decimal("16"), 8000),
        (
            "Vertretung (Gruppe Hörde) nicht erstattet: vor dem 4. Tag der Abwesenheit",
            Decimal("3"),
            0,
        ),
    ]


def test_substitute_care_after_the_group_members_licence_ended_is_not_paid(installation, make):
    """Anke's licence ends on Wednesday: Monday to Wednesday are paid, Thursday and Friday
    not, and her statement waits for the licence or the office."""
    lines = substitute_week(installation, make, anke_licensed_to=date(2026, 12, 9))
    assert lines == [("Vertretung (Gruppe Hörde)", Decimal("24"), 12000)]
