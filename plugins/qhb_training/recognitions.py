"""Certificates from the childminders' portal: she hands in first aid, a hygiene briefing
or a course at another provider with the file; staff accept it (it becomes the credential
or the external evidence they would have entered, with the same checks) or reject it with
a reason. The decision itself is core.files.submissions'."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import NotFound
from core.files import submissions, uploads
from core.format import format_date
from core.forms import Form
from core.i18n import gettext_
from core.models import Person
from plugins.qhb_training import credentials, progress
from plugins.qhb_training.models import EXTERNAL, OTHER, RECOGNITION_KINDS, Recognition

PURPOSE = "qhb_training.recognition"
FILE_LABEL = "Bescheinigung (PDF, JPEG oder PNG)"


def submit(
    session: Session,
    data_dir: Path,
    person: Person,
    data: Mapping,
    file: uploads.Incoming | None,
    *,
    actor: str,
    hooks,
) -> Recognition:
    form = Form(data)
    kind = form.choice("kind", "Art", RECOGNITION_KINDS)
    title = form.text("title", "Bezeichnung")
    taken_on = form.date("taken_on", gettext_("Absolviert am"), required=True)
    valid_until = form.date("valid_until", gettext_("Gültig bis"))
    ue = form.integer("ue", "UE", minimum=0, maximum=500)
    if kind in (EXTERNAL, OTHER) and not title:
        form.error("title", gettext_("Bezeichnung: Welche Fortbildung oder welcher Nachweis?"))
    if kind == EXTERNAL and not ue:
        form.error("ue", gettext_("UE: Wie viele Unterrichtseinheiten nennt die Bescheinigung?"))
    if taken_on and taken_on > date.today():
        form.error("taken_on", gettext_("Absolviert am: liegt in der Zukunft."))
    if taken_on and valid_until and valid_until <= taken_on:
        form.error("valid_until", gettext_("Gültig bis: muss nach dem Kurstag liegen."))
    media = uploads.check_in_form(session, form, file, gettext_(FILE_LABEL), hooks)
    form.done()
    upload = uploads.keep(
        session, data_dir, person_id=person.id, purpose=PURPOSE, file=file, kind=media, actor=actor
    )
    row = Recognition(
        person_id=person.id,
        kind=kind,
        title=title,
        taken_on=taken_on,
        ue=ue or 0,
        valid_until=valid_until,
        upload_id=upload.id,
    )
    session.add(row)
    session.flush()
    return row


def recognitions_of(session: Session, person_id: int) -> list[Recognition]:
    """Hers, newest first."""
    return list(
        session.scalars(
            select(Recognition)
            .where(Recognition.person_id == person_id)
            .order_by(Recognition.submitted_at.desc(), Recognition.id.desc())
        )
    )


def waiting(session: Session) -> list[Recognition]:
    """Everything waiting for a decision, oldest first."""
    return list(
        session.scalars(
            select(Recognition)
            .where(Recognition.status == submissions.SUBMITTED)
            .order_by(Recognition.submitted_at, Recognition.id)
        )
    )


def waiting_count(session: Session) -> int:
    return session.scalar(
        select(func.count())
        .select_from(Recognition)
        .where(Recognition.status == submissions.SUBMITTED)
    )


def recognition_of(session: Session, person_id: int, recognition_id: int) -> Recognition:
    """This person's; anyone else's is not found."""
    row = session.get(Recognition, recognition_id)
    if row is None or row.person_id != person_id:
        raise NotFound(gettext_("Diese Bescheinigung gibt es nicht."))
    return row


def accept(session: Session, person: Person, recognition_id: int, actor: str) -> Recognition:
    row = recognition_of(session, person.id, recognition_id)
    submissions.decide(
        session,
        row,
        submissions.ACCEPTED,
        "",
        actor,
        describe=described,
        follows="Die Nachweise zählen für Ihre Qualifizierung.",
    )
    proof = gettext_("Portal: {name}").format(name=row.upload.filename)[:200]
    if row.kind == EXTERNAL:
        evidence = progress.add_evidence(
            session,
            person,
            {
                "kind": EXTERNAL,
                "day": row.taken_on.isoformat(),
                "amount": str(row.ue),
                "title": row.title,
                "proof": proof,
            },
        )
        row.evidence_id = evidence.id
    else:
        credential = credentials.add_credential(
            session,
            person,
            {
                "kind": row.kind,
                "title": row.title,
                "taken_on": row.taken_on.isoformat(),
                "valid_until": row.valid_until.isoformat() if row.valid_until else "",
                "ue": str(row.ue),
                "proof": proof,
            },
            credentials.Rules.of(session),
        )
        row.credential_id = credential.id
    return row


def described(row: Recognition) -> str:
    """One line naming the certificate, for the pages that ask before a decision."""
    return gettext_("{kind} vom {day}, Datei {name}.").format(
        kind=gettext_(RECOGNITION_KINDS[row.kind]),
        day=format_date(row.taken_on),
        name=row.upload.filename,
    )
