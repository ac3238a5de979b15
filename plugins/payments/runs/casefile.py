"""Cases and statements as JSON, so a rule can be checked without a database.

A contract's `new_child` is false when it continues an earlier contract of the same child
without a break; `previous_end` is the end of the child's latest earlier contract with this
childminder (a child coming back), which decides whether settling-in is paid again.

Case file (all amounts and hours as strings, dates ISO):

    {"month": "2026-11", "childminder": {"id": 1, "name": "Anna Beispiel",
      "qualification_ue": 300, "fachkraft": false, "external_weekly_hours": "0",
      "permit_until": "2027-07-31"},
     "contracts": [{"child_id": 7, "child": "Mia", "birth_date": "2024-05-10",
       "valid_from": "2026-11-01", "valid_to": null, "hours": {"mo": "8", "tu": "8"},
       "special_needs": false, "new_child": true, "previous_end": null}],
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
from difflib import get_close_matches
from pathlib import Path

from core.errors import ValidationError
from core.forms import parse_decimal
from core.kernel.contributions import PaymentLine, Qualification
from core.models.contracts import WEEKDAYS
from plugins.payments.runs.records import (
    Absence,
    CareContract,
    Case,
    Contribution,
    Extra,
    Statement,
)


def load_case(path: str | Path) -> Case:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError({"case": f"Falldatei {path} nicht gefunden."}) from None
    except json.JSONDecodeError as exc:
        raise ValidationError({"case": f"Falldatei ist kein gültiges JSON: {exc}"}) from None
    return case_from_dict(data)


# The keys each part of a case file may hold; anything else is a typo to report, not to skip.
_KEYS = {
    "case": {"month", "childminder", "contracts", "absences", "contributions", "extras", "lines"},
    "childminder": {
        "id",
        "name",
        "qualification_ue",
        "fachkraft",
        "external_weekly_hours",
        "permit_until",
    },
    "contracts": {
        "child_id",
        "child",
        "birth_date",
        "valid_from",
        "valid_to",
        "hours",
        "special_needs",
        "new_child",
        "previous_end",
    },
    "hours": set(WEEKDAYS),
    "absences": {"kind", "start", "end"},
    "contributions": {"kind", "monthly", "valid_from", "valid_to"},
    "extras": {"label", "amount"},
    "lines": {"component", "label", "quantity", "unit", "rate", "child"},
}


class _Where:
    """The place in the file a value is read from, for messages: "contracts Nr. 2, hours"."""

    def __init__(self, data: dict, section: str, place: str = ""):
        if not isinstance(data, dict):
            raise _bad(place or section, "muss ein Objekt sein")
        for key in data:
            if key not in _KEYS[section]:
                near = get_close_matches(str(key), sorted(_KEYS[section]), n=1, cutoff=0.5)
                hint = f" – gemeint ist wohl '{near[0]}'" if near else ""
                raise _bad(place or section, f"unbekannte Angabe '{key}'{hint}")
        self.data, self.place = data, place

    def at(self, key: str) -> str:
        return f"{self.place}, {key}" if self.place else key

    def need(self, key: str):
        if key not in self.data:
            raise _bad(self.place or "Fall", f"Angabe '{key}' fehlt")
        return self.data[key]

    def dec(self, key: str, default: str | None = None) -> Decimal:
        value = self.data.get(key, default) if default is not None else self.need(key)
        return _dec(value, self.at(key))

    def day(self, key: str, required: bool = True) -> date | None:
        value = self.need(key) if required else self.data.get(key)
        return _date(value, self.at(key))


def case_from_dict(data: dict) -> Case:
    top = _Where(data, "case")
    cm = _Where(top.need("childminder"), "childminder", "childminder")
    return Case(
        month=_month(top.need("month")),
        childminder_id=_int(cm.data.get("id", 0), cm.at("id")),
        childminder_name=str(cm.need("name")),
        qualification=Qualification(
            _int(cm.data.get("qualification_ue", 0), cm.at("qualification_ue")),
            bool(cm.data.get("fachkraft", False)),
        ),
        external_weekly_hours=cm.dec("external_weekly_hours", "0"),
        permit_until=cm.day("permit_until", False),
        contracts=[_contract(c) for c in _parts(top, "contracts")],
        absences=[
            Absence(str(a.need("kind")), a.day("start"), a.day("end"))
            for a in _parts(top, "absences")
        ],
        contributions=[
            Contribution(
                str(c.need("kind")), c.dec("monthly"), c.day("valid_from"), c.day("valid_to", False)
            )
            for c in _parts(top, "contributions")
        ],
        extras=[Extra(str(e.need("label")), e.dec("amount")) for e in _parts(top, "extras")],
        lines=[
            PaymentLine(
                str(ln.need("component")),
                str(ln.need("label")),
                ln.dec("quantity"),
                str(ln.need("unit")),
                ln.dec("rate"),
                str(ln.data.get("child", "")),
            )
            for ln in _parts(top, "lines")
        ],
    )


def _contract(c: _Where) -> CareContract:
    hours = _Where(c.data.get("hours", {}), "hours", c.at("hours"))
    return CareContract(
        child_id=_int(c.need("child_id"), c.at("child_id")),
        child_name=str(c.need("child")),
        birth_date=c.day("birth_date", False),
        valid_from=c.day("valid_from"),
        valid_to=c.day("valid_to", False),
        hours=tuple(hours.dec(d, "0") for d in WEEKDAYS),
        special_needs=bool(c.data.get("special_needs", False)),
        new_child=bool(c.data.get("new_child", True)),
        previous_end=c.day("previous_end", False),
    )


def _parts(top: _Where, key: str):
    """Each entry of a list such as `contracts`, checked and named by its number."""
    value = top.data.get(key, [])
    if not isinstance(value, list):
        raise _bad(key, "muss eine Liste sein")
    return [_Where(entry, key, f"{key} Nr. {n}") for n, entry in enumerate(value, start=1)]


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
                "working": line.working,
            }
            for line in st.lines
        ],
        "subtotals": {child: _euros(cents) for child, cents in st.subtotals().items()},
        "total": _euros(st.total_cents),
        "basis": st.basis,
        "problems": st.problems,
    }


def _euros(amount_cents: int) -> str:
    return str((Decimal(amount_cents) / 100).quantize(Decimal("0.01")))


def _bad(place: str, message: str) -> ValidationError:
    return ValidationError({"case": f"Falldatei, {place}: {message}."})


def _month(text) -> date:
    try:
        year, month = str(text).split("-")[:2]
        return date(int(year), int(month), 1)
    except ValueError:
        raise _bad("month", f"'{text}' ist kein Monat wie 2026-11") from None


def _date(value, place: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _bad(place, f"'{value}' ist kein Datum wie 2026-11-01") from None


def _int(value, place: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _bad(place, f"'{value}' ist keine ganze Zahl")
    try:
        return int(value)
    except ValueError:
        raise _bad(place, f"'{value}' ist keine ganze Zahl") from None


def _dec(value, place: str) -> Decimal:
    """An amount or hours as text, with decimal point or comma ("8.5", "8,5")."""
    if isinstance(value, float):
        raise _bad(place, f'{value} bitte als Text angeben, z. B. "8,5"')
    try:
        return parse_decimal(str(value))
    except InvalidOperation:
        raise _bad(place, f"'{value}' ist keine Zahl") from None
