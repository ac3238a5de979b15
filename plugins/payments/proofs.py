"""Proofs of insurance contributions from the childminders' portal: she hands one in with
the file, staff accept it (it becomes the Contribution the refunds are paid from) or
reject it with a reason. A decision is taken once: the status changes only from
"submitted", in the database, so a double click or two staff at once decide nothing twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core import uploads
from core.db import utcnow
from core.errors import ValidationError
from core.forms import Form
from core.i18n import gettext_
from core.models import Person
from plugins.payments import models
from plugins.payments.service import contribution_fields, get_record

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
    try:
        media = uploads.check(session, "file", gettext_(FILE_LABEL), file, hooks)
    except ValidationError as exc:
        form.errors.update(exc.errors)
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
            .where(models.Proof.status == models.SUBMITTED)
            .order_by(models.Proof.submitted_at, models.Proof.id)
        )
    )


def waiting(session: Session) -> int:
    """How many proofs wait for a decision."""
    return session.scalar(
        select(func.count())
        .select_from(models.Proof)
        .where(models.Proof.status == models.SUBMITTED)
    )


def proof_of(session: Session, person_id: int, proof_id: int) -> models.Proof:
    """This person's proof; anyone else's is not found."""
    return get_record(session, models.Proof, proof_id, person_id)


def accept(session: Session, person_id: int, proof_id: int, actor: str) -> models.Contribution:
    proof = proof_of(session, person_id, proof_id)
    _decide(session, proof, models.ACCEPTED, "", actor)
    contribution = models.Contribution(
        childminder_id=proof.childminder_id,
        kind=proof.kind,
        monthly_cents=proof.monthly_cents,
        valid_from=proof.valid_from,
        valid_to=proof.valid_to,
        proof=gettext_("Portal: {name}").format(name=proof.upload.filename)[:200],
    )
    session.add(contribution)
    session.flush()
    proof.contribution_id = contribution.id
    return contribution


def reject(session: Session, person_id: int, proof_id: int, data: Mapping, actor: str):
    proof = proof_of(session, person_id, proof_id)
    form = Form(data)
    reason = form.text("reason", "Grund der Ablehnung", required=True, max_length=1000)
    form.done()
    _decide(session, proof, models.REJECTED, reason, actor)
    return proof


def withdraw(session: Session, data_dir: Path, person: Person, proof_id: int) -> None:
    """She takes back a proof nobody has decided on yet (the wrong file, a typo)."""
    proof = proof_of(session, person.id, proof_id)
    upload = proof.upload
    gone = session.execute(
        models.Proof.__table__.delete().where(
            models.Proof.id == proof.id, models.Proof.status == models.SUBMITTED
        )
    )
    if gone.rowcount != 1:
        raise ValidationError(gettext_("Über diesen Nachweis ist schon entschieden."))
    session.expunge(proof)
    uploads.discard(session, data_dir, upload)


def _decide(session: Session, proof: models.Proof, status: str, reason: str, actor: str):
    done = session.execute(
        update(models.Proof)
        .where(models.Proof.id == proof.id, models.Proof.status == models.SUBMITTED)
        .values(status=status, reason=reason, decided_at=utcnow(), decided_by=actor)
        .execution_options(synchronize_session="fetch")
    )
    if done.rowcount != 1:
        raise ValidationError(gettext_("Über diesen Nachweis ist schon entschieden."))
    session.refresh(proof)
