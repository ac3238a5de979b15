"""Builds test data through the same services the application uses."""

from __future__ import annotations

from datetime import date
from itertools import count

from core.kernel.installation import Installation
from core.models import Contract, Person
from core.services import contracts, persons

_n = count(1)
VALID_IBAN = "DE89370400440532013000"


class Builder:
    def __init__(self, installation: Installation):
        self.installation = installation

    def person(self, *roles: str, **fields) -> Person:
        n = next(_n)
        data = {"first_name": f"Vorname{n}", "last_name": f"Nachname{n}", "roles": list(roles)}
        data.update({k: (v.isoformat() if isinstance(v, date) else v) for k, v in fields.items()})
        with self.installation.db.transaction("test") as s:
            return persons.save_person(s, data)

    def childminder(self, max_children: int = 5, **fields) -> Person:
        fields.setdefault("max_children", str(max_children))
        fields.setdefault("employment", "self_employed")
        fields.setdefault("iban", VALID_IBAN)
        return self.person("childminder", **fields)

    def child(self, **fields) -> Person:
        fields.setdefault("birth_date", date(2025, 3, 1))
        return self.person("child", **fields)

    def contract(
        self,
        child: Person,
        childminder: Person,
        start=date(2026, 1, 1),
        end=None,
        hours=("8", "8", "8", "8", "8"),
        **fields,
    ) -> Contract:
        data = contract_data(child, childminder, start, end, hours, **fields)
        with self.installation.db.transaction("test") as s:
            return contracts.save_contract(s, data, hooks=self.installation.kernel().hook)


def contract_data(
    child, childminder, start=date(2026, 1, 1), end=None, hours=("8", "8", "8", "8", "8"), **fields
) -> dict:
    data = {
        "child_id": str(child.id),
        "childminder_id": str(childminder.id),
        "valid_from": start.isoformat(),
        "valid_to": end.isoformat() if end else "",
        "care_type": "regular",
    }
    for day, value in zip(("mo", "tu", "we", "th", "fr", "sa", "su"), hours, strict=False):
        data[f"hours_{day}"] = value
    data.update(fields)
    return data


# A fictitious paying office set for the bank apart from the letterhead, so runs can finalise.
PAYING_OFFICE = {
    "payments.debtor_name": "Stadt Musterstadt – Jugendamt (Demo)",
    "payments.debtor_iban": "DE89370400440532013000",
    "payments.sender_street": "Rathausplatz 1",
    "payments.sender_city": "59269 Musterstadt",
}


def paying_office(installation: Installation) -> None:
    from core.settings import settings_of

    with installation.db.transaction("test") as s:
        for key, value in PAYING_OFFICE.items():
            settings_of(s).set(s, key, value)
