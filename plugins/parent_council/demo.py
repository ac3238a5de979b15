"""Demo parent participation: last autumn's election with its council and a meeting, and
a finished parents' survey, all through the same services staff use."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from plugins.parent_council import council, elections, electorate, surveys, tally

COMMENTS = [
    "Wir sind sehr zufrieden, danke!",
    "Die Vertretung im Urlaub hat gut geklappt.",
    "Mehr Informationen zu Fortbildungen der Tagespflegeperson wären schön.",
]


def build(session: Session, rng, today: date | None = None) -> None:
    today = today or date.today()
    year = today.year - 1
    cutoff = date(year, 9, 1)
    guardians = sorted(electorate.guardians_of_electorate(session, cutoff))
    if len(guardians) < 8:
        return
    election = elections.save_election(
        session,
        {
            "title": f"Wahl der Elternvertretung {year}",
            "cutoff_on": cutoff.isoformat(),
            "candidacy_until": date(year, 9, 20).isoformat(),
            "voting_from": date(year, 9, 21).isoformat(),
            "voting_until": date(year, 10, 10).isoformat(),
            "basis": "child",
            "seats": "3",
            "deputies": "3",
            "quorum_percent": "10",
            "term_months": "12",
        },
        today=cutoff,  # last year's election, entered back then
    )
    for person_id in rng.sample(guardians, 7):
        elections.add_candidate(
            session, election, {"person_id": str(person_id)}, on=date(year, 9, 10)
        )
    key = elections.new_seal_key(session, election)  # the demo's committee, for the count below
    issued = elections.issue_codes(session, election)
    candidates = [c.id for c in election.candidates]
    for _, code in issued[: max(1, len(issued) * 3 // 10)]:
        picks = rng.sample(candidates, rng.randint(1, 4))
        elections.cast(session, code, [str(c) for c in picks], election.voting_from)
    tally.close(session, election, datetime(year, 10, 11, 9, 0), key=key, today=date(year, 10, 11))
    formed = council.form_council(session, election)
    council.set_role(session, formed, formed.members[0].id, "chair")
    meeting = council.save_meeting(
        session,
        formed,
        {
            "day": date(year, 11, 12).isoformat(),
            "starts_at": "19:30",
            "place": "Familienzentrum, Raum 2",
            "agenda": "Begrüßung\nVertretung in den Ferien\nTermine Elternabende",
        },
    )
    council.record_minutes(
        session,
        meeting,
        {
            "present": [str(m.id) for m in formed.members[:4]],
            "minutes": "Die Vertretung in den Sommerferien wird früher geplant.",
        },
    )
    council.add_decision(
        session, meeting, {"text": "Elternabend im Frühjahr", "yes": "4", "no": "0", "abstain": "0"}
    )

    survey = surveys.create_survey(
        session,
        {
            "title": f"Elternbefragung {year}",
            "audience": "parents",
            "opens_on": date(year, 5, 1).isoformat(),
            "closes_on": date(year, 5, 29).isoformat(),
        },
        5,
    )
    invitations = surveys.issue_codes(session, survey, date(year, 5, 1))
    for _, code in invitations[: max(5, len(invitations) * 2 // 5)]:
        answers = {
            f"q{q.id}": str(rng.choice((1, 1, 2, 2, 2, 3, 4)))
            for q in survey.questions
            if q.kind == "grade"
        }
        if rng.random() < 0.2:
            text_q = next(q for q in survey.questions if q.kind == "text")
            answers[f"q{text_q.id}"] = rng.choice(COMMENTS)
        surveys.submit(session, code, answers, date(year, 5, 10))
