"""Secret ballots and anonymous answers: what a vote writes, and why nothing leads back.

The threat is anyone who can read the database or a backup of it: an administrator, a
support engineer, a stolen dump. They see every column, and on PostgreSQL also the system
columns (`xmin`, the transaction that wrote a row; `ctid`, its place in the table) and the
physical order of rows. The electorate (`pc_voter`, `pc_invitation`) names people. So:

1. **Voting never writes to a voter or invitation row.** If it did, the row would carry the
   vote's transaction id, and so would the ballot: one join on `xmin` and the secret is
   gone. Those rows are written once, when the codes are issued, all in one transaction.
2. **A spent code is a mark only the plain code leads to.** `pc_spent_code.mark` is a hash
   of the code under another label than the stored `code_hash`; from the hash there is no
   way back to the code, so no mark can be paired with a voter. The mark is the
   double-vote guard (its primary key refuses a second use) and the proof that a ballot
   was cast. Which voters voted is not recorded anywhere – only how many did.
3. **The ballots of an election lie in one row, sorted by content** (`pc_urn`). A ballot
   has no id, no time and no place of its own: the urn is rewritten with every vote, so
   all ballots share the latest vote's transaction id, and their order is the order of
   their contents, not of their arrival. A backup shows the same sorted list.
4. **Mark and ballot are written in one transaction.** A crash leaves both or neither:
   a spent code never loses its ballot, and no ballot exists without a spent code.
   Votes of one election take turns on the urn's row lock, so none is lost.
5. **Nothing is logged.** These tables are not audited, and no timestamp is stored.

What remains outside the database: the web server's access log knows when an address
sent a ballot, not what it contained. Whoever holds a letter's code can tell whether it
was used (its mark exists); the code itself is printed once and never stored.

Survey answers (`pc_response`) follow points 1, 2, 4 and 5. They are separate rows, so
their order says when answers arrived, but nothing stored says whose answer a row is.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.errors import CodeUsed
from plugins.parent_council import codes
from plugins.parent_council.models import SpentCode, Urn


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


def locked_urn(session: Session, election_id: int) -> Urn:
    """The urn under a write lock, read after the lock: this UPDATE takes the row lock on
    PostgreSQL and the database's write lock on SQLite before anything is read."""
    session.execute(
        update(Urn)
        .where(Urn.election_id == election_id)
        .values(ballots=Urn.ballots)
        .execution_options(synchronize_session=False)
    )
    return session.get(Urn, election_id, populate_existing=True)


def put(urn: Urn, choices: Iterable[int]) -> None:
    """Add a ballot where its content sorts, so the list never shows the order of arrival."""
    urn.ballots = sorted([*urn.ballots, sorted(choices)])


def ballots(session: Session, election_id: int) -> list[list[int]]:
    urn = session.get(Urn, election_id)
    return list(urn.ballots) if urn else []
