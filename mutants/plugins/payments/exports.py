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
from plugins.payments import models
from plugins.payments.documents import Sender

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
    session: Session, run: models.Run, *, sender: Sender, execution_date: date
) -> bytes:
    """pain.001.001.03 for every positive statement, validated against the XSD by sepaxml."""
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
    sepa = SepaTransfer(config, clean=True)
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
        sepa.add_payment(payment)
        count += 1
    if count == 0:
        raise ValidationError({"run": "Dieser Lauf enthält keine Auszahlungen."})
    try:
        return sepa.export(validate=True)
    except SepaValidationError as exc:
        raise ValidationError({"run": f"SEPA-Datei ungültig: {exc.__cause__ or exc}"}) from None


def rows(session: Session, run: models.Run):
    query = (
        select(models.Statement, models.Line)
        .join(models.Line, models.Line.statement_id == models.Statement.id)
        .where(models.Statement.run_id == run.id)
        .order_by(models.Statement.name, models.Statement.id, models.Line.position)
    )
    for st, ln in session.execute(query):
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
