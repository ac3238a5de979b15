"""Elternbeirat services on a real database: codes, one vote per code under concurrency,
secrecy, frozen results, council work and survey privacy."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from core.errors import ValidationError
from plugins.parent_council import codes, council, elections, surveys
from plugins.parent_council.models import Response, SealedBallot, SpentCode, Urn, Voter
from tests.db.council_helpers import count, election

TODAY = date.today()


def ballots_cast(session) -> int:
    """Sealed until the count, in the urn after it."""
    sealed = session.scalar(select(func.count()).select_from(SealedBallot))
    return sealed + sum(len(ballots) for ballots in session.scalars(select(Urn.ballots)))


def test_codes_are_long_random_and_only_their_hash_is_stored(installation, families):
    with installation.db.transaction("test") as s:
        e = election(s)
        elections.add_candidate(s, e, {"person_id": families["Aylin"].id})
        issued = elections.issue_codes(s, e)
    plain = [code for _, code in issued]
    assert len(set(plain)) == len(plain) == 5  # one per child
    assert all(codes.well_formed(c) and len(codes.normalise(c)) == 16 for c in plain)
    with installation.db.read() as s:
        stored = s.scalars(select(Voter.code_hash)).all()
        assert sorted(stored) == sorted(codes.digest(c) for c in plain)
        for table in ("pc_voter", "pc_election", "core_audit"):  # no plain code anywhere
            dump = " ".join(str(row) for row in s.execute(text(f"SELECT * FROM {table}")))
            assert not any(codes.normalise(c) in dump.replace("-", "") for c in plain)
    assert codes.digest(plain[0].lower().replace("-", " ")) == codes.digest(plain[0])


def test_family_basis_gives_siblings_one_code(installation, families):
    with installation.db.transaction("test") as s:
        e = election(s, basis="family")
        issued = elections.issue_codes(s, e)
        assert sorted(v.label for v, _ in issued) == [
            "Ben (bei Olga Esser)",
            "Emil, Mia (bei Jana Wolf)",
            "Ida (bei Olga Esser)",
            "Lina (bei Olga Esser)",
        ]


def test_one_code_casts_one_ballot_even_in_parallel(installation, families):
    with installation.db.transaction("test") as s:
        e = election(s)
        candidate = elections.add_candidate(s, e, {"person_id": families["Sara"].id})
        (_, code), *_ = elections.issue_codes(s, e)
        candidate_id = candidate.id
    barrier = threading.Barrier(8)
    outcomes = []

    def vote():
        barrier.wait()
        try:
            with installation.db.transaction("test") as s:
                elections.cast(s, code, [str(candidate_id)], TODAY)
            outcomes.append("ok")
        except Exception as exc:  # refused, or SQLite busy: either way nothing stored
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=vote) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with installation.db.read() as s:
        assert ballots_cast(s) == outcomes.count("ok") == 1
        assert s.scalar(select(func.count()).select_from(SpentCode)) == 1
    if installation.db.engine.dialect.name == "postgresql":
        assert outcomes.count("CodeUsed") == 7  # "schon gewählt", and no sign of guessing


def test_too_many_crosses_and_unknown_candidates_change_nothing(installation, families):
    with installation.db.transaction("test") as s:
        e = election(s)  # 1 + 1 = 2 crosses allowed
        ids = [
            elections.add_candidate(s, e, {"person_id": families[n].id}).id
            for n in ("Sara", "Aylin", "Nina")
        ]
        (_, code), *_ = elections.issue_codes(s, e)
    for choices, message in (
        ([str(i) for i in ids], "Höchstens 2 Kreuze"),
        ([str(ids[0]), str(ids[0])], "nur einmal"),
        (["abc"], "Auswahl, die es nicht gibt"),
    ):
        with (
            installation.db.transaction("test") as s,
            pytest.raises(ValidationError, match=message),
        ):
            elections.cast(s, code, choices, TODAY)
    with installation.db.read() as s:
        assert ballots_cast(s) == 0
        assert s.scalar(select(func.count()).select_from(SpentCode)) == 0


def test_new_codes_are_refused_once_someone_voted(installation, families):
    with installation.db.transaction("test") as s:
        e = election(s)
        c = elections.add_candidate(s, e, {"person_id": families["Sara"].id})
        (_, code), *_ = elections.issue_codes(s, e)
        elections.cast(s, code, [str(c.id)], TODAY)
        with pytest.raises(ValidationError, match="abgegebene Stimmen entwerten"):
            elections.issue_codes(s, e)
        with pytest.raises(ValidationError, match="Codes sind verschickt"):
            elections.add_candidate(s, e, {"person_id": families["Nina"].id})


def test_only_parents_of_children_in_care_may_stand(installation, families, make):
    outsider = make.person("guardian", first_name="Fremd", last_name="Person")
    with installation.db.transaction("test") as s:
        e = election(s)
        with pytest.raises(ValidationError, match="Kandidieren können Eltern"):
            elections.add_candidate(s, e, {"person_id": outsider.id})


def test_council_roles_meetings_and_annual_report(installation, families):
    with installation.db.transaction("test") as s:
        e = election(s, seats="2", deputies="0")
        a = elections.add_candidate(s, e, {"person_id": families["Sara"].id})
        b = elections.add_candidate(s, e, {"person_id": families["Aylin"].id})
        issued = elections.issue_codes(s, e)
        for _, code in issued[:3]:
            elections.cast(s, code, [str(a.id), str(b.id)], TODAY)
        count(s, e)
        formed = council.form_council(s, e)
        first, second = formed.members
        council.set_role(s, formed, first.id, "chair")
        council.set_role(s, formed, second.id, "chair")  # only one chair at a time
        assert (first.role, second.role) == ("representative", "chair")
        with pytest.raises(ValidationError, match="außerhalb der Amtszeit"):
            council.save_meeting(
                s, formed, {"day": "2020-01-01", "starts_at": "19:00", "agenda": "x"}
            )
        meeting = council.save_meeting(
            s, formed, {"day": TODAY.isoformat(), "starts_at": "19:30", "agenda": "A\nB"}
        )
        council.record_minutes(s, meeting, {"present": [str(first.id)], "minutes": "Gut."})
        with pytest.raises(ValidationError, match="mehr Stimmen als Mitglieder"):
            council.add_decision(s, meeting, {"text": "x", "yes": "3"})
        council.add_decision(s, meeting, {"text": "Sommerfest", "yes": "2"})
        report = council.annual_report(s, TODAY.year)
        assert [m.agenda_items for m in report.meetings] == [["A", "B"]]
        assert report.elections[0].result["cast"] == 3


def test_survey_results_stay_silent_below_the_minimum(installation, families):
    with installation.db.transaction("test") as s:
        survey = surveys.create_survey(
            s,
            {
                "title": "Befragung",
                "audience": "parents",
                "opens_on": TODAY.isoformat(),
                "closes_on": (TODAY + timedelta(days=28)).isoformat(),
                "min_group": "3",
            },
            5,
        )
        issued = surveys.issue_codes(s, survey, TODAY)
        grade_q = next(q for q in survey.questions if q.kind == "grade")
        text_q = next(q for q in survey.questions if q.kind == "text")
        survey_id = survey.id
    assert len(issued) == 4  # families per childminder
    for n, (_, code) in enumerate(issued[:3]):
        with installation.db.transaction("test") as s:
            answers = {f"q{grade_q.id}": str(n + 1)}
            if n == 0:
                answers[f"q{text_q.id}"] = "Alles gut"
            surveys.submit(s, code, answers, TODAY)
            if n == 1:
                found = surveys.results(s, s.get(type(survey), survey_id))
                assert found.suppressed and found.comments == []
                assert all(d.mean is None for d in found.dimensions)
    with installation.db.read() as s:
        found = surveys.results(s, s.get(type(survey), survey_id))
        assert not found.suppressed and found.return_rate == 75
        dim = next(d for d in found.dimensions if d.name == grade_q.dimension)
        assert (dim.n, str(dim.mean)) == (3, "2.0")
        assert found.comments == ["Alles gut"]
    with (
        installation.db.transaction("test") as s,
        pytest.raises(ValidationError, match="Note von 1 bis 6"),
    ):
        surveys.submit(s, issued[3][1], {f"q{grade_q.id}": "7"}, TODAY)
    with installation.db.transaction("test") as s, pytest.raises(ValidationError, match="Felder"):
        surveys.submit(s, issued[3][1], {f"q{grade_q.id}": "2", "q999999": "1"}, TODAY)
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Response)) == 3


def test_survey_window_is_enforced(installation, families):
    with installation.db.transaction("test") as s:
        survey = surveys.create_survey(
            s,
            {
                "title": "Alt",
                "audience": "childminders",
                "opens_on": (TODAY - timedelta(days=40)).isoformat(),
                "closes_on": (TODAY - timedelta(days=10)).isoformat(),
            },
            5,
        )
        issued = surveys.issue_codes(s, survey, TODAY)
        assert len(issued) == 2  # the two childminders
        with pytest.raises(ValidationError, match="Antworten ist vom"):
            surveys.open_questionnaire(s, issued[0][1], TODAY)


def test_candidacies_close_at_their_deadline(installation, families):
    with installation.db.transaction("test") as s:
        e = election(s)
        late = TODAY + timedelta(days=1)
        with pytest.raises(ValidationError, match="Frist für Kandidaturen endete"):
            elections.add_candidate(s, e, {"person_id": families["Sara"].id}, on=late)
        assert e.candidates == []
