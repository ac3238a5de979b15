"""Ballot secrecy against a reader of every row version, as someone with the data directory
or a file-level backup would read it. On PostgreSQL every tuple still on disk of the ballot
tables – live and dead – is read with pageinspect (the WAL holds the same row images); on
SQLite the database file and its WAL are read as bytes.

Before the count no version holds a ballot one can read, so diffing versions gives nothing
(it gave every ballot with its transaction when each vote rewrote the urn). After the count
exactly one version holds the ballots, sorted, written by the count's transaction – which
is no vote's."""

from __future__ import annotations

import json
import random
from datetime import date
from itertools import combinations
from pathlib import Path

from sqlalchemy import text

from plugins.parent_council import elections
from plugins.parent_council.models import Election
from tests.db.council_helpers import count, election

TODAY = date.today()
TABLES = ("pc_urn", "pc_sealed_ballot", "pc_spent_code", "pc_election")


def versions(installation, table: str) -> list[tuple[str, bytes]]:
    """(xmin, raw data) of every tuple on the table's pages, dead ones included."""
    with installation.db.transaction("test") as s:
        s.execute(text("CREATE EXTENSION IF NOT EXISTS pageinspect"))
    with installation.db.read() as s:
        size = "pg_relation_size(:t) / current_setting('block_size')::int"
        pages = s.scalar(text(f"SELECT {size}"), {"t": table})  # noqa: S608 (fixed text)
        found = []
        for page in range(pages):
            found += [
                (xmin, bytes(data))
                for xmin, data in s.execute(
                    text("SELECT t_xmin::text, t_data FROM heap_page_items(get_raw_page(:t, :p))"),
                    {"t": table, "p": page},
                )
                if data is not None
            ]
        return found


def files(installation) -> bytes:
    """The SQLite database and its write-ahead log, as bytes."""
    path = Path(installation.db.engine.url.database)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def readable(raw: bytes, ballots: list[list[int]]) -> list[list[int]]:
    """The ballots whose content stands in `raw` as the urn would store it."""
    return [b for b in ballots if json.dumps(b).encode() in raw]


def cast_all(installation, electorate) -> tuple[int, list[list[int]]]:
    """30 votes, each a different set of two or three candidates, one transaction each."""
    with installation.db.transaction("test") as s:
        e = election(s, seats="2", deputies="1")
        candidates = [elections.add_candidate(s, e, {"person_id": g.id}).id for g in electorate[:6]]
        issued = [code for _, code in elections.issue_codes(s, e)]
        election_id = e.id
    contents = [sorted(c) for k in (2, 3) for c in combinations(candidates, k)]
    ballots = random.Random(20261207).sample(contents, len(issued))
    for code, ballot in zip(issued, ballots, strict=True):
        with installation.db.transaction() as s:
            elections.cast(s, code, [str(c) for c in ballot], TODAY)
    return election_id, ballots


def test_no_row_version_before_the_count_holds_a_readable_ballot(installation, electorate):
    election_id, ballots = cast_all(installation, electorate)
    postgres = installation.db.engine.dialect.name == "postgresql"
    if postgres:
        before = {table: versions(installation, table) for table in TABLES}
        for table, found in before.items():
            for _, raw in found:
                assert readable(raw, ballots) == [], table
        sealed = before["pc_sealed_ballot"]
        assert len(sealed) == len(ballots) and len({len(raw) for _, raw in sealed}) == 1
        marks = {xmin for xmin, _ in before["pc_spent_code"]}
    else:
        assert readable(files(installation), ballots) == []

    with installation.db.transaction() as s:
        count(s, s.get(Election, election_id))

    if postgres:
        urn = [(xmin, raw) for xmin, raw in versions(installation, "pc_urn") if raw]
        holding = [(xmin, raw) for xmin, raw in urn if readable(raw, ballots)]
        assert len(holding) == 1  # written once, at the count
        xmin, raw = holding[0]
        assert sorted(readable(raw, ballots)) == sorted(ballots) and xmin not in marks
        stored = raw[raw.index(b"[[") :].split(b"]]")[0] + b"]]"
        assert json.loads(stored) == sorted(ballots)  # in the order of content, not of arrival
        for _, raw in versions(installation, "pc_sealed_ballot"):  # deleted, still sealed
            assert readable(raw, ballots) == []
    else:
        assert sorted(readable(files(installation), ballots)) == sorted(ballots)
