"""Demo substitute care: a hub, a cooperation group and a tandem, with enrolled children."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import Absence, Childminder, Contract
from plugins.substitute_hub import needs
from plugins.substitute_hub.models import Enrolment, Provider, ProviderMember, Visit

UPCOMING_DAYS = 28  # needs are created for absences in the coming weeks only


def build(session: Session, rng, today: date | None = None) -> None:
    today = today or date.today()
    minders = list(session.scalars(select(Childminder.person_id).order_by(Childminder.person_id)))
    if len(minders) < 5:
        return
    hub = Provider(
        name="Vertretungsstützpunkt Mitte",
        kind="hub",
        places=9,
        opening="7:00–16:00",
        accepts="vacation,training",
        planned_only=True,
        max_age_months=72,
        street="Marktplatz 3",
        postal_code="59269",
        city="Beckum",
    )
    group = Provider(
        name="Kooperationsgruppe Nord",
        kind="group",
        places=3,
        opening="7:30–15:00",
        payee_id=minders[0],
        monthly_fee_cents=5000,
        hourly_rate=Decimal("5.45"),
        postal_code="59269",
        city="Beckum",
    )
    tandem = Provider(
        name=f"Tandem {minders[1]}/{minders[2]}",
        kind="tandem",
        places=1,
        payee_id=minders[1],
        hourly_rate=Decimal("5.45"),
    )
    session.add_all([hub, group, tandem])
    session.flush()
    session.add_all(ProviderMember(provider_id=group.id, person_id=m) for m in minders[:3])
    session.add_all(ProviderMember(provider_id=tandem.id, person_id=m) for m in minders[1:3])
    wanting = session.scalars(
        select(Contract.child_id)
        .where(Contract.substitute_wanted.is_(True))
        .distinct()
        .order_by(Contract.child_id)
        .limit(400)
    ).all()
    for child_id in wanting:
        for provider in (hub, group):
            enrolment = Enrolment(child_id=child_id, provider_id=provider.id)
            session.add(enrolment)
            session.flush()
            if rng.random() < 0.6:
                session.add_all(
                    Visit(enrolment_id=enrolment.id, day=today - timedelta(days=d), done=True)
                    for d in (40, 20)
                )
    upcoming = session.scalars(
        select(Absence)
        .where(Absence.start <= today + timedelta(days=UPCOMING_DAYS), Absence.end >= today)
        .limit(500)
    )
    for absence in upcoming:
        needs.sync(session, absence)
