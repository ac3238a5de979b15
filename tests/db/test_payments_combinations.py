"""A payment month in every combination the cross-module hooks serve: payments alone, with
qhb_training (who is qualified how), with substitute_hub (who is paid for substitute
care), and with both. Each module's answer counts exactly when the module is on."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import select

from core.demo.builder import build_demo
from core.month import Month
from plugins.payments import models as pay
from plugins.payments.runs import cases, lifecycle
from plugins.qhb_training import progress
from plugins.substitute_hub import billing

COMBINATIONS = [(), ("qhb_training",), ("substitute_hub",), ("qhb_training", "substitute_hub")]


@pytest.fixture(params=COMBINATIONS, ids=lambda c: "+".join(("payments", *c)))
def month(request, installation):
    """The demo agency with payments and these modules on, and this month's draft run."""
    others = request.param
    for name in ("payments", *others):
        installation.enable(name)
    kernel = installation.kernel()
    today = date.today()
    with installation.db.transaction("demo") as s:
        build_demo(s, "beckum", 2026, today=today)
        kernel.hook.demo_data(session=s, rng=random.Random(2026), scale="beckum")
        run = lifecycle.compute(s, today.replace(day=1), hooks=kernel.hook, actor="test")
    return installation, kernel, run, set(others)


def substitute_lines(installation, run) -> dict[int, int]:
    """Childminder → cents of substitute care lines in the run."""
    with installation.db.read() as s:
        rows = [
            (st.childminder_id, ln.amount_cents)
            for st in s.scalars(select(pay.Statement).where(pay.Statement.run_id == run.id))
            for ln in st.lines
            if ln.component == "vertretung"
        ]
    found: dict[int, int] = {}
    for childminder, cents in rows:
        found[childminder] = found.get(childminder, 0) + cents
    return found


def test_hook_payment_payees_add_substitute_providers_only_with_the_hub(month):
    installation, kernel, run, others = month
    with installation.db.read() as s:
        paid = set(
            s.scalars(select(pay.Statement.childminder_id).where(pay.Statement.run_id == run.id))
        )
        hub_payees = billing.payees(s, Month.of(run.month)) if "substitute_hub" in others else set()
    assert paid  # every combination pays the childminders with contracts
    if "substitute_hub" in others:
        assert hub_payees and hub_payees <= paid
    else:
        assert kernel.hook.payment_payees(session=None, month=Month.of(run.month)) == []


def test_hook_payment_lines_pay_substitute_care_only_with_the_hub(month):
    installation, _, run, others = month
    lines = substitute_lines(installation, run)
    if "substitute_hub" in others:
        assert lines and all(cents > 0 for cents in lines.values())
    else:
        assert lines == {}


def test_hook_qualification_levels_come_from_training_only_when_it_is_on(month):
    installation, kernel, run, others = month
    with installation.db.read() as s:
        loaded = cases.load_cases(s, run.month, kernel.hook)
        profiles = {
            p.person_id: (p.qualification_ue, p.fachkraft) for p in s.scalars(select(pay.Profile))
        }
        trained = progress.levels_on(s, run.month) if "qhb_training" in others else {}
    assert loaded
    from_training = 0
    for case, _ in loaded:
        ue, fachkraft = profiles.get(case.childminder_id, (0, False))
        expected = trained.get(case.childminder_id)
        if expected is None:  # unknown to training, or training off: the payments profile
            assert (case.qualification.ue, case.qualification.fachkraft) == (ue, fachkraft)
        else:
            assert case.qualification == expected
            from_training += 1
    assert (from_training > 0) == ("qhb_training" in others)
