"""Cases and statements as JSON, so a rule can be checked without a database.

Case file (all amounts and hours as strings, dates ISO):

    {"month": "2026-11", "childminder": {"id": 1, "name": "Anna Beispiel",
      "qualification_ue": 300, "fachkraft": false, "external_weekly_hours": "0"},
     "contracts": [{"child_id": 7, "child": "Mia", "birth_date": "2024-05-10",
       "valid_from": "2026-11-01", "valid_to": null, "hours": {"mo": "8", "tu": "8"},
       "special_needs": false, "new_child": true}],
     "absences": [{"kind": "illness", "start": "2026-11-02", "end": "2026-11-06"}],
     "contributions": [{"kind": "pension", "monthly": "180.00", "valid_from": "2026-01-01"}],
     "extras": [{"label": "Erste-Hilfe-Kurs", "amount": "45.00"}],
     "lines": [{"component": "vertretung", "label": "Vertretung", "quantity": "10",
       "unit": "Std.", "rate": "5.00"}]}
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from core.errors import ValidationError
from core.models.contracts import WEEKDAYS
from core.payment_line import PaymentLine
from core.qualification import Qualification
from plugins.payments.records import Absence, CareContract, Case, Contribution, Extra, Statement


def load_case(path: str | Path) -> Case:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError({"case": f"Falldatei {path} nicht gefunden."}) from None
    except json.JSONDecodeError as exc:
        raise ValidationError({"case": f"Falldatei ist kein gültiges JSON: {exc}"}) from None
    return case_from_dict(data)


def case_from_dict(data: dict) -> Case:
    try:
        cm = data["childminder"]
        return Case(
            month=_month(data["month"]),
            childminder_id=int(cm.get("id", 0)),
            childminder_name=str(cm["name"]),
            qualification=Qualification(
                int(cm.get("qualification_ue", 0)), bool(cm.get("fachkraft", False))
            ),
            external_weekly_hours=_dec(cm.get("external_weekly_hours", "0")),
            contracts=[
                CareContract(
                    child_id=int(c["child_id"]),
                    child_name=str(c["child"]),
                    birth_date=_date(c.get("birth_date")),
                    valid_from=_date(c["valid_from"]),
                    valid_to=_date(c.get("valid_to")),
                    hours=tuple(_dec(c.get("hours", {}).get(d, "0")) for d in WEEKDAYS),
                    special_needs=bool(c.get("special_needs", False)),
                    new_child=bool(c.get("new_child", True)),
                )
                for c in data.get("contracts", [])
            ],
            absences=[
                Absence(a["kind"], _date(a["start"]), _date(a["end"]))
                for a in data.get("absences", [])
            ],
            contributions=[
                Contribution(
                    c["kind"], _dec(c["monthly"]), _date(c["valid_from"]), _date(c.get("valid_to"))
                )
                for c in data.get("contributions", [])
            ],
            extras=[Extra(e["label"], _dec(e["amount"])) for e in data.get("extras", [])],
            lines=[
                PaymentLine(
                    line["component"],
                    line["label"],
                    _dec(line["quantity"]),
                    line["unit"],
                    _dec(line["rate"]),
                    line.get("child", ""),
                )
                for line in data.get("lines", [])
            ],
        )
    except KeyError as exc:
        raise ValidationError({"case": f"Falldatei: Angabe {exc} fehlt."}) from None
    except (ValueError, TypeError, InvalidOperation) as exc:
        raise ValidationError({"case": f"Falldatei: ungültiger Wert ({exc})."}) from None


def statement_to_dict(st: Statement) -> dict:
    return {
        "childminder": {"id": st.childminder_id, "name": st.childminder_name},
        "month": st.month.strftime("%Y-%m"),
        "lines": [
            {
                "child_id": line.child_id,
                "child": line.child_name,
                "component": line.component,
                "label": line.label,
                "from": line.period_from.isoformat() if line.period_from else None,
                "to": line.period_to.isoformat() if line.period_to else None,
                "quantity": str(line.quantity),
                "unit": line.unit,
                "rate": format(line.rate.quantize(Decimal("0.0001")).normalize(), "f"),
                "amount": _euros(line.amount_cents),
            }
            for line in st.lines
        ],
        "total": _euros(st.total_cents),
        "problems": st.problems,
    }


def _euros(amount_cents: int) -> str:
    return str((Decimal(amount_cents) / 100).quantize(Decimal("0.01")))


def _month(text: str) -> date:
    year, month = str(text).split("-")[:2]
    return date(int(year), int(month), 1)


def _date(value) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


def _dec(value) -> Decimal:
    if isinstance(value, float):
        raise ValueError(f"{value} bitte als Text angeben")
    return Decimal(str(value))
