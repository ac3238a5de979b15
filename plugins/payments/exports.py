"""A finalised run for the bank and for accounting: SEPA pain.001, CSV and XLSX."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from schwifty import IBAN
from sepaxml import SepaTransfer
from sepaxml.validation import ValidationError as SepaValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import tables
from core.errors import ValidationError
from core.settings import setting
from plugins.payments import models
from plugins.payments.documents import Sender

# pain.001.001.09 (ISO 20022 version 2019) is what German banks accept since the DK switched
# the 2009 version off in November 2025 (DFÜ-Abkommen, Anlage 3); .03 stays selectable
# (setting payments.sepa_format) for a bank that still asks for it.
SEPA_CURRENT = "pain.001.001.09"
SEPA_FORMATS = (SEPA_CURRENT, "pain.001.001.03")

COLUMNS = (
    "Lauf",
    "Monat",
    "Tagespflegeperson",
    "Personen-Nr.",
    "IBAN",
    "Kind",
    "Leistung",
    "Komponente",
    "Von",
    "Bis",
    "Menge",
    "Einheit",
    "Satz",
    "Betrag",
)


def sepa_transfer(
    session: Session,
    run: models.Run,
    *,
    sender: Sender,
    execution_date: date,
    schema: str | None = None,
) -> bytes:
    """pain.001 (the installation's format unless `schema` is given) for every positive
    statement, validated against that version's XSD by sepaxml. In .09 the paying office
    and each childminder carry a structured address with town and country, which the
    interbank rules require from November 2026."""
    schema = schema or str(setting(session, "payments.sepa_format"))
    if not run.is_final:
        raise ValidationError(
            {"run": "Eine Überweisungsdatei gibt es nur für abgeschlossene Läufe."}
        )
    debtor_name, debtor_iban = sender.name, sender.iban
    if not debtor_name or not debtor_iban:
        raise ValidationError(
            {"run": "Bitte in den Einstellungen Name und IBAN des auszahlenden Kontos angeben."}
        )
    try:
        debtor = IBAN(debtor_iban)
    except ValueError:
        raise ValidationError(
            {"run": f"Die IBAN des auszahlenden Kontos {debtor_iban} ist ungültig."}
        ) from None
    config = {"name": debtor_name[:70], "IBAN": debtor.compact, "batch": True, "currency": "EUR"}
    if debtor.bic:
        config["BIC"] = str(debtor.bic)
    structured = schema != "pain.001.001.03"
    if structured:
        config["address"] = _address(sender.street, *_postcode_town(sender.city))
    sepa = SepaTransfer(config, schema=schema, clean=True)
    count = 0
    for st in session.scalars(
        select(models.Statement)
        .where(models.Statement.run_id == run.id, models.Statement.total_cents > 0)
        .order_by(models.Statement.name)
    ):
        creditor = IBAN(st.iban)
        payment = {
            "name": st.name[:70],
            "IBAN": creditor.compact,
            "amount": st.total_cents,
            "execution_date": execution_date,
            "description": f"Geldleistung {run.month:%m/%Y} Lauf {run.id}"[:140],
            "endtoend_id": f"TW{run.id}-{st.childminder_id}",
        }
        if creditor.bic:
            payment["BIC"] = str(creditor.bic)
        if structured:
            payment["address"] = _address(st.street, st.postal_code, st.city)
        sepa.add_payment(payment)
        count += 1
    if count == 0:
        raise ValidationError({"run": "Dieser Lauf enthält keine Auszahlungen."})
    try:
        return sepa.export(validate=True)
    except SepaValidationError as exc:
        raise ValidationError({"run": f"SEPA-Datei ungültig: {exc.__cause__ or exc}"}) from None


def _postcode_town(city_line: str) -> tuple[str, str]:
    """'59269 Beckum' → ('59269', 'Beckum'); a line without a postcode is all town."""
    first, _, rest = city_line.strip().partition(" ")
    return (first, rest.strip()) if first.isdigit() and rest else ("", city_line.strip())


def _address(street: str, postcode: str, town: str) -> dict:
    """A structured (hybrid) postal address; country DE, the payer's and payees' country."""
    address = {"country": "DE", "town": (town or "unbekannt")[:35]}
    if street:
        address["street_name"] = street[:70]
    if postcode:
        address["postcode"] = postcode[:16]
    return address


def rows(session: Session, run: models.Run):
    query = (
        select(models.Statement)
        .where(models.Statement.run_id == run.id)
        .order_by(models.Statement.name, models.Statement.id)
    )
    for st in session.scalars(query):
        for ln in st.lines:
            yield (
                run.id,
                run.month.strftime("%Y-%m"),
                st.name,
                st.childminder_id,
                st.iban,
                ln.child_name,
                ln.label,
                ln.component,
                ln.period_from,
                ln.period_to,
                ln.quantity,
                ln.unit,
                ln.rate,
                Decimal(ln.amount_cents) / 100,
            )


def to_csv(session: Session, run: models.Run) -> bytes:
    return tables.to_csv(COLUMNS, rows(session, run))


def to_xlsx(session: Session, run: models.Run) -> bytes:
    return tables.to_xlsx(f"Lauf {run.id}", COLUMNS, rows(session, run))
