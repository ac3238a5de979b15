"""Election and survey codes sent as a letters job: progress, only hashes kept, the letters
as the job's file to print, and nothing stored when a vote came in while they were drawn."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import func, select

from core.errors import ValidationError
from core.jobs import queue
from core.letters import delivery
from core.models import Job, Message
from plugins.parent_council import code_letters, codes, documents, elections, surveys
from plugins.parent_council.models import Voter
from tests.db.council_helpers import election
from tests.db.qhb_helpers import pdf_text
from tests.workers import work_off

URL = "https://tagwerk.example.org/parent_council/wahl"
CODE = re.compile(r"\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b")


def start(installation, kind: str, subject_id: int) -> int:
    with installation.db.transaction("fachberatung") as s:
        subject = code_letters.SUBJECTS[kind].get(s, subject_id)
        return code_letters.queue(s, kind, subject, url=URL, actor="fachberatung").id


def printout(installation, job_id: int) -> str:
    return pdf_text(delivery.printout_path(installation.settings.data_dir, job_id).read_bytes())


def test_codes_job_counts_every_letter_and_keeps_only_hashes(installation, families):
    with installation.db.transaction("test") as s:
        election_id = election(s).id
    job_id = start(installation, "election", election_id)
    assert work_off(installation) == 1
    with installation.db.read() as s:
        job = queue.get(s, job_id)
        stored = set(s.scalars(select(Voter.code_hash)))
        messages = s.scalar(select(func.count()).select_from(Message))
        assert elections.get_election(s, election_id).eligible == 5
    assert (job.status, job.done, job.total) == ("done", 5, 5)  # one code per child
    result = job.result
    assert (result["emails"], result["posted"], result["printout"]) == (0, 5, True)
    assert len(result["problems"]) == 5  # the guardians have no address: to hand over
    printed = CODE.findall(printout(installation, job_id))
    assert len(printed) == len(set(printed)) == 5 and messages == 0  # no mail server
    assert {codes.digest(c) for c in printed} == stored
    assert not any(CODE.search(str(v)) for v in (job.payload, job.result, job.message))


def test_a_vote_while_the_letters_are_drawn_stores_nothing(installation, families, monkeypatch):
    with installation.db.transaction("test") as s:
        e = election(s)
        candidate = elections.add_candidate(s, e, {"person_id": families["Sara"].id}).id
        (_, old_code), *_ = elections.issue_codes(s, e)
        election_id = e.id
    with installation.db.read() as s:
        before = set(s.scalars(select(Voter.code_hash)))
    job_id = start(installation, "election", election_id)
    draw = documents.code_letters

    def vote_meanwhile(*args):  # a parent votes with last week's letter
        with installation.db.transaction("eltern") as s:
            elections.cast(s, old_code, [str(candidate)], date.today())
        return draw(*args)

    monkeypatch.setattr(documents, "code_letters", vote_meanwhile)
    work_off(installation)
    with installation.db.read() as s:
        job = queue.get(s, job_id)
        assert set(s.scalars(select(Voter.code_hash))) == before  # the vote still counts
        assert s.scalar(select(func.count()).select_from(Message)) == 0
    assert job.status == "failed" and "abgegebene Stimmen entwerten" in job.message
    path = delivery.printout_path(installation.settings.data_dir, job_id)
    assert not path.exists() and not path.with_suffix(".part").exists()


def test_codes_are_refused_when_asked_not_only_in_the_job(installation, families):
    with installation.db.transaction("test") as s:
        e = election(s)
        candidate = elections.add_candidate(s, e, {"person_id": families["Sara"].id}).id
        (_, code), *_ = elections.issue_codes(s, e)
        elections.cast(s, code, [str(candidate)], date.today())
        election_id = e.id
    with pytest.raises(ValidationError, match="abgegebene Stimmen entwerten"):
        start(installation, "election", election_id)
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Job)) == 0


def test_survey_codes_go_in_chunks(installation, families, monkeypatch):
    monkeypatch.setattr(code_letters, "CHUNK", 3)
    with installation.db.transaction("test") as s:
        survey = surveys.create_survey(
            s,
            {
                "title": "Zufriedenheit",
                "audience": "parents",
                "opens_on": date.today().isoformat(),
                "closes_on": date.today().isoformat(),
                "min_group": "3",
            },
            3,
        )
        survey_id = survey.id
    job_id = start(installation, "survey", survey_id)
    steps = []
    advance = queue.JobContext.advance
    monkeypatch.setattr(
        queue.JobContext, "advance", lambda ctx, n: steps.append(n) or advance(ctx, n)
    )
    work_off(installation)
    assert steps == [0, 3, 1]  # no e-mails, then four families in two runs of the PDF
    assert len(CODE.findall(printout(installation, job_id))) == 4


def test_files_to_print_go_with_their_job(installation, tmp_path):
    with installation.db.transaction("test") as s:
        kept = queue.enqueue(s, "core.jobs_cleanup").id
    folder = tmp_path / "letters"
    folder.mkdir()
    for name in (f"briefe-{kept}.pdf", f"briefe-{kept + 1}.pdf", "briefe-x.pdf"):
        (folder / name).write_bytes(b"%PDF")
    with installation.db.read() as s:
        assert delivery.sweep_printouts(s, tmp_path) == 1
    assert sorted(f.name for f in folder.iterdir()) == [f"briefe-{kept}.pdf", "briefe-x.pdf"]
