"""The count (Auszählung): the election committee's key opens the sealed ballots, they are
counted, ties at the border drawn by lot, and the result frozen; the candidates hear it.
Before the voting period has ended only with a reason, which the protocol prints."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from core.db import utcnow
from core.errors import ValidationError
from core.format import format_date
from core.i18n import gettext_
from plugins.parent_council import counting, notices, secrecy
from plugins.parent_council.elections import still_running, turnout, unchanged_if_closed
from plugins.parent_council.models import CLOSED, OPEN, Election


def close(
    session: Session,
    election: Election,
    now: datetime | None = None,
    *,
    key: str,
    today: date | None = None,
    reason: str = "",
) -> dict:
    """Open the sealed ballots with the committee's `key`, count, check the quorum, break
    ties by lot, and freeze the result. A wrong key changes nothing."""
    secrecy.hold(session, election.id, alone=True)  # no vote slips in while counting
    session.refresh(election)
    unchanged_if_closed(election)
    if election.status != OPEN:
        raise ValidationError(gettext_("Erst Codes verschicken und wählen lassen, dann auszählen."))
    if not key.strip():
        raise ValidationError({"key": gettext_("Wahlschlüssel: Bitte eingeben.")})
    reason = reason.strip()
    early = still_running(election, today or date.today())
    if early:
        if not reason:
            raise ValidationError(
                {
                    "reason": gettext_(
                        "Begründung: Die Wahl läuft bis {voting_until}; vorher wird nur mit "
                        "Begründung ausgezählt."
                    ).format(voting_until=format_date(election.voting_until))
                }
            )
        if len(reason) > 1000:
            raise ValidationError({"reason": gettext_("Begründung: höchstens 1000 Zeichen.")})
    cast_count, eligible = turnout(session, election)
    # raises, writing nothing, on a wrong key or when ballots and spent codes differ
    ballots = secrecy.open_urn(session, election, key, cast_count)
    if early:
        election.early_close_reason = reason
    candidates = [(c.id, c.name) for c in election.candidates]
    result = counting.count(
        ballots,
        candidates,
        eligible,
        election.quorum_percent,
        election.seats,
        election.deputies,
    )
    result = {
        **result,
        "channels": secrecy.channels(session, election.id),
    }
    election.result = result
    election.status = CLOSED
    election.closed_at = now or utcnow()
    session.flush()
    notices.election_counted(session, election)
    return result
