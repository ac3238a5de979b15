"""Ballot secrecy against someone who reads the whole database: N votes are cast, and every
way of pairing what is stored about voters with what is stored about ballots – equal values
in any column or system column, or the order of any column, system column or of the rows
themselves, and even the true order of voting as an access log would show it – finds no more
right pairs than guessing would."""

from __future__ import annotations

import random
from datetime import date
from itertools import combinations

from sqlalchemy import func, select, text

from core.models import AuditEntry, FailedAttempt
from plugins.parent_council import codes, elections
from plugins.parent_council.models import Election, Urn
from tests.db.council_helpers import count, election

TODAY = date.today()
VOTERS = 30  # the `electorate` fixture
# Right pairs by pure chance follow Poisson(1) for a random pairing; 8 or more happen with
# probability 1e-5. A link of any strength (the old xmin join paired 30 of 30) lies far above.
CHANCE_LIMIT = 8


def system_columns(session, table: str) -> str:
    if session.get_bind().dialect.name == "postgresql":
        return "xmin::text AS sys_xmin, ctid::text AS sys_ctid, "
    schema = session.scalar(text("SELECT sql FROM sqlite_master WHERE name = :t"), {"t": table})
    return "" if "WITHOUT ROWID" in schema.upper() else "rowid AS sys_rowid, "


def rows(session, table: str, system: bool = True) -> list[dict]:
    """Every stored value of a table, system columns included, in physical order."""
    extra = system_columns(session, table) if system else ""
    result = session.execute(text(f"SELECT {extra}* FROM {table}"))  # noqa: S608 (fixed names)
    return [dict(row._mapping) | {"sys_position": n} for n, row in enumerate(result)]


def right_pairs(voters: list[dict], key: str, ballots: list, truth: dict, reverse=False) -> int:
    """Pair the i-th voter by `key` with the i-th stored ballot; count the true pairs."""
    ordered = sorted(voters, key=lambda v: str(v[key]) if key != "voted_at" else v[key])
    if reverse:
        ordered.reverse()
    return sum(truth[v["id"]] == ballot for v, ballot in zip(ordered, ballots, strict=True))


def test_no_stored_value_or_order_links_a_ballot_to_its_voter(installation, electorate):
    with installation.db.transaction("test") as s:
        e = election(s, seats="3", deputies="3")
        candidates = [elections.add_candidate(s, e, {"person_id": g.id}).id for g in electorate[:6]]
        issued = [(voter.addressee_id, code) for voter, code in elections.issue_codes(s, e)]
        election_id = e.id
    rng = random.Random(20261202)
    # each voter gets a different ballot, so a right pair can be told from a wrong one
    contents = [sorted(c) for k in (1, 2, 3) for c in combinations(candidates, k)]
    ballot_of = dict(zip((a for a, _ in issued), rng.sample(contents, VOTERS), strict=True))
    with installation.db.read() as s:
        voters_before = rows(s, "pc_voter")
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
        throttle_before = s.scalar(select(func.count()).select_from(FailedAttempt))
    voting_order = rng.sample(issued, VOTERS)
    for addressee, code in voting_order:  # one transaction per vote, as on the web
        with installation.db.transaction() as s:
            elections.cast(s, code, [str(c) for c in ballot_of[addressee]], TODAY)
    with installation.db.read() as s:  # before the count: sealed, one size, nothing readable
        sealed = rows(s, "pc_sealed_ballot")
        assert len(sealed) == VOTERS and len({len(b["sealed"]) for b in sealed}) == 1
        assert s.scalars(select(Urn.ballots)).one() == []
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
        assert s.scalar(select(func.count()).select_from(FailedAttempt)) == throttle_before
    with installation.db.transaction() as s:
        count(s, s.get(Election, election_id))

    with installation.db.read() as s:
        assert rows(s, "pc_sealed_ballot") == []  # opened at the count and gone
        voters = rows(s, "pc_voter")
        marks = rows(s, "pc_spent_code")
        urns = rows(s, "pc_urn")
        stored = s.scalars(select(Urn.ballots).where(Urn.election_id == election_id)).one()
        columns = set(rows(s, "pc_voter", system=False)[0]) - {"sys_position", "election_id"}
        secret_columns = {
            table: {c for c in rows(s, table, system=False)[0]} - {"sys_position"}
            for table in ("pc_spent_code", "pc_urn")
        }

    # 1. voting wrote nothing about voters: every value, xmin and place are as at issue time
    assert voters == voters_before
    # 2. the ballots are all there, and their order is the order of their contents
    assert sorted(stored) == sorted(ballot_of.values()) and stored == sorted(stored)
    assert len(marks) == VOTERS and len(urns) == 1
    assert secret_columns == {
        "pc_spent_code": {"mark", "election_id", "survey_id", "channel"},
        "pc_urn": {"election_id", "ballots"},
    }
    # 3. no value stored with the marks equals one stored with a voter, save the election
    #    both belong to; on PostgreSQL no mark or urn shares a transaction (xmin) with a voter
    voter_values = {str(v) for voter in voters for k, v in voter.items() if k in columns}
    for mark in marks:
        assert {str(mark["mark"]), str(mark["channel"])}.isdisjoint(voter_values), mark
    if "sys_xmin" in voters[0]:
        voter_xmins = {v["sys_xmin"] for v in voters}
        assert voter_xmins.isdisjoint(row["sys_xmin"] for row in marks + urns)
    # the mark needs the plain code: it is not the digest stored for a voter
    assert {m["mark"] for m in marks} == {codes.spent_mark(code) for _, code in issued}

    # 4. pair by every order a reader could know, against the only order ballots have
    truth = {v["id"]: ballot_of[v["addressee_id"]] for v in voters}
    turn = {addressee: n for n, (addressee, _) in enumerate(voting_order)}
    for voter in voters:
        voter["voted_at"] = turn[voter["addressee_id"]]  # what an access log would add
    keys = [k for k in voters[0] if k != "election_id"]
    found = {
        (key, reverse): right_pairs(voters, key, stored, truth, reverse)
        for key in keys
        for reverse in (False, True)
    }
    assert max(found.values()) < CHANCE_LIMIT, found
    # and the pairing test would catch a link: paired by the truth it finds all 30
    by_truth = sorted(voters, key=lambda v: truth[v["id"]])
    assert sum(truth[v["id"]] == b for v, b in zip(by_truth, stored, strict=True)) == VOTERS
