"""The payments part of the demo agency: example rates, a fictitious paying office, and
qualifications and proven contributions for every demo childminder."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from random import Random

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import Childminder
from plugins.payments import models
from plugins.payments.rates import periods


def build(session: Session, rng: Random) -> None:
    """Example rates, qualifications and proven contributions for the demo childminders;
    the paying office is the demo agency's letterhead (core.demo.letterhead)."""
    if not periods.rate_periods(session):
        periods.import_preset(session, "beispiel")
    ids = list(session.scalars(select(Childminder.person_id).order_by(Childminder.person_id)))
    year_start = date(date.today().year, 1, 1)
    profiles, contributions = [], []
    for pid in ids:
        ue = rng.choice((0, 160, 160, 300, 300, 300))
        profiles.append(
            {
                "person_id": pid,
                "qualification_ue": ue,
                "fachkraft": rng.random() < 0.1,
                "external_weekly_hours": Decimal("0"),
            }
        )
        if rng.random() < 0.7:
            contributions.append(
                {
                    "childminder_id": pid,
                    "kind": "accident",
                    "monthly_cents": rng.randint(800, 1600),
                    "valid_from": year_start,
                    "valid_to": None,
                    "proof": "BGW-Beitragsbescheid",
                }
            )
            contributions.append(
                {
                    "childminder_id": pid,
                    "kind": "pension",
                    "monthly_cents": rng.randint(9000, 30000),
                    "valid_from": year_start,
                    "valid_to": None,
                    "proof": "DRV-Bescheid",
                }
            )
    if profiles:
        session.execute(models.Profile.__table__.insert(), profiles)
    if contributions:
        session.execute(models.Contribution.__table__.insert(), contributions)
