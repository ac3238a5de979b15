"""Every document both ways: by e-mail to those who chose it and agreed, as one PDF to
print for the rest, and a list of those who can be reached neither way – shown before
anything is sent. Modules describe their letters; core decides the way and sends.

A module shows `plan(letters)` as the preview, then queues a job whose handler calls
`run(ctx, kind, build)`: the PDFs are rendered with progress, the e-mails queued in the
outbox and the letters to post written to one file (`printout_path`) in one go.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import private_files
from core.errors import NotFound
from core.i18n import current_locale, gettext_
from core.jobs.queue import JobContext, enqueue
from core.letters.letterhead import Letterhead
from core.letters.pdf import environment, merge
from core.messages import outbox
from core.messages.outbox import File, Mail
from core.models import Job, Person
from core.models.persons import Channel
from core.salutation import salutation
from core.settings import setting


def unknown_kind() -> NotFound:
    """For a letters page whose kind in the address ("invitation", …) does not exist."""
    return NotFound(gettext_("Diese Schreiben gibt es nicht."))


def by_email(person: Person) -> bool:
    """Letters go by e-mail only to a person who chose it, agreed and has an address."""
    return (
        person.channel == Channel.EMAIL
        and bool(person.email)
        and person.email_consent_on is not None
    )


def by_post(person: Person) -> bool:
    return bool(person.street and person.postal_code and person.city)


@dataclass(frozen=True, eq=False)
class Letter:
    """One document for its readers (a child's guardians, a childminder, a voter).
    `render` makes the PDF; `paragraphs` are the mail's own words around it."""

    about: str  # who or what, for staff: "Mia Brockmann"
    readers: tuple[Person, ...]
    subject: str
    filename: str
    render: Callable[[], bytes]
    paragraphs: tuple[str, ...]
    # beside the PDF, e.g. the calendar file; made only when the letter is sent
    extra: Callable[[], tuple[File, ...]] = tuple


@dataclass
class Batch:
    """The plan: per letter, the readers it is mailed to and those it is posted to."""

    mailed: list[tuple[Letter, list[Person]]] = field(default_factory=list)
    posted: list[tuple[Letter, list[Person]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def emails(self) -> int:
        return sum(len(readers) for _, readers in self.mailed)

    @property
    def letters(self) -> list[Letter]:
        """Each letter once, whichever way it goes."""
        seen = {}
        for letter, _ in (*self.mailed, *self.posted):
            seen.setdefault(id(letter), letter)
        return list(seen.values())


def plan(letters: Sequence[Letter]) -> Batch:
    batch = Batch()
    for letter in letters:
        if not letter.readers:
            batch.problems.append(
                gettext_("{about}: niemand eingetragen, an den der Brief gehen kann.").format(
                    about=letter.about
                )
            )
            continue
        mail = [p for p in letter.readers if by_email(p)]
        post = [p for p in letter.readers if not by_email(p) and by_post(p)]
        for person in letter.readers:
            if person not in mail and person not in post:
                batch.problems.append(
                    gettext_(
                        "{name} ({about}): keine Anschrift und keine Zustimmung zu E-Mails."
                    ).format(name=person.name, about=letter.about)
                )
        if mail:
            batch.mailed.append((letter, mail))
        if post:
            batch.posted.append((letter, post))
    return batch


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    extra: tuple[File, ...]


def render(batch: Batch, progress: Callable[[int], None] = lambda n: None) -> dict[int, Rendered]:
    """Every letter's PDF and beside-files once (a letter mailed to one parent and posted
    to the other is drawn once), keyed by id(letter)."""
    done = {}
    for letter in batch.letters:
        done[id(letter)] = Rendered(letter.render(), letter.extra())
        progress(1)
    return done


def send(
    session: Session,
    kind: str,
    batch: Batch,
    pdfs: dict[int, Rendered],
    *,
    ref: str | None,
    actor: str,
) -> int:
    """Queue one e-mail per reader who takes e-mail, with the letter as PDF; how many."""
    lh = Letterhead.of(session)
    mails = []
    for letter, readers in batch.mailed:
        done = pdfs[id(letter)]
        pdf = File(letter.filename, "application/pdf", done.pdf)
        for person in readers:
            text, html = mail_body(lh, [person], letter.paragraphs)
            mails.append(
                Mail(
                    person.email,
                    person.name,
                    letter.subject,
                    text,
                    html,
                    (pdf, *done.extra),
                    person_id=person.id,
                )
            )
    outbox.queue(session, kind, mails, ref=ref, actor=actor)
    return len(mails)


def printout(batch: Batch, pdfs: dict[int, Rendered]) -> bytes | None:
    """The letters that go by post, one after another in one PDF to print."""
    if not batch.posted:
        return None
    return merge(pdfs[id(letter)].pdf for letter, _ in batch.posted)


def mail_body(lh: Letterhead, readers: Sequence[Person], paragraphs: Sequence[str]):
    """The e-mail's text and HTML: greeting, the module's paragraphs, the closing and the
    agency's signature block. German, like the letters, whoever queued them."""
    context = {"greeting": salutation(readers), "paragraphs": paragraphs, "lh": lh}
    token = current_locale.set("de")
    try:
        text = environment().get_template("core/mail/letter.txt").render(**context)
        html = environment().get_template("core/mail/letter.html").render(**context)
    finally:
        current_locale.reset(token)
    return text, html


# --- the job that sends a batch ------------------------------------------------------------


def queue(
    session: Session, job: str, ref: str, *, title: str, back: str, actor: str, **payload
) -> Job:
    """Queue a module's letters job: the job page (/letters/<id>) shows `title` and links
    `back`; while one for `ref` runs, that one is returned (a double click sends once)."""
    return enqueue(
        session,
        job,
        {"letters": True, "ref": ref, "title": title, "back": back, **payload},
        ref=ref,
        actor=actor,
    )


def printout_path(data_dir: Path, job_id: int) -> Path:
    return Path(data_dir) / "letters" / f"briefe-{job_id}.pdf"


def sweep_printouts(session: Session, data_dir: Path) -> int:
    """Delete the files to print whose job is gone (cleared after weeks): letters with
    names and addresses are not kept longer than their job; letters with codes in plain
    not longer than `core.code_printout_hours` (and not past their download). How many."""
    folder = Path(data_dir) / "letters"
    found = ((f.stem.removeprefix("briefe-"), f) for f in folder.glob("briefe-*.pdf"))
    files = {int(stem): f for stem, f in found if stem.isdigit()}
    if not files:
        return 0
    jobs = dict(session.execute(select(Job.id, Job.payload).where(Job.id.in_(files))).all())
    hours = float(setting(session, "core.code_printout_hours"))
    oldest = time.time() - hours * 3600
    gone = [
        job_id
        for job_id, path in files.items()
        if job_id not in jobs
        or ((jobs[job_id] or {}).get("codes") and path.stat().st_mtime < oldest)
    ]
    for job_id in gone:
        files[job_id].unlink(missing_ok=True)
    return len(gone)


def run(ctx: JobContext, kind: str, build: Callable[[Session], list[Letter]]) -> str:
    """The body of a module's letters job. Rendering reads only, with progress per letter;
    the e-mails and the job's end are written together in one short transaction, so the
    write lock is never held while PDFs are drawn and a crash sends nothing twice."""
    inst = ctx.installation
    with inst.db.read() as session:
        batch = plan(build(session))
        ctx.progress(0, total=len(batch.letters))
        pdfs = render(batch, ctx.advance)
    printed = printout(batch, pdfs)
    if printed is not None:
        data_dir = inst.settings.data_dir
        private_files.write(printout_path(data_dir, ctx.job_id), printed, data_dir)
    ctx.result = {
        "emails": batch.emails,
        "posted": len(batch.posted),
        "problems": batch.problems,
        "printout": printed is not None,
    }
    note = gettext_("E-Mails eingereiht: {emails}; Briefe zum Drucken: {posted}.").format(
        emails=batch.emails, posted=len(batch.posted)
    )
    with inst.db.transaction(ctx.actor) as session:  # persons stay readable, detached
        send(session, kind, batch, pdfs, ref=ctx.payload.get("ref"), actor=ctx.actor)
        ctx.complete(session, note)
    return note
