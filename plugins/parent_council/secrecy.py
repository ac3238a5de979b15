"""Secret ballots and anonymous answers: what a vote writes, and why nothing leads back.

The threat is anyone who can read the database, a backup of it or the files beside it: an
administrator, a support engineer, a stolen dump. They see every column, on PostgreSQL
also the system columns (`xmin`, the transaction that wrote a row; `ctid`, its place), the
physical order of rows, every dead row version still on disk (readable with pageinspect
until VACUUM reuses the space) and the WAL. The electorate (`pc_voter`, `pc_invitation`)
names people, and the letters' print file held every code. So:

1. **Voting never writes to a voter or invitation row.** If it did, the row would carry the
   vote's transaction id, and so would the ballot: one join on `xmin` and the secret is
   gone. Those rows are written once, when the codes are issued, all in one transaction.
2. **A spent code is a mark only the plain code leads to.** `pc_spent_code.mark` is a hash
   of the code under another label than the stored `code_hash`. It is the double-vote
   guard (its primary key refuses a second use). Whoever holds the codes – a voter her
   own, the office the print file until it is downloaded – can find a code's mark, and
   through the mark's `xmin` the transaction that cast its ballot. That is why:
3. **A ballot is stored sealed** (`pc_sealed_ballot`, `plugins.parent_council.sealing`):
   encrypted with the public key of the election committee, padded to one size, under a
   random id. Its row shares the mark's transaction, its place on disk tells when it came –
   and its content is unreadable: the private key is never stored. The committee's key is
   shown once when it is made; at the count the committee types it, every sealed ballot is
   opened in memory, and the opened ballots are written **once**, sorted by content, into
   the urn (`pc_urn`), while the sealed rows are deleted. No row version before the count
   holds a readable ballot, so dead versions, the WAL and backups show at most sealed
   ballots in time order; the one readable version has no order of arrival and carries
   the count's transaction, which is no vote's. (Before this design every vote rewrote the
   urn, and diffing its dead versions gave each ballot with its transaction.)
4. **Mark and ballot are written in one transaction.** A crash leaves both or neither.
   Votes share a lock on the election's row; the count takes it alone, so no vote slips in
   between opening the ballots and freezing the result.
5. **Nothing is logged.** These tables are not audited, and no timestamp is stored.
6. **Codes on paper leave the disk.** The print file of code letters is deleted when it is
   downloaded, after `parent_council.printout_hours`, and at the latest at the count.

What it does not protect against: the committee's key together with the database. Whoever
holds both can open the sealed ballots in an old backup and pair each with its mark, and
with the codes, with its voter. The key passes through the server's memory at the count, so
an administrator who controls the running server then can also see it. The committee keeps
the key apart from the office's systems (on paper), and types it only to count.
The web server's access log knows when an address sent a ballot, not what it contained.

Survey answers (`pc_response`) follow points 1, 2, 4 and 5. They are separate rows, so
their order says when answers arrived, but nothing stored says whose answer a row is.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import writer
from core.errors import CodeUsed, ValidationError
from core.i18n import gettext_
from plugins.parent_council import codes, sealing
from plugins.parent_council.models import Election, SealedBallot, SpentCode, Urn


def is_spent(session: Session, code: str) -> bool:
    return session.get(SpentCode, codes.spent_mark(code)) is not None


def spend(
    session: Session,
    code: str,
    used_message: str,
    *,
    channel: str,
    election_id: int | None = None,
    survey_id: int | None = None,
) -> None:
    """Mark a code as used; the primary key refuses a second use even at the same moment."""
    if is_spent(session, code):
        raise CodeUsed(used_message)
    session.add(
        SpentCode(
            mark=codes.spent_mark(code),
            election_id=election_id,
            survey_id=survey_id,
            channel=channel,
        )
    )
    try:
        session.flush()
    except IntegrityError as exc:  # a parallel request spent it first; this one rolls back
        raise CodeUsed(used_message) from exc


def spent_count(session: Session, *, election_id: int | None = None, survey_id: int | None = None):
    owner = (
        SpentCode.election_id == election_id
        if election_id is not None
        else SpentCode.survey_id == survey_id
    )
    return session.scalar(select(func.count()).where(owner)) or 0


def channels(session: Session, election_id: int) -> dict[str, int]:
    return dict(
        session.execute(
            select(SpentCode.channel, func.count())
            .where(SpentCode.election_id == election_id)
            .group_by(SpentCode.channel)
        ).all()
    )


def empty_urn(session: Session, election_id: int) -> None:
    urn = session.get(Urn, election_id)
    if urn is None:
        session.add(Urn(election_id=election_id, ballots=[]))
    else:
        urn.ballots = []
    session.flush()


def hold(session: Session, election_id: int, *, alone: bool) -> None:
    """Votes share the election's row lock; the count holds it alone. On SQLite the
    transaction becomes the one writer first, which orders votes and count the same way."""
    writer(session)
    session.execute(
        select(Election.id).where(Election.id == election_id).with_for_update(read=not alone)
    )


def drop_in(session: Session, election: Election, choices: Iterable[int]) -> None:
    """The ballot, sealed for the committee, under an id no one can order."""
    sealed = sealing.seal(election.seal_key, choices, election.votes_per_ballot)
    session.add(SealedBallot(id=secrets.token_hex(16), election_id=election.id, sealed=sealed))


def sealed_count(session: Session, election_id: int) -> int:
    return session.scalar(select(func.count()).where(SealedBallot.election_id == election_id)) or 0


def open_urn(session: Session, election: Election, key: str, spent: int) -> list[list[int]]:
    """At the count, under `hold(alone=True)`: every sealed ballot opened with the
    committee's key and written once into the urn, sorted; the sealed copies go. Nothing
    is written unless there is one ballot for each of the `spent` codes."""
    sealed = list(
        session.scalars(select(SealedBallot.sealed).where(SealedBallot.election_id == election.id))
    )
    urn = session.get(Urn, election.id)
    if len(urn.ballots) + len(sealed) != spent:
        raise ValidationError(
            gettext_("Urne und verbrauchte Codes passen nicht zusammen; bitte den Support rufen.")
        )
    ballots = sorted([*urn.ballots, *sealing.unseal_all(key, election.seal_key or "", sealed)])
    urn.ballots = ballots
    session.execute(delete(SealedBallot).where(SealedBallot.election_id == election.id))
    session.flush()
    return ballots


def ballots(session: Session, election_id: int) -> list[list[int]]:
    urn = session.get(Urn, election_id)
    return list(urn.ballots) if urn else []
