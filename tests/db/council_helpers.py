"""Builders for the Elternbeirat tests (the families themselves: the `families` fixture)."""

from __future__ import annotations

from datetime import date, timedelta

from plugins.parent_council import elections
from plugins.parent_council.models import Election

TODAY = date.today()


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
    return elections.save_election(session, data)
