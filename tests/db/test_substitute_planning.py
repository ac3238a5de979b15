"""From open needs to booked places: the proposal on real data, applied in one transaction."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from core.models import Absence
from plugins.substitute_hub import needs, planning
from plugins.substitute_hub.models import Enrolment, PlaceDay, Placement, Provider, Visit

MON = date(2026, 12, 7)


@pytest.fixture
def dortmund(installation, make):
    installation.enable("substitute_hub")
    jana, petra = make.childminder(first_name="Jana"), make.childminder(first_name="Petra")
    mia = make.child(first_name="Mia", birth_date=date(2025, 1, 5))
    ben = make.child(first_name="Ben", birth_date=date(2024, 9, 1))
    lea = make.child(first_name="Lea", birth_date=date(2024, 2, 1))
    for child, cm in ((mia, jana), (ben, jana), (lea, petra)):
        make.contract(child, cm, substitute_wanted="on")
    with installation.db.transaction("test") as s:
        hub = Provider(
            name="Vertretungsstützpunkt",
            kind="hub",
            places=9,
            accepts="vacation,training",
            planned_only=True,
        )
        group = Provider(name="Kooperationsgruppe Hörde", kind="group", places=2)
        s.add_all([hub, group])
        s.flush()
        enrolments = [
            Enrolment(child_id=c.id, provider_id=p.id)
            for c in (mia, ben, lea)
            for p in (hub, group)
        ]
        s.add_all(enrolments)
        s.flush()
        s.add_all(
            [
                Visit(enrolment_id=enrolments[0].id, day=date(2026, 11, d), done=True)
                for d in (3, 17)
            ]
        )  # Mia knows the hub
        s.add(Absence(childminder_id=jana.id, kind="vacation", start=MON, end=MON))
        s.add(Absence(childminder_id=petra.id, kind="illness", start=MON, end=MON, planned=False))
        s.flush()
        for absence in s.scalars(select(Absence)):
            needs.sync(s, absence)
    return {"installation": installation, "mia": mia, "ben": ben, "lea": lea}


def test_planned_absences_go_to_the_hub_illness_to_the_group(dortmund):
    inst = dortmund["installation"]
    with inst.db.transaction("test") as s:
        outcome = planning.apply(s, planning.propose(s, MON, MON), actor="test")
        assert outcome.booked == 3 and outcome.failed == {}
        where = {
            n.child_id: (outcome.providers[p].name, outcome.proposal.why[n.id])
            for n in outcome.needs.values()
            for p in [outcome.proposal.placed[n.id]]
        }
    assert where[dortmund["mia"].id] == (
        "Vertretungsstützpunkt",
        "Vertretungsstützpunkt (eingewöhnt)",
    )
    assert where[dortmund["ben"].id][0] == "Vertretungsstützpunkt"
    assert where[dortmund["lea"].id][0] == "Kooperationsgruppe Hörde"
    with inst.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 3
        assert sorted(s.scalars(select(PlaceDay.booked))) == [1, 2]


def test_a_place_taken_meanwhile_is_reported_not_forced(dortmund):
    inst = dortmund["installation"]
    with inst.db.transaction("test") as s:
        outcome = planning.propose(s, MON, MON)
        s.scalars(select(Provider).where(Provider.kind == "group")).one().places = 0
        s.flush()
        planning.apply(s, outcome, actor="test")
    assert outcome.booked == 2
    assert list(outcome.failed.values()) == [
        "Kooperationsgruppe Hörde hat am 07.12.2026 keinen freien Platz mehr."
    ]


def test_children_not_yet_settled_are_listed_for_reminders(dortmund):
    with dortmund["installation"].db.read() as s:
        names = [(e.child_id, e.provider.name) for e in planning.unsettled(s)]
    assert (dortmund["mia"].id, "Vertretungsstützpunkt") not in names
    assert (dortmund["ben"].id, "Vertretungsstützpunkt") in names


def test_substitute_care_is_paid_through_geldleistung(dortmund, make):
    from plugins.payments.rates import periods
    from plugins.payments.runs import lifecycle

    inst = dortmund["installation"]
    inst.enable("payments")
    anke = make.childminder(first_name="Anke", last_name="Hörde")
    with inst.db.transaction("test") as s:
        periods.import_preset(s, "beispiel")
        group = s.scalars(select(Provider).where(Provider.kind == "group")).one()
        group.payee_id, group.monthly_fee_cents, group.hourly_rate = anke.id, 5000, 5
        planning.apply(s, planning.propose(s, MON, MON), actor="test")
    with inst.db.transaction("test") as s:
        run = lifecycle.compute(s, date(2026, 12, 1), hooks=inst.kernel().hook)
        (statement,) = [st for st in lifecycle.statements(s, run) if st.childminder_id == anke.id]
        lines = [
            (ln.child_name, ln.label, ln.quantity, ln.rate, ln.amount_cents)
            for ln in statement.lines
        ]
    assert lines == [
        ("", "Vertretungspauschale Kooperationsgruppe Hörde", 1, 50, 5000),
        (
            "Lea Nachname" + lines[1][0].split("Nachname")[1],
            "Vertretung (Kooperationsgruppe Hörde)",
            8,
            5,
            4000,
        ),
    ]


def test_the_demo_agency_has_providers_enrolments_and_plannable_needs(installation):
    import random

    from core.demo.builder import build_demo
    from plugins.substitute_hub import demo

    installation.enable("substitute_hub")
    today = date(2026, 11, 22)
    with installation.db.transaction("demo") as s:
        build_demo(s, "beckum", 2026, today=today)
        demo.build(s, random.Random(2026), today=today)
    with installation.db.transaction("test") as s:
        assert s.scalar(select(func.count()).select_from(Provider)) == 3
        assert s.scalar(select(func.count()).select_from(Enrolment)) > 20
        outcome = planning.propose(s, today, today + timedelta(days=28))
        assert outcome.needs and outcome.proposal.placed
        planning.apply(s, outcome, actor="demo")
        assert outcome.booked == len(outcome.proposal.placed)
