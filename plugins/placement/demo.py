"""Demo declarations: most childminders say which ages and times they take; some keep a
place free for urgent cases (Dortmund keeps about a hundred in the city)."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from core.models import Childminder
from core.models.contracts import WEEKDAYS
from plugins.placement.models import Declaration

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
