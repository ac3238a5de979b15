"""Proofs of insurance contributions from the childminders' portal: she hands one in with
the file, staff accept it (it becomes the Contribution the refunds are paid from) or
reject it with a reason; the decision itself is core.files.submissions'."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.files import submissions, uploads
from core.format import format_date, format_money
from core.forms import Form
from core.i18n import gettext_
from core.models import Person
from plugins.payments import models
from plugins.payments.payee import contribution_fields, get_record, record_contribution
from plugins.payments.rates.tables import INSURANCE_KINDS

PURPOSE = "payments.proof"
FILE_LABEL = "Nachweis (PDF, JPEG oder PNG)"


def submit(
    session: Session,
    data_dir: Path,
    person: Person,
    data: Mapping,
    file: uploads.Incoming | None,
    *,
    actor: str,
    hooks,
) -> models.Proof:
    form = Form(data)
    kind, cents, valid_from, valid_to = contribution_fields(form)
    media = uploads.check_in_form(session, form, file, gettext_(FILE_LABEL), hooks)
    form.done()
    upload = uploads.keep(
        session, data_dir, person_id=person.id, purpose=PURPOSE, file=file, kind=media, actor=actor
    )
    proof = models.Proof(
        childminder_id=person.id,
        kind=kind,
        monthly_cents=cents,
        valid_from=valid_from,
        valid_to=valid_to,
        upload_id=upload.id,
    )
    session.add(proof)
    session.flush()
    return proof


def proofs_of(session: Session, person_id: int) -> list[models.Proof]:
    """Her proofs, newest first."""
    return list(
        session.scalars(
            select(models.Proof)
            .where(models.Proof.childminder_id == person_id)
            .order_by(models.Proof.submitted_at.desc(), models.Proof.id.desc())
        )
    )


def open_proofs(session: Session) -> list[models.Proof]:
    """Everything waiting for a decision, oldest first."""
    return list(
        session.scalars(
            select(models.Proof)
            .where(models.Proof.status == submissions.SUBMITTED)
            .order_by(models.Proof.submitted_at, models.Proof.id)
        )
    )


def waiting(session: Session) -> int:
    """How many proofs wait for a decision."""
    return session.scalar(
        select(func.count())
        .select_from(models.Proof)
        .where(models.Proof.status == submissions.SUBMITTED)
    )


def proof_of(session: Session, person_id: int, proof_id: int) -> models.Proof:
    """This person's proof; anyone else's is not found."""
    return get_record(session, models.Proof, proof_id, person_id)


def accept(session: Session, person_id: int, proof_id: int, actor: str) -> str:
    """Accepted, the proof becomes the contribution the refunds are paid from; what else
    that changed (an older proof of the kind ending), in a sentence for the office."""
    proof = proof_of(session, person_id, proof_id)
    submissions.decide(
        session,
        proof,
        submissions.ACCEPTED,
        "",
        actor,
        describe=described,
        follows="Der Beitrag wird ab dem nächsten Zahllauf erstattet.",
    )
    added = record_contribution(
        session,
        proof.childminder_id,
        proof.kind,
        proof.monthly_cents,
        proof.valid_from,
        proof.valid_to,
        gettext_("Portal: {name}").format(name=proof.upload.filename)[:200],
    )
    proof.contribution_id = added.contribution.id
    return added.note


def described(proof: models.Proof) -> str:
    """One line naming the proof, for the pages that ask before a decision."""
    return gettext_("{kind}, {amount} im Monat ab {day}, Datei {name}.").format(
        kind=gettext_(INSURANCE_KINDS[proof.kind]),
        amount=format_money(proof.monthly_cents),
        day=format_date(proof.valid_from),
        name=proof.upload.filename,
    )
