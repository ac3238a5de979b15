"""The rules around an election that the office can get wrong: last season's dates, a
candidate added after the codes went out, a count without a single vote, and a council
whose term ended without the dashboard saying so."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.errors import ValidationError
from plugins.parent_council import council, elections
from plugins.parent_council.models import Council
from tests.db.council_helpers import count, election

TODAY = date.today()


def test_an_election_is_not_saved_with_a_voting_period_that_is_over(installation, families):
    last_year = {
        "candidacy_until": (TODAY - timedelta(days=40)).isoformat(),
        "voting_from": (TODAY - timedelta(days=30)).isoformat(),
        "voting_until": (TODAY - timedelta(days=1)).isoformat(),
    }
    with installation.db.transaction("test") as s, pytest.raises(ValidationError) as refused:
        election(s, **last_year)
    assert "Wahl bis: der" in refused.value.errors["voting_until"]
    assert "ist vorbei" in refused.value.errors["voting_until"]


def test_no_candidate_joins_once_the_codes_are_out(installation, families):
    with installation.db.transaction("test") as s:
        e = election(s)
        elections.add_candidate(s, e, {"person_id": families["Sara"].id})
        elections.issue_codes(s, e)
        with pytest.raises(ValidationError) as refused:
            elections.add_candidate(s, e, {"person_id": families["Aylin"].id})
    assert "Die Codes sind verschickt" in refused.value.errors["person_id"]


def test_the_dashboard_says_when_the_councils_term_has_ended(installation, families, staff):
    """Its term ended on 10.10.; the widget only looked at next year's election."""
    assert "Amtszeit des Elternbeirats endete" not in staff.get("/").text
    ended = TODAY - timedelta(days=58)
    with installation.db.transaction("test") as s:
        s.add(Council(name="Elternbeirat 2025/26", starts_on=date(2025, 10, 11), ends_on=ended))
    with installation.db.read() as s:
        assert council.latest(s).name == "Elternbeirat 2025/26"
    page = staff.get("/").text
    assert f"Die Amtszeit des Elternbeirats endete am {ended:%d.%m.%Y}" in page


def test_a_count_without_a_vote_says_so_not_that_a_zero_quorum_was_missed(
    installation, families, staff
):
    with installation.db.transaction("test") as s:
        e = election(s, quorum_percent="0")
        elections.add_candidate(s, e, {"person_id": families["Sara"].id})
        elections.issue_codes(s, e)
        count(s, e)
        election_id = e.id
    page = staff.get(f"/parent_council/elections/{election_id}").text
    assert "Keine Stimme abgegeben: niemand ist gewählt." in page
    assert "Quorum 0 % nicht erreicht" not in page
