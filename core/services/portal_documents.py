"""Documents the agency gives its childminders through the portal – a leaflet for all, a
form for one – and who has opened them. She sees those meant for all and those meant for
her; the first download counts as read, and an unread one is on her list of tasks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import savepoint
from core.errors import NotFound
from core.files import uploads
from core.forms import Form
from core.i18n import N_, gettext_
from core.kernel.contributions import PortalTask
from core.letters import events
from core.letters.events import Audience, Event
from core.letters.texts import TextKind
from core.models import DocumentRead, Person, PortalAccount, PortalDocument, User
from core.settings import setting

PURPOSE = "core.portal_document"
PUBLISHED = Event(
    "core.document_published",
    N_("Dokument im Portal veröffentlicht"),
    {
        Audience.CHILDMINDER: TextKind(
            "core.document_published",
            N_("Portal: neues Dokument (an die Tagespflegeperson) – E-Mail"),
            "im Portal liegt ein neues Dokument für Sie: {{ titel }}.{% if hinweis %}\n\n"
            "{{ hinweis }}{% endif %}\n\nSie finden es unter „Dokumente“{% if portal %}: "
            "{{ portal }}{% endif %}.",
            fields={
                "titel": N_("Titel des Dokuments"),
                "hinweis": N_("Hinweis zum Dokument (leer: keiner)"),
                "portal": N_("Adresse der Dokumente im Portal (leer: nicht eingerichtet)"),
            },
            sample={
                "titel": "Merkblatt Infektionsschutz",
                "hinweis": "Bitte bis Monatsende lesen.",
                "portal": "https://tagwerk.beckum.de/portal/documents",
            },
        )
    },
    N_("Lesestand für das Büro; ungelesen eine Aufgabe im Portal"),
)
FILE_LABEL = "Datei (PDF, JPEG oder PNG)"


def publish(
    session: Session,
    data_dir: Path,
    data: Mapping,
    file: uploads.Incoming | None,
    *,
    actor: str,
    hooks,
) -> PortalDocument:
    """A document for all childminders with a portal account, or for one (`person_id`)."""
    form = Form(data)
    title = form.text("title", "Titel", required=True)
    note = form.text("note", "Hinweis", max_length=1000)
    person_id = form.integer("person_id", "Für")
    if person_id is not None and person_id not in recipients(session):
        form.error("person_id", gettext_("Für: Diese Person hat keinen Zugang zum Portal."))
    kind = uploads.check_in_form(session, form, file, gettext_(FILE_LABEL), hooks)
    form.done()
    upload = uploads.keep(
        session, data_dir, person_id=None, purpose=PURPOSE, file=file, kind=kind, actor=actor
    )
    document = PortalDocument(
        title=title, note=note, upload_id=upload.id, person_id=person_id, created_by=actor
    )
    session.add(document)
    session.flush()
    _announce(session, document, actor)
    return document


def _announce(session: Session, document: PortalDocument, actor: str) -> None:
    """Each reader hears of it on her own way; the subject is German like the words."""
    ids = [document.person_id] if document.person_id is not None else list(recipients(session))
    base = setting(session, "core.site_url")
    facts = {
        "titel": document.title,
        "hinweis": document.note,
        "portal": f"{base}/portal/documents" if base else "",
    }
    readers = session.scalars(select(Person).where(Person.id.in_(ids)).order_by(Person.id))
    told = [
        events.of_person(Audience.CHILDMINDER, person, f"Neu im Portal: {document.title}", facts)
        for person in readers
    ]
    events.announce(
        session, PUBLISHED, told, ref=f"core.portal_document:{document.id}", actor=actor
    )


def recipients(session: Session) -> dict[int, str]:
    """The childminders with an active portal account: who a document can reach."""
    rows = session.execute(
        select(Person.id, Person.first_name, Person.last_name)
        .join(PortalAccount, PortalAccount.person_id == Person.id)
        .join(User, User.id == PortalAccount.user_id)
        .where(User.active.is_(True))
        .order_by(Person.last_name, Person.first_name)
    )
    return {pid: f"{first} {last}" for pid, first, last in rows}


@dataclass(frozen=True)
class Listed:
    document: PortalDocument
    read: int  # how many of its readers have opened it
    readers: int


def all_documents(session: Session) -> list[Listed]:
    """Every document, newest first, with how many of its readers opened it."""
    everyone = len(recipients(session))
    reads = dict(
        session.execute(
            select(DocumentRead.document_id, func.count()).group_by(DocumentRead.document_id)
        ).all()
    )
    documents = session.scalars(
        select(PortalDocument).order_by(PortalDocument.created_at.desc(), PortalDocument.id.desc())
    )
    return [
        Listed(d, reads.get(d.id, 0), 1 if d.person_id is not None else everyone) for d in documents
    ]


def get_document(session: Session, document_id: int) -> PortalDocument:
    document = session.get(PortalDocument, document_id)
    if document is None:
        raise NotFound(gettext_("Dieses Dokument gibt es nicht."))
    return document


def readers(session: Session, document: PortalDocument) -> list[tuple[str, datetime | None]]:
    """(name, when she opened it or None) of each of its readers."""
    opened = dict(
        session.execute(
            select(DocumentRead.person_id, DocumentRead.read_at).where(
                DocumentRead.document_id == document.id
            )
        ).all()
    )
    everyone = recipients(session)
    ids = [document.person_id] if document.person_id is not None else list(everyone)
    return [(everyone.get(pid, "–"), opened.get(pid)) for pid in ids]


def withdraw(session: Session, data_dir: Path, document: PortalDocument) -> None:
    """The document leaves every portal, with its file and who read it."""
    upload = document.upload
    session.delete(document)
    session.flush()
    uploads.discard(session, data_dir, upload)


def _hers(person: Person):
    return or_(PortalDocument.person_id.is_(None), PortalDocument.person_id == person.id)


def documents_for(session: Session, person: Person) -> list[tuple[PortalDocument, datetime | None]]:
    """Hers and those for all, newest first, with when she opened each."""
    rows = session.execute(
        select(PortalDocument, DocumentRead.read_at)
        .outerjoin(
            DocumentRead,
            (DocumentRead.document_id == PortalDocument.id) & (DocumentRead.person_id == person.id),
        )
        .where(_hers(person))
        .order_by(PortalDocument.created_at.desc(), PortalDocument.id.desc())
    )
    return [(document, read_at) for document, read_at in rows]


def open_for(session: Session, person: Person, document_id: int) -> PortalDocument:
    """Her document; another's is not found."""
    document = session.scalars(
        select(PortalDocument).where(PortalDocument.id == document_id, _hers(person))
    ).first()
    if document is None:
        raise NotFound(gettext_("Dieses Dokument gibt es nicht."))
    return document


def mark_read(session: Session, document_id: int, person_id: int) -> None:
    """She has opened it. Its own transaction: the download is a GET, which changes
    nothing else; two downloads at once, the first one counts."""
    if session.get(DocumentRead, (document_id, person_id)) is not None:
        return
    try:
        with savepoint(session):
            session.add(DocumentRead(document_id=document_id, person_id=person_id))
            session.flush()
    except IntegrityError:
        pass


def tasks(session: Session, person: Person) -> list[PortalTask]:
    return [
        PortalTask(
            gettext_("Neues Dokument: {title}").format(title=document.title),
            f"/portal/documents/{document.id}",
        )
        for document, read_at in documents_for(session, person)
        if read_at is None
    ]
