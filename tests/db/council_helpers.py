"""Builders for the Elternbeirat tests (the families themselves: the `families` fixture)."""

from __future__ import annotations

from datetime import date, timedelta

from plugins.parent_council import elections, sealing, tally
from plugins.parent_council.models import Election

TODAY = date.today()
KEY = "ABCDE-FGHJK-MNPQR-STUVW-XYZ23"  # the election committee's key of the test elections


def election(session, **fields) -> Election:
    data = {
        "title": "Wahl 2026",
        "cutoff_on": TODAY.isoformat(),
        "candidacy_until": TODAY.isoformat(),
        "voting_from": TODAY.isoformat(),
        "voting_until": (TODAY + timedelta(days=7)).isoformat(),
        "basis": "child",
        "seats": "1",
        "deputies": "1",
        "quorum_percent": "0",
        "term_months": "12",
    }
    data.update(fields)
    made = elections.save_election(session, data)
    made.seal_key = sealing.public_of(KEY)  # as if made on its page and noted by the committee
    return made


def count(session, election: Election, **fields) -> dict:
    """Counted the day after voting ended, with the committee's key."""
    return tally.close(
        session, election, key=KEY, today=election.voting_until + timedelta(days=1), **fields
    )
