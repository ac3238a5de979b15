"""The paying office on statements and in the SEPA file is the agency's letterhead: one
source, replaced field by field only where finance sets its own for the bank."""

from __future__ import annotations

from core.settings import settings_of
from plugins.payments.documents import Sender

LETTERHEAD = {
    "core.agency_name": "Stadt Beckum",
    "core.letterhead.street": "Weststraße 46",
    "core.letterhead.postal_code": "59269",
    "core.letterhead.city": "Beckum",
    "core.letterhead.iban": "DE02120300000000202051",
}


def _set(installation, values: dict) -> None:
    with installation.db.transaction("test") as s:
        for key, value in values.items():
            settings_of(s).set(s, key, value)


def _sender(installation) -> Sender:
    with installation.db.read() as s:
        return Sender.of(s)


def test_the_letterhead_is_the_paying_office(installation):
    installation.enable("payments")
    _set(installation, LETTERHEAD)
    sender = _sender(installation)
    assert (sender.name, sender.street, sender.city, sender.iban, sender.missing) == (
        "Stadt Beckum",
        "Weststraße 46",
        "59269 Beckum",
        "DE02 1203 0000 0000 2020 51",
        (),
    )


def test_finance_replaces_only_what_the_bank_needs_otherwise(installation):
    installation.enable("payments")
    _set(installation, {**LETTERHEAD, "payments.debtor_name": "Stadt Beckum – Jugendamt"})
    sender = _sender(installation)
    assert (sender.name, sender.street, sender.iban) == (
        "Stadt Beckum – Jugendamt",
        "Weststraße 46",
        "DE02 1203 0000 0000 2020 51",
    )


def test_without_letterhead_or_own_values_finalising_names_what_is_missing(installation):
    installation.enable("payments")
    sender = _sender(installation)
    assert sender.name == "Kindertagespflege"  # the agency's name always has a default
    assert sender.missing == (
        "die IBAN des auszahlenden Kontos",
        "die Straße der auszahlenden Stelle",
        "PLZ und Ort der auszahlenden Stelle",
    )
