"""Events: a change that reaches people outside the screen where it happens – an illness
taken back, an offer answered, a certificate accepted. Each module declares its events
(hook `events`): for every audience an event tells, the kind of text in the agency's own
words (core.letters.texts, editable under *Einstellungen → Texte der Briefe und E-Mails*)
and what follows from it. The one table of who hears of what is this declaration;
docs/architecture.md shows it and a test walks it.

`announce` words each reader's notice and sends it, in the caller's transaction, on that
reader's own way:

- a person by e-mail where she chose it and agreed, else as a letter to print (the
  Postausgang keeps it as "zu drucken"), else by e-mail where an address is known at all;
- a family's contact, not yet a person in Tagwerk, by the e-mail address it gave;
- the office at its address for such news (`core.portal_notify`), with a link to the
  record where the installation's address is set.

An audience the event does not declare is refused: nobody hears of an event by accident.

Technical mail – a link to set a password, a request's status code – stays plain outbox
mail: there is nothing an agency would want to word."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.orm import Session

from core.i18n import N_
from core.letters import post, texts
from core.letters.delivery import by_email, by_post, mail_body
from core.letters.letterhead import Letterhead
from core.letters.texts import TextKind
from core.messages import outbox
from core.models import Person
from core.salutation import Addressee
from core.settings import setting


class Audience(StrEnum):
    GUARDIANS = "guardians"  # the parents of a child in care
    FAMILY = "family"  # a family asking for a place, not yet persons in Tagwerk
    CHILDMINDER = "childminder"
    HUB = "hub"  # who gives substitute care: a hub's staff, a group's childminders
    OFFICE = "office"  # the agency's address for news (core.portal_notify)
    CANDIDATES = "candidates"  # parents standing in an election of parent representatives


AUDIENCE_LABELS = {
    Audience.GUARDIANS: N_("Eltern"),
    Audience.FAMILY: N_("Familie (Anfrage)"),
    Audience.CHILDMINDER: N_("Tagespflegeperson"),
    Audience.HUB: N_("Vertretung (Stützpunkt oder Gruppe)"),
    Audience.OFFICE: N_("Büro"),
    Audience.CANDIDATES: N_("Kandidierende"),
}


@dataclass(frozen=True)
class Event:
    key: str  # prefixed with the module's name: "substitute_hub.care_cancelled"
    title: str  # a German source string, as staff name the change
    tells: Mapping[Audience, TextKind]  # who hears of it, in which words
    follows: str = ""  # what it means for money or review (German), for the docs' table


@dataclass(frozen=True)
class Reader:
    """Someone greeted by name who is not a person in Tagwerk (a family's contact)."""

    first_name: str
    last_name: str = ""
    form_of_address: str = ""  # none known: "Guten Tag Anna Meier", no gender assumed


@dataclass(frozen=True)
class Told:
    """One reader of an event with the facts for her text. `reader` is a Person (her own
    way), a Reader with `email`, or None for the office."""

    audience: Audience
    reader: Person | Reader | None
    subject: str  # German, like the words
    values: dict[str, object] = field(default_factory=dict)  # the text's placeholders
    files: tuple[outbox.File, ...] = ()  # e-mail only, e.g. an updated calendar file
    email: str = ""  # a Reader's address
    path: str = ""  # the office: the page of the record it is about
    person_id: int | None = None  # the office's notice shows in this person's record


@dataclass
class Announced:
    mailed: list[int] = field(default_factory=list)  # outbox ids
    posted: list[int] = field(default_factory=list)  # letters to print
    unreached: list[str] = field(default_factory=list)  # names without any way


def office(subject: str, values: dict, *, path: str, person_id: int | None = None) -> Told:
    return Told(Audience.OFFICE, None, subject, values, path=path, person_id=person_id)


def of_person(audience: Audience, person: Person, subject: str, values: dict, **kw) -> Told:
    return Told(audience, person, subject, values, **kw)


def announce(
    session: Session, event: Event, told: Sequence[Told], *, ref: str, actor: str = "system"
) -> Announced:
    """Word and send every reader's notice; what went which way."""
    undeclared = {t.audience for t in told} - set(event.tells)
    if undeclared:  # a programming error, never a user's: the table is the contract
        raise ValueError(f"{event.key} does not tell {sorted(undeclared)}")
    lh = Letterhead.of(session)
    done, mails, letters = Announced(), [], []
    for one in told:
        words = texts.paragraphs(session, event.tells[one.audience].kind, one.values)
        if one.reader is None:
            mails.extend(_to_office(session, lh, one, words))
        elif isinstance(one.reader, Reader):
            if one.email:
                mails.append(_mail(lh, one, words, one.email, _reader_name(one.reader)))
            else:
                done.unreached.append(_reader_name(one.reader))
        else:
            person = one.reader
            if by_email(person) or (person.email and not by_post(person)):
                mails.append(_mail(lh, one, words, person.email, person.name, person.id))
            elif by_post(person):
                letters.append(_letter(lh, one, words, person))
            else:
                done.unreached.append(person.name)
    done.mailed = outbox.queue(session, event.key, mails, ref=ref, actor=actor)
    done.posted = post.queue(session, event.key, letters, ref=ref, actor=actor)
    return done


def _mail(lh, one: Told, words, address: str, name: str, person_id=None) -> outbox.Mail:
    readers: list[Addressee] = [one.reader] if one.reader is not None else []
    text, html = mail_body(lh, readers, words)
    return outbox.Mail(address, name, one.subject, text, html, one.files, person_id=person_id)


def _letter(lh, one: Told, words, person: Person) -> post.Post:
    return post.Post(
        person.name,
        (person.street, f"{person.postal_code} {person.city}"),
        one.subject,
        mail_body(lh, [person], words)[0],
        person_id=person.id,
    )


def _to_office(session: Session, lh, one: Told, words) -> list[outbox.Mail]:
    """None where the installation has named no address for the office's news."""
    address = setting(session, "core.portal_notify")
    if not address:
        return []
    base = setting(session, "core.site_url")
    if base and one.path:
        words = (*words, f"{base}{one.path}")
    text, html = mail_body(lh, [], words)
    name = setting(session, "core.agency_name")
    return [outbox.Mail(address, name, one.subject, text, html, person_id=one.person_id)]


def _reader_name(reader: Reader) -> str:
    return f"{reader.first_name} {reader.last_name}".strip()
