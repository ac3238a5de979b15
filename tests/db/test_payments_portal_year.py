"""Her year in the portal: one row per component the rate table names, and the lines it
does not name (settling-in per component, extras) each under its own label."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from plugins.payments import models, portal
from plugins.payments.rates import periods
from plugins.payments.runs.records import Line


def _finalised(installation, childminder, month: date, lines) -> None:
    with installation.db.transaction("test") as s:
        run = models.Run(month=month, status=models.FINAL)
        s.add(run)
        s.flush()
        statement = models.Statement(
            run_id=run.id,
            childminder_id=childminder.id,
            name=childminder.name,
            total_cents=sum(cents for _, _, cents in lines),
        )
        statement.lines = [
            Line(component, label, Decimal("1"), "pauschal", Decimal(cents) / 100, cents)
            for component, label, cents in lines
        ]
        s.add(statement)


def test_settling_in_and_extras_keep_their_own_labels(installation, make):
    installation.enable("payments")
    jana = make.childminder(first_name="Jana", last_name="Wolf")
    with installation.db.transaction("test") as s:
        periods.import_preset(s, "beispiel")
        care = portal._component_names(s)
    key = next(k for k, name in care.items() if name == "Förderleistung")
    _finalised(
        installation,
        jana,
        date(2026, 11, 1),
        [
            (key, "Förderleistung (unter 3 Jahre)", 50000),
            ("eingewoehnung", "Eingewöhnung: Förderleistung", 9900),
            ("eingewoehnung", "Eingewöhnung: Sachaufwand", 3300),
            ("extra", "Erste-Hilfe-Kurs", 4500),
            ("extra", "Fahrtkosten", 1200),
        ],
    )
    _finalised(installation, jana, date(2026, 12, 1), [(key, "Förderleistung (ab 3)", 40000)])
    with installation.db.read() as s:
        rows = {row.label: row.cents for row in portal.year(s, jana, 2026).rows}
    assert rows == {
        "Förderleistung": 90000,
        "Eingewöhnung: Förderleistung": 9900,
        "Eingewöhnung: Sachaufwand": 3300,
        "Erste-Hilfe-Kurs": 4500,
        "Fahrtkosten": 1200,
    }
