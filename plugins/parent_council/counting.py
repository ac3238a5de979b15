"""Counting an election: candidates in the order of their votes, ties across a place
boundary drawn by lot (the protocol names the tie and the lot's order)."""

from __future__ import annotations

import secrets
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal


def count(
    ballots: list[list[int]],
    candidates: list[tuple[int, str]],
    eligible: int,
    quorum_percent: int,
    seats: int,
    deputies: int,
) -> dict:
    """The result of an election from its ballots (each a list of candidate ids): turnout
    to one decimal, whether the quorum is met, votes per candidate, and who is elected as
    representative or deputy. Without the quorum, or without a vote, nobody is elected."""
    votes = Counter(cid for ballot in ballots for cid in ballot)
    cast = len(ballots)
    share = Decimal(cast * 100) / eligible if eligible else Decimal(0)
    share = share.quantize(Decimal("0.1"), ROUND_HALF_UP)
    quorum_met = share >= quorum_percent and cast > 0
    counts = sorted(
        ({"id": cid, "name": name, "votes": votes.get(cid, 0)} for cid, name in candidates),
        key=lambda r: (-r["votes"], r["name"]),
    )
    ranked, lots = rank(counts, seats + deputies)
    elected = [r for r in ranked if r["votes"] > 0] if quorum_met else []
    return {
        "eligible": eligible,
        "cast": cast,
        "turnout": str(share),
        "quorum_percent": quorum_percent,
        "quorum_met": quorum_met,
        "counts": counts,
        "representatives": elected[:seats],
        "deputies": elected[seats : seats + deputies],
        "lots": lots,
    }


def rank(counts: list[dict], places: int) -> tuple[list[dict], list[str]]:
    """The order of the candidates; equal votes across a place boundary are drawn by lot."""
    ranked, lots, i = [], [], 0
    while i < len(counts):
        tied = [r for r in counts[i:] if r["votes"] == counts[i]["votes"]]
        if len(tied) > 1 and i < places < i + len(tied) and tied[0]["votes"] > 0:
            drawn = secrets.SystemRandom().sample(tied, len(tied))
            lots.append(
                # stored in the result and printed in the protocol, so always German
                f"Stimmengleichheit ({tied[0]['votes']} Stimmen) zwischen "
                + ", ".join(r["name"] for r in sorted(tied, key=lambda r: r["name"]))
                + "; das Los ergab die Reihenfolge "
                + ", ".join(r["name"] for r in drawn)
                + "."
            )
            tied = drawn
        ranked.extend(tied)
        i += len(tied)
    return ranked, lots
