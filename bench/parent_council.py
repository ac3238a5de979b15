"""An election at city size: codes for the electorate, letters, votes and the count, each
next to a floor measured in the same run.

Floors: inserting the same number of voter rows with one executemany (codes); one plain
INSERT of a mark + UPDATE of one row per vote on the same connection (casting: the vote
itself locks the election's row, spends the code and inserts its ballot sealed with the
committee's public key, see plugins/parent_council/secrecy.py); the count opens every
sealed ballot with the committee's key and writes them once into the urn. The
combined-document WeasyPrint cost is in bench/payments.py.

    .venv/bin/python bench/parent_council.py --backend sqlite --scale dortmund
    .venv/bin/python bench/parent_council.py --backend postgresql --scale dortmund
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from payments import in_database, row  # noqa: E402  (bench/payments.py)

from core.config import Settings  # noqa: E402
from core.demo.builder import build_demo  # noqa: E402
from core.kernel.installation import Installation  # noqa: E402
from core.letters.letterhead import Letterhead  # noqa: E402
from plugins.parent_council import documents, elections, electorate, tally  # noqa: E402
from plugins.parent_council.models import Voter  # noqa: E402

TODAY = date(2026, 9, 21)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--scale", default="dortmund")
    parser.add_argument("--votes", type=int, default=3000, help="at most one per code")
    parser.add_argument("--letters", type=int, default=200)
    args = parser.parse_args()
    in_database(args.backend, lambda url, directory: run_bench(args, url, directory))


def run_bench(args, url: str, directory: Path) -> None:
    inst = Installation(Settings(database_url=url, data_dir=directory, secret_key="bench"))
    inst.upgrade()
    inst.enable("parent_council")
    with inst.db.transaction("bench") as session:
        build_demo(session, args.scale, 2026, today=TODAY)
        data = {
            "title": "Wahl 2026",
            "cutoff_on": TODAY.isoformat(),
            "candidacy_until": TODAY.isoformat(),
            "voting_from": TODAY.isoformat(),
            "voting_until": (TODAY + timedelta(days=19)).isoformat(),
            "basis": "child",
            "seats": "3",
            "deputies": "3",
            "quorum_percent": "0",
            "term_months": "12",
        }
        election = elections.save_election(session, data, today=TODAY)
        key = elections.new_seal_key(session, election)  # the committee's, for the count
        guardians = sorted(electorate.guardians_of_electorate(session, TODAY))
        for pid in random.Random(1).sample(guardians, 8):
            elections.add_candidate(session, election, {"person_id": pid}, on=TODAY)
        election_id = election.id
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        election = session.get(type(election), election_id)
        issued = elections.issue_codes(session, election)
    issue_s = time.perf_counter() - started
    rows = [
        {
            "election_id": election_id,
            "addressee_id": v.addressee_id,
            "label": v.label,
            "code_hash": None,
        }
        for v, _ in issued
    ]
    with inst.db.engine.begin() as conn:
        started = time.perf_counter()
        conn.execute(insert(Voter.__table__), rows)
        floor_issue = time.perf_counter() - started
        conn.execute(text("DELETE FROM pc_voter WHERE code_hash IS NULL"))
    print(f"Electorate on {args.backend}: {len(issued)} codes (one per child)")
    print("\nCodes")
    row("executemany of the same voter rows (floor)", floor_issue, floor_issue)
    row("electorate, codes and hashes in one transaction", issue_s, floor_issue)

    with inst.db.read() as session:
        started = time.perf_counter()
        documents.code_letters(
            session,
            "election",
            election,
            issued[: args.letters],
            Letterhead.of(session),
            "https://x/wahl",
        )
        letters_s = time.perf_counter() - started
    per_letter = letters_s / args.letters * 1000
    print(f"\nLetters: {args.letters} in {letters_s:.2f} s = {per_letter:.0f} ms per letter")

    candidates = [str(c.id) for c in election.candidates]
    rng = random.Random(2)
    votes = issued[: args.votes]
    started = time.perf_counter()
    for _, code in votes:
        with inst.db.transaction("bench") as session:
            elections.cast(session, code, rng.sample(candidates, 3), TODAY)
    cast_s = time.perf_counter() - started
    with inst.db.engine.connect() as conn:
        started = time.perf_counter()
        for n in range(len(votes)):
            with conn.begin():
                conn.execute(
                    text("UPDATE pc_election SET title = title WHERE id = :e"), {"e": election_id}
                )
                conn.execute(
                    text(
                        "INSERT INTO pc_spent_code (mark, election_id, channel) "
                        "VALUES (:m, :e, 'online')"
                    ),
                    {"m": f"floor{n}", "e": election_id},
                )
        floor_cast = time.perf_counter() - started
        with conn.begin():
            conn.execute(text("DELETE FROM pc_spent_code WHERE mark LIKE 'floor%'"))
    print(f"\nVotes: {len(votes)}, one transaction each")
    row("plain UPDATE + INSERT per vote (floor)", floor_cast, floor_cast)
    row("check code, spend it, seal the ballot", cast_s, floor_cast)
    started = time.perf_counter()
    with inst.db.transaction("bench") as session:
        result = tally.close(
            session, session.get(type(election), election_id), key=key, reason="Benchmark"
        )
    print(
        f"\nCount: {result['cast']} ballots in {time.perf_counter() - started:.3f} s, "
        f"turnout {result['turnout']} %"
    )


if __name__ == "__main__":
    main()
