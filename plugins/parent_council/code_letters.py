"""Election and survey codes, each by one way only: by e-mail to an addressee who chose
it and agreed (and only when a mail server is set up, since a code kept in Tagwerk's own
mail view reaches nobody), as a letter to print for everyone else.

Sent as a letters job. The plain codes exist only inside it: they are made in memory,
the letters drawn from them with progress (reading only), then in one transaction their
hashes are stored and the e-mails queued, marked confidential (staff never see them,
delivered ones are emptied), while the letters become the job's file to print."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import private_files
from core.i18n import N_, gettext_
from core.jobs.queue import JobContext, JobKind
from core.letters import delivery
from core.letters.letterhead import Letterhead
from core.letters.pdf import merge
from core.messages import outbox
from core.messages.outbox import Mail
from core.models import Job, Person
from plugins.parent_council import documents, elections, surveys

JOB = "parent_council.codes"
KIND = {"election": "parent_council.election_code", "survey": "parent_council.survey_code"}
CHUNK = 50  # letters drawn per PDF run: progress moves, memory stays flat


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
        if mail_server and delivery.by_email(person):
            found.mailed.append(person)
            continue
        found.posted.append(person)
        if not delivery.by_post(person):
            found.problems.append(
                gettext_("{name}: keine Anschrift – den Brief bitte persönlich übergeben.").format(
                    name=person.name
                )
            )
    return found


@dataclass(frozen=True)
class Subject:
    """How codes are made and kept for an election or a survey."""

    title: str
    back: str
    get: Callable[[Session, int], object]
    fresh: Callable[[Session, object], list]
    store: Callable[[Session, object, list], None]


SUBJECTS = {
    "election": Subject(
        N_("Wahlbriefe"),
        "/parent_council/elections/{id}",
        elections.get_election,
        elections.fresh_codes,
        elections.store_codes,
    ),
    "survey": Subject(
        N_("Einladungen zur Befragung"),
        "/parent_council/surveys/{id}",
        surveys.get_survey,
        lambda session, survey: surveys.fresh_codes(session, survey, date.today()),
        surveys.store_codes,
    ),
}


def queue(session: Session, kind: str, subject, *, url: str, actor: str) -> Job:
    """Start sending fresh codes; what would refuse them (a vote already cast) is said
    now, not only in the job. `url` is the public page the codes are used on."""
    SUBJECTS[kind].fresh(session, subject)  # the checks; these codes are thrown away
    return delivery.queue(
        session,
        JOB,
        f"{KIND[kind]}:{subject.id}",
        title=f"{gettext_(SUBJECTS[kind].title)}: {subject.title}",
        back=SUBJECTS[kind].back.format(id=subject.id),
        actor=actor,
        kind=kind,
        subject_id=subject.id,
        url=url,
        codes=True,  # its printout holds the codes in plain: deleted once downloaded
    )


def forget_printouts(session: Session, data_dir, subject) -> int:
    """At the count: no file with an election's codes outlives it. How many went."""
    ref = f"{KIND['election']}:{subject.id}"
    jobs = session.scalars(select(Job.id).where(Job.kind == JOB, Job.ref == ref))
    gone = 0
    for job_id in jobs:
        path = delivery.printout_path(data_dir, job_id)
        gone += path.exists()
        path.unlink(missing_ok=True)
    return gone


def send(ctx: JobContext) -> str:
    inst, kind = ctx.installation, ctx.payload["kind"]
    how, url, ref = SUBJECTS[kind], ctx.payload["url"], f"{KIND[kind]}:{ctx.payload['subject_id']}"
    with inst.db.read() as session:
        subject = how.get(session, int(ctx.payload["subject_id"]))
        issued = how.fresh(session, subject)
        ctx.progress(0, total=len(issued))
        mails, posted, found = _mails(session, kind, subject, issued, url, inst.mail is not None)
        ctx.advance(len(mails))
        printed = _letters(session, kind, subject, posted, url, ctx.advance)
    path = delivery.printout_path(inst.settings.data_dir, ctx.job_id)
    draft = path.with_suffix(".part")
    if printed is not None:  # the codes in plain: 0600 in a 0700 folder
        private_files.create(draft, inst.settings.data_dir).write_bytes(printed)
    note = gettext_("Neue Codes: {emails} per E-Mail eingereiht, {posted} Briefe zum Drucken.")
    note = note.format(emails=len(mails), posted=len(posted))
    try:
        with inst.db.transaction(ctx.actor) as session:
            how.store(session, how.get(session, int(ctx.payload["subject_id"])), issued)
            outbox.withdraw(session, ref)  # e-mails with the earlier codes that did not go yet
            outbox.queue(session, KIND[kind], mails, ref=ref, actor=ctx.actor)
            ctx.result = {
                "emails": len(mails),
                "posted": len(posted),
                "problems": found.problems,
                "printout": printed is not None,
            }
            ctx.complete(session, note)
            if printed is not None:
                # before the commit: a crash between the two leaves the job to run again,
                # with new codes, rather than codes stored whose letters are lost
                draft.replace(path)
    except BaseException:
        path.unlink(missing_ok=True)  # letters whose codes were never stored
        raise
    finally:
        draft.unlink(missing_ok=True)
    return note


def _mails(session: Session, kind: str, subject, issued, url: str, mail_server: bool):
    """(the confidential e-mails, the (record, code) pairs to post, the ways found)."""
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
        text, html = delivery.mail_body(lh, [person], words)
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
    return mails, posted, found


def _letters(session: Session, kind: str, subject, posted, url: str, advance) -> bytes | None:
    """The posted codes' letters as one PDF, drawn CHUNK at a time."""
    if not posted:
        return None
    lh = Letterhead.of(session)

    def chunks():
        for start in range(0, len(posted), CHUNK):
            chunk = posted[start : start + CHUNK]
            yield documents.code_letters(session, kind, subject, chunk, lh, url)
            advance(len(chunk))

    return merge(chunks())


JOB_KINDS = [JobKind(JOB, N_("Codes erzeugen und versenden"), send)]
