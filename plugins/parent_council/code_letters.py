"""Election and survey codes, each by one way only: by e-mail to an addressee who chose
it and agreed (and only when a mail server is set up, since a code kept in Tagwerk's own
mail view reaches nobody), as a letter to print for everyone else. The plain codes exist
only in this step: the e-mails are queued with the codes in the same transaction, marked
confidential (staff never see them, delivered ones are emptied), and the letters are
returned as one PDF."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import letters, outbox
from core.i18n import gettext_
from core.letterhead import Letterhead
from core.models import Person
from core.outbox import Mail
from plugins.parent_council import documents

KIND = {"election": "parent_council.election_code", "survey": "parent_council.survey_code"}


@dataclass
class Ways:
    """Per code one way: the persons `mailed` and those `posted` (a parent with two
    children voting per child is there twice); `problems` names those who get a letter
    though no address is known (to hand over in person)."""

    mailed: list[Person] = field(default_factory=list)
    posted: list[Person] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def ways(session: Session, addressee_ids, *, mail_server: bool) -> Ways:
    found = Ways()
    people = {
        p.id: p for p in session.scalars(select(Person).where(Person.id.in_(set(addressee_ids))))
    }
    for pid in addressee_ids:
        person = people[pid]
        if mail_server and letters.by_email(person):
            found.mailed.append(person)
            continue
        found.posted.append(person)
        if not letters.by_post(person):
            found.problems.append(
                gettext_("{name}: keine Anschrift – den Brief bitte persönlich übergeben.").format(
                    name=person.name
                )
            )
    return found


def send(
    session: Session, kind: str, subject, issued, url: str, *, mail_server: bool, actor: str
) -> tuple[int, bytes | None]:
    """Queue the e-mails and draw the letters for freshly issued codes: (e-mails, PDF)."""
    found = ways(session, [record.addressee_id for record, _ in issued], mail_server=mail_server)
    by_mail = {p.id: p for p in found.mailed}
    lh = Letterhead.of(session)
    mails, posted = [], []
    for record, code in issued:
        person = by_mail.get(record.addressee_id)
        if person is None:
            posted.append((record, code))
            continue
        label = getattr(record, "label", "")
        words = (*documents.paragraphs(kind, subject, label, url), code, documents.AFTER_CODE)
        text, html = letters.mail_body(lh, [person], words)
        mails.append(
            Mail(
                person.email,
                person.name,
                documents.title(kind, subject),
                text,
                html,
                person_id=person.id,
                confidential=True,
            )
        )
    ref = f"{KIND[kind]}:{subject.id}"
    outbox.withdraw(session, ref)  # e-mails with the earlier codes that did not go yet
    outbox.queue(session, KIND[kind], mails, ref=ref, actor=actor)
    if not posted:
        return len(mails), None
    return len(mails), documents.code_letters(session, kind, subject, posted, lh, url)
