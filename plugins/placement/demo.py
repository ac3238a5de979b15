"""Demo declarations and requests: most childminders say which ages and times they take,
some keep a place free for urgent cases (Dortmund keeps about a hundred in the city);
families wait for places, about three for every ten childminders."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from core.models import Childminder, Person
from core.models.contracts import WEEKDAYS
from core.services.districts import area_index
from plugins.placement.models import CareRequest, Declaration, RequestState

DAYS = (
    (time(7, 30), time(16, 0)),
    (time(7, 0), time(15, 0)),
    (time(8, 0), time(17, 0)),
    (time(6, 30), time(14, 30)),
    (time(8, 0), time(13, 0)),
)
LANGUAGES = ("", "", "", "Deutsch, Englisch", "Deutsch, Türkisch", "Deutsch, Arabisch")


def build(session: Session, rng, today: date | None = None) -> None:
    today = today or date.today()
    rows = []
    for person_id, max_children in session.execute(
        select(Childminder.person_id, Childminder.max_children).order_by(Childminder.person_id)
    ):
        if rng.random() < 0.15:
            continue  # has not told the office yet
        start, end = rng.choice(DAYS)
        workdays = WEEKDAYS[:5] if rng.random() < 0.8 else WEEKDAYS[:4]
        week = {}
        for day in WEEKDAYS:
            offered = day in workdays
            week[f"{day}_start"], week[f"{day}_end"] = (start, end) if offered else (None, None)
        rows.append(
            {
                "childminder_id": person_id,
                "min_age_months": rng.choice((0, 0, 6, 12, 12)),
                "max_age_months": rng.choice((36, 36, 48, 72)),
                **week,
                "early": start < time(7, 0),
                "late": end > time(17, 0) or rng.random() < 0.1,
                "overnight": rng.random() < 0.02,
                "languages": rng.choice(LANGUAGES),
                "inclusion": rng.random() < 0.1,
                "meals": rng.choice(("Frühstück, Mittagessen", "Mittagessen, frisch gekocht", "")),
                "pets": rng.choice(("", "", "", "Katze", "Hund")),
                "free_from": today + timedelta(days=rng.randint(20, 120))
                if rng.random() < 0.05
                else None,
                "held_places": 1 if rng.random() < 0.14 and max_children > 3 else 0,
                "notes": "",
                "changed_by": "demo",
            }
        )
    if rows:
        session.execute(insert(Declaration), rows)
    requests(session, rng, today)


FIRST = ("Mia", "Emil", "Lina", "Noah", "Ella", "Paul", "Mila", "Ben", "Lea", "Finn", "Ida", "Leon")
LAST = ("Brockmann", "Yilmaz", "Schulte", "Nowak", "Hoffmann", "Kaya", "Peters", "Wagner")
STREETS = ("Hauptstraße", "Lindenweg", "Am Markt", "Spiekersstraße", "Kirchstraße")


def requests(session: Session, rng, today: date, per_childminder: float = 0.3) -> None:
    """Families waiting for a place: most from the public form, some urgent, one family
    that registered twice with a typing error."""
    codes = [c for (c,) in session.execute(select(Person.postal_code).distinct()) if c]
    total = round(session.scalar(select(func.count()).select_from(Childminder)) * per_childminder)
    if not codes or not total:
        return
    index = area_index(session)
    rows = []
    for n in range(total):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        code, street = rng.choice(codes), f"{rng.choice(STREETS)} {rng.randint(1, 80)}"
        unborn = rng.random() < 0.1
        born = today - timedelta(days=rng.randint(60, 900))
        start, end = rng.choice(DAYS)
        days = WEEKDAYS[: rng.choice((3, 4, 5, 5))]
        rows.append(
            {
                "state": RequestState.IN_PROGRESS.value if rng.random() < 0.3 else "received",
                "from_public_form": rng.random() < 0.7,
                "child_first_name": first,
                "child_last_name": last,
                "child_birth_date": None if unborn else born,
                "expected_birth": today + timedelta(days=rng.randint(20, 200)) if unborn else None,
                "guardian_first_name": rng.choice(("Jana", "Aylin", "Sandra", "Marek", "Olga")),
                "guardian_last_name": last,
                "email": f"familie.{last.lower()}{n}@example.org",
                "street": street,
                "postal_code": code,
                "city": "",
                "district_id": index.district_for(code, street),
                "needed_from": today + timedelta(days=rng.randint(-30, 300)),
                **{f"{d}_start": start if d in days else None for d in WEEKDAYS},
                **{f"{d}_end": end if d in days else None for d in WEEKDAYS},
                "urgent": rng.random() < 0.08,
                "urgency_reason": "",
                "created_at": datetime.combine(
                    today - timedelta(days=rng.randint(1, 200)), time(9)
                ),
            }
        )
        if rows[-1]["urgent"]:
            rows[-1]["urgency_reason"] = "Mutter beginnt kurzfristig eine Ausbildung"
    rows[0] |= {"child_last_name": "Brockmann", "guardian_last_name": "Brockmann"}
    twin = dict(rows[0], child_last_name="Brockman", email="")
    rows.append(twin)  # the same child once more, a letter wrong: the office merges it
    session.execute(insert(CareRequest), rows)
