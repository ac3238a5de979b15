"""What the office keeps of a childminder as a payee: her payment profile (qualification,
hours elsewhere), the insurance contributions she proved and extra payments. Each record
is read through her own id, never another's."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.format import format_date, format_money
from core.forms import Form
from core.i18n import N_, gettext_
from core.models import Person
from plugins.payments import models
from plugins.payments.rates.tables import INSURANCE_KINDS


def get_record(session: Session, model, record_id: int, person_id: int):
    """A contribution, extra or proof of this childminder, never another's."""
    record = session.get(model, record_id)
    if record is None or record.childminder_id != person_id:
        raise NotFound(gettext_("Diesen Eintrag gibt es nicht."))
    return record


def profile_of(session: Session, person_id: int) -> models.Profile:
    return session.get(models.Profile, person_id) or models.Profile(
        person_id=person_id,
        qualification_ue=0,
        fachkraft=False,
        external_weekly_hours=Decimal("0"),
    )


def save_profile(session: Session, person: Person, data: Mapping) -> models.Profile:
    form = Form(data)
    ue = form.integer("qualification_ue", "Qualifizierung (UE)", minimum=0, maximum=2000)
    external = form.decimal(
        "external_weekly_hours",
        gettext_("Wochenstunden für andere Jugendämter"),
        minimum=0,
        maximum=200,
    )
    form.done()
    profile = session.get(models.Profile, person.id)
    if profile is None:
        profile = models.Profile(person_id=person.id)
        session.add(profile)
    profile.qualification_ue = ue or 0
    profile.fachkraft = form.flag("fachkraft")
    profile.external_weekly_hours = external
    return profile


def records_of(session: Session, model, person_id: int) -> list:
    """A childminder's contributions or extras, oldest first."""
    return list(
        session.scalars(
            select(model)
            .where(model.childminder_id == person_id)
            .order_by(model.valid_from, model.id)
        )
    )


def contribution_fields(form: Form) -> tuple[str, int, date | None, date | None]:
    """(kind, monthly cents, valid from, valid to) of a contribution, as staff enter it
    and as she hands in a proof of it."""
    kind = form.choice("kind", "Art", INSURANCE_KINDS)
    amount = _money(form, "monthly", "Monatsbeitrag", Decimal("0"))
    valid_from, valid_to = _period(form)
    return kind, _cents(amount), valid_from, valid_to


def add_contribution(session: Session, person: Person, data: Mapping) -> Added:
    form = Form(data)
    kind, cents, valid_from, valid_to = contribution_fields(form)
    proof = form.text("proof", "Nachweis", max_length=200)
    form.done()
    return record_contribution(session, person.id, kind, cents, valid_from, valid_to, proof)


@dataclass(frozen=True)
class Added:
    contribution: models.Contribution
    note: str  # what else changed, for the office's message ("" when nothing)


def record_contribution(
    session: Session,
    childminder_id: int,
    kind: str,
    cents: int,
    valid_from: date,
    valid_to: date | None,
    proof: str,
) -> Added:
    """A proven contribution, entered by staff or accepted from her portal. A new proof of
    a kind replaces the one still open: that ends the day before, so no day is refunded
    twice. One that begins on or after the new one's first day is not guessed at: the
    office ends or deletes it first."""
    others = session.scalars(
        select(models.Contribution).where(
            models.Contribution.childminder_id == childminder_id,
            models.Contribution.kind == kind,
            or_(models.Contribution.valid_to.is_(None), models.Contribution.valid_to >= valid_from),
        )
    ).all()
    label = gettext_(INSURANCE_KINDS[kind])
    later = [c for c in others if c.valid_from >= valid_from]
    if later:
        raise ValidationError(
            {
                "valid_from": gettext_(
                    "Gültig ab: Für {label} gilt schon ein Nachweis ab {day}. Bitte diesen "
                    "zuerst beenden oder löschen."
                ).format(label=label, day=format_date(later[0].valid_from))
            }
        )
    notes = []
    for old in others:
        old.valid_to = valid_from - timedelta(days=1)
        notes.append(
            gettext_("Der bisherige Nachweis {label} ({amount} ab {day}) endet am {end}.").format(
                label=label,
                amount=format_money(old.monthly_cents),
                day=format_date(old.valid_from),
                end=format_date(old.valid_to),
            )
        )
    row = models.Contribution(
        childminder_id=childminder_id,
        kind=kind,
        monthly_cents=cents,
        valid_from=valid_from,
        valid_to=valid_to,
        proof=proof,
    )
    session.add(row)
    session.flush()
    return Added(row, " ".join(notes))


def add_extra(session: Session, person: Person, data: Mapping) -> models.Extra:
    form = Form(data)
    label = form.text("label", "Bezeichnung", required=True)
    amount = _money(form, "amount", gettext_("Betrag je Monat"), Decimal("0.01"))
    valid_from, valid_to = _period(form)
    form.done()
    row = models.Extra(
        childminder_id=person.id,
        label=label,
        amount_cents=_cents(amount),
        valid_from=valid_from,
        valid_to=valid_to,
    )
    session.add(row)
    return row


def delete_record(session: Session, model, record_id: int, person_id: int) -> None:
    """Remove a contribution or extra of this person; runs already computed keep their copy."""
    row = session.get(model, record_id)
    if row is None or row.childminder_id != person_id:
        raise NotFound(gettext_("Diesen Eintrag gibt es nicht."))
    session.delete(row)


def _period(form: Form) -> tuple[date | None, date | None]:
    valid_from = form.date("valid_from", gettext_("Gültig ab"), required=True)
    valid_to = form.date("valid_to", gettext_("Gültig bis"))
    if valid_from and valid_to and valid_to < valid_from:
        form.error("valid_to", gettext_("Gültig bis: Das Ende liegt vor dem Beginn."))
    return valid_from, valid_to


def _money(form: Form, name: str, label: str, minimum: Decimal) -> Decimal | None:
    if not form.raw(name):
        form.fail(name, label, N_("{label}: Bitte einen Betrag angeben."))
        return None
    amount = form.decimal(name, label, minimum=minimum)
    if amount is not None and amount != amount.quantize(Decimal("0.01")):
        form.fail(name, label, N_("{label}: höchstens zwei Nachkommastellen."))
    return amount


def _cents(amount: Decimal | None) -> int:
    return int((amount or Decimal("0")) * 100)
