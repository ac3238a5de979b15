"""What a childminder hands in through her portal with a file, for staff to decide on: a
proof of insurance (payments), a course certificate (qhb_training). Each module keeps its
own table with the `Submission` columns; the decision is taken here, once.

A decision changes the status only from "submitted", in one conditional UPDATE, so a
double click or two staff deciding at once decide nothing twice; she can take back only
what nobody has decided yet, and the file goes with it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from sqlalchemy import ForeignKey, String, Text, delete, update
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column, relationship

from core.db import utcnow
from core.errors import ValidationError
from core.files import uploads
from core.forms import Form
from core.i18n import N_, gettext_

SUBMITTED, ACCEPTED, REJECTED = "submitted", "accepted", "rejected"
STATUS_LABELS = {
    SUBMITTED: N_("eingereicht, wird geprüft"),
    ACCEPTED: N_("anerkannt"),
    REJECTED: N_("abgelehnt"),
}


class Submission:
    """The columns every handed-in record has: its file and the decision on it."""

    upload_id: Mapped[int] = mapped_column(ForeignKey("core_upload.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default=SUBMITTED)
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was rejected, for her
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[str] = mapped_column(String(100), default="")

    @declared_attr
    def upload(cls):
        return relationship("Upload", lazy="joined")

    @declared_attr
    def childminder(cls):
        return relationship("Person", lazy="joined")


def decide(session: Session, row: Submission, status: str, reason: str, actor: str) -> None:
    model = type(row)
    done = session.execute(
        update(model)
        .where(model.id == row.id, model.status == SUBMITTED)
        .values(status=status, reason=reason, decided_at=utcnow(), decided_by=actor)
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:
        raise ValidationError(gettext_("Hierüber ist schon entschieden."))
    session.refresh(row)


def reject(session: Session, row: Submission, data: Mapping, actor: str) -> None:
    """Refused, with the reason she will read; the reason is required."""
    form = Form(data)
    reason = form.text("reason", "Grund der Ablehnung", required=True, max_length=1000)
    form.done()
    decide(session, row, REJECTED, reason, actor)


def take_back(session: Session, data_dir: Path, row: Submission) -> None:
    """She withdraws what nobody has decided on yet (the wrong file, a typo)."""
    model, upload = type(row), row.upload
    gone = session.execute(delete(model).where(model.id == row.id, model.status == SUBMITTED))
    if gone.rowcount != 1:
        raise ValidationError(gettext_("Hierüber ist schon entschieden."))
    session.expunge(row)
    uploads.discard(session, data_dir, upload)
