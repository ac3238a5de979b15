"""What the payments module deletes, and when: a person's own records at erasure, whole
runs once their retention has run out (statements keep their own copy of name, address
and IBAN until then)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete
from sqlalchemy.orm import Session

from core.settings import setting
from plugins.payments import models

RETENTION_KEY = "payments.retention_years"


def erase_person(session: Session, person) -> None:
    """Qualification, proofs and extras go; statements stay until their retention ends."""
    for column in (
        models.Profile.person_id,
        models.Contribution.childminder_id,
        models.Extra.childminder_id,
    ):
        session.execute(delete(column.class_).where(column == person.id))


def purge_runs(session: Session, on: date) -> int:
    """Runs whose retention ended: kept for the set years after the end of their year;
    how many were deleted."""
    years = int(setting(session, RETENTION_KEY))
    cutoff = date(on.year - years, 1, 1)
    old = models.Run.month < cutoff
    corrections = session.execute(delete(models.Run).where(old, models.Run.corrects_id.isnot(None)))
    regular = session.execute(delete(models.Run).where(old))
    return corrections.rowcount + regular.rowcount
