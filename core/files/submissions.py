"""What a childminder hands in through her portal with a file, for staff to decide on: a
proof of insurance (payments), a course certificate (qhb_training). Each module keeps its
own table with the `Submission` columns; the decision is taken here, once.

A decision changes the status only from "submitted", in one conditional UPDATE, so a
double click or two staff deciding at once decide nothing twice; she can take back only
what nobody has decided yet, and the file goes with it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from sqlalchemy import ForeignKey, String, Text, delete, update
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column, relationship

from core.db import utcnow
from core.errors import ValidationError
from core.files import uploads
from core.forms import Form
from core.i18n import N_, german, gettext_
from core.letters import events
from core.letters.events import Audience, Event
from core.letters.texts import TextKind

SUBMITTED, ACCEPTED, REJECTED = "submitted", "accepted", "rejected"
STATUS_LABELS = {
    SUBMITTED: N_("eingereicht, wird geprüft"),
    ACCEPTED: N_("anerkannt"),
    REJECTED: N_("abgelehnt"),
}


_FIELDS = {
    "was": N_("Was sie eingereicht hat, z. B. Unfallversicherung, 14,20 € im Monat ab 01.12.2026"),
}
_SAMPLE = {"was": "Unfallversicherung, 14,20 € im Monat ab 01.12.2026, Datei bescheid.pdf"}
ACCEPTED_EVENT = Event(
    "core.submission_accepted",
    N_("Nachweis oder Bescheinigung anerkannt"),
    {
        Audience.CHILDMINDER: TextKind(
            "core.submission_accepted",
            N_("Portal: Eingereichtes anerkannt (an die Tagespflegeperson) – E-Mail"),
            "wir haben anerkannt, was Sie im Portal eingereicht haben: {{ was }}\n\n{{ folge }}",
            fields={**_FIELDS, "folge": N_("Was daraus folgt, z. B. die Erstattung")},
            sample={**_SAMPLE, "folge": "Der Beitrag wird ab dem nächsten Zahllauf erstattet."},
        )
    },
    N_("Erstattung ab dem nächsten Lauf; UE und Nachweise zählen"),
)
REJECTED_EVENT = Event(
    "core.submission_rejected",
    N_("Nachweis oder Bescheinigung abgelehnt"),
    {
        Audience.CHILDMINDER: TextKind(
            "core.submission_rejected",
            N_("Portal: Eingereichtes abgelehnt (an die Tagespflegeperson) – E-Mail"),
            "wir können nicht anerkennen, was Sie im Portal eingereicht haben: {{ was }}\n\n"
            "Grund: {{ grund }}\n\nSie können im Portal einen neuen Nachweis einreichen.",
            fields={**_FIELDS, "grund": N_("Grund der Ablehnung")},
            sample={**_SAMPLE, "grund": "Der Bescheid nennt keinen Monatsbeitrag."},
        )
    },
    N_("Aufgabe mit Grund in ihrem Portal"),
)
EVENTS = [ACCEPTED_EVENT, REJECTED_EVENT]


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


def decide(
    session: Session,
    row: Submission,
    status: str,
    reason: str,
    actor: str,
    *,
    describe: Callable[[Submission], str],
    follows: str = "",
) -> None:
    """Accepted or rejected, once; she hears of it on her own way, the record named by the
    module's `describe` and, accepted, what `follows` from it."""
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
    with german():  # the notice is German, whoever decides
        facts = {"was": describe(row), "folge": follows, "grund": reason}
    event = ACCEPTED_EVENT if status == ACCEPTED else REJECTED_EVENT
    subject = "Ihr Nachweis ist anerkannt" if status == ACCEPTED else "Ihr Nachweis ist abgelehnt"
    told = events.of_person(Audience.CHILDMINDER, row.childminder, subject, facts)
    ref = f"{model.__tablename__}:{row.id}"
    events.announce(session, event, [told], ref=ref, actor=actor)


def reject(
    session: Session,
    row: Submission,
    data: Mapping,
    actor: str,
    *,
    describe: Callable[[Submission], str],
) -> None:
    """Refused, with the reason she will read; the reason is required."""
    form = Form(data)
    reason = form.text("reason", "Grund der Ablehnung", required=True, max_length=1000)
    form.done()
    decide(session, row, REJECTED, reason, actor, describe=describe)


def take_back(session: Session, data_dir: Path, row: Submission) -> None:
    """She withdraws what nobody has decided on yet (the wrong file, a typo)."""
    model, upload = type(row), row.upload
    gone = session.execute(delete(model).where(model.id == row.id, model.status == SUBMITTED))
    if gone.rowcount != 1:
        raise ValidationError(gettext_("Hierüber ist schon entschieden."))
    session.expunge(row)
    uploads.discard(session, data_dir, upload)
