"""Counting an election: quorum and turnout, order of votes, ties drawn by lot only where
they decide a place, nobody elected without a vote or without the quorum."""

from __future__ import annotations

from plugins.parent_council.counting import count, rank

CANDIDATES = [(1, "Aylin Kaya"), (2, "Nina Roth"), (3, "Ben Ott"), (4, "Cem Uhl")]


def names(rows) -> list[str]:
    return [r["name"] for r in rows]


def test_turnout_quorum_and_who_is_elected():
    ballots = [[1, 2], [1], [1, 3], [2]]  # Aylin 3, Nina 2, Ben 1, Cem 0
    result = count(ballots, CANDIDATES, 10, 30, seats=2, deputies=1)
    assert (result["cast"], result["eligible"], result["turnout"]) == (4, 10, "40.0")
    assert result["quorum_met"] and result["quorum_percent"] == 30
    assert [(r["name"], r["votes"]) for r in result["counts"]] == [
        ("Aylin Kaya", 3),
        ("Nina Roth", 2),
        ("Ben Ott", 1),
        ("Cem Uhl", 0),
    ]
    assert names(result["representatives"]) == ["Aylin Kaya", "Nina Roth"]
    assert names(result["deputies"]) == ["Ben Ott"] and result["lots"] == []


def test_turnout_is_rounded_half_up_to_one_decimal():
    assert count([[1]] * 1, CANDIDATES, 3, 0, 1, 0)["turnout"] == "33.3"
    assert count([[1]] * 2, CANDIDATES, 3, 0, 1, 0)["turnout"] == "66.7"
    assert count([[1]] * 1, CANDIDATES, 8, 0, 1, 0)["turnout"] == "12.5"  # not 12.4
    assert count([[1]] * 1, CANDIDATES, 16, 0, 1, 0)["turnout"] == "6.3"  # 6.25 half up


def test_the_quorum_is_met_exactly_at_its_percentage():
    assert count([[1]] * 3, CANDIDATES, 10, 30, 1, 0)["quorum_met"]
    missed = count([[1]] * 2, CANDIDATES, 10, 30, 1, 0)
    assert not missed["quorum_met"]
    assert missed["representatives"] == [] and missed["deputies"] == []
    assert missed["counts"][0]["votes"] == 2  # the votes are still counted and shown


def test_no_ballot_no_quorum_even_at_zero_percent_and_without_voters():
    nobody = count([], CANDIDATES, 0, 0, 2, 1)
    assert (nobody["turnout"], nobody["quorum_met"], nobody["cast"]) == ("0.0", False, 0)
    assert nobody["representatives"] == []


def test_a_candidate_without_a_vote_is_never_elected():
    result = count([[1]], CANDIDATES, 1, 0, seats=2, deputies=2)
    assert names(result["representatives"]) == ["Aylin Kaya"] and result["deputies"] == []


def test_deputies_follow_the_representatives():
    ballots = [[1, 2, 3, 4], [1, 2, 3], [1, 2], [1]]
    result = count(ballots, CANDIDATES, 4, 50, seats=1, deputies=2)
    assert names(result["representatives"]) == ["Aylin Kaya"]
    assert names(result["deputies"]) == ["Nina Roth", "Ben Ott"]


def rows(*votes):
    return [{"id": i, "name": f"K{i}", "votes": v} for i, v in enumerate(votes, 1)]


def test_a_tie_across_the_last_place_is_drawn_by_lot_and_named():
    ranked, lots = rank(rows(3, 2, 2, 1), places=2)
    assert names(ranked)[0] == "K1" and sorted(names(ranked)[1:3]) == ["K2", "K3"]
    assert names(ranked)[3] == "K4"
    assert len(lots) == 1
    assert lots[0].startswith("Stimmengleichheit (2 Stimmen) zwischen K2, K3; das Los ergab")


def test_ties_that_decide_nothing_are_not_drawn():
    within = rows(2, 2, 1)
    assert rank(within, places=2) == (within, [])  # both get a place anyway
    beyond = rows(3, 1, 1)
    assert rank(beyond, places=1) == (beyond, [])  # neither gets one
    at_zero = rows(1, 0, 0)
    assert rank(at_zero, places=2) == (at_zero, [])  # no votes, no place to draw
    boundary = rows(2, 2)
    assert rank(boundary, places=2) == (boundary, [])  # exactly filling the places


def test_a_tie_starting_exactly_at_the_boundary_is_not_drawn():
    tied_after = rows(3, 2, 2)
    assert rank(tied_after, places=1) == (tied_after, [])
