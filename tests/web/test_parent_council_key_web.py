"""The election committee's key and the code letters' file: the key is shown once and kept
nowhere, codes go out only once it exists, it cannot be replaced after the first vote; the
file with the codes in plain leaves the disk when it is downloaded, after a few hours, and
at the latest at the count."""

from __future__ import annotations

import os
import re
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from core.letters import delivery
from core.models import Job, Person
from core.models.persons import LinkKind
from core.services.persons import add_link
from core.settings import settings_of
from plugins.parent_council import elections
from plugins.parent_council.models import Election
from tests.conftest import with_site_url
from tests.db.council_helpers import KEY, election
from tests.tables import all_rows
from tests.workers import work_off

KEY_ON_PAGE = re.compile(r"<strong>([A-Z2-9]{5}(?:-[A-Z2-9]{5}){4})</strong>")


@pytest.fixture
def voting(installation, staff, make):
    """An election with one candidate and two children's codes to come; its page."""
    installation.enable("parent_council")
    with_site_url(installation)
    minder = make.childminder(first_name="Jana", last_name="Wolf")
    guardians = []
    for name in ("Sara", "Aylin"):
        child = make.child(first_name=f"Kind{name}", last_name="Muster")
        guardian = make.person("guardian", first_name=name, last_name="Muster")
        with installation.db.transaction("test") as s:
            add_link(s, s.get(Person, child.id), s.get(Person, guardian.id), LinkKind.GUARDIAN)
        make.contract(child, minder)
        guardians.append(guardian)
    with installation.db.transaction("test") as s:
        e = election(s)
        elections.add_candidate(s, e, {"person_id": guardians[0].id})
        return f"/parent_council/elections/{e.id}", e.id


def codes_out(staff, installation, url: str) -> str:
    job = staff.post(f"{url}/letters", follow_redirects=False).headers["location"]
    work_off(installation)
    return job


def test_the_key_is_shown_once_kept_nowhere_and_needed_for_codes(staff, installation, voting):
    url, election_id = voting
    with installation.db.transaction("test") as s:
        s.get(Election, election_id).seal_key = None  # as a new election starts
    page = staff.get(url).text
    assert "fehlt – ohne ihn werden keine Codes verschickt" in page and f"{url}/letters" not in page
    refused = staff.post(f"{url}/letters")
    assert refused.status_code == 422 and "Wahlschlüssel: Bitte zuerst" in refused.text

    made = staff.post(f"{url}/key")
    key = KEY_ON_PAGE.search(made.text).group(1)
    assert "Tagwerk zeigt ihn nur dieses eine Mal und speichert ihn nicht" in made.text
    plain = key.replace("-", "")
    stored = repr(all_rows(installation.db))
    assert key not in stored and plain not in stored
    for path in Path(installation.settings.data_dir).rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert plain.encode() not in content and key.encode() not in content

    wrong = staff.post(f"{url}/key/check", data={"key": KEY})
    assert wrong.status_code == 422 and "passt nicht zu dieser Wahl" in wrong.text
    right = staff.post(f"{url}/key/check", data={"key": key.lower().replace("-", " ")})
    assert "Der Wahlschlüssel passt zu dieser Wahl." in right.text
    assert "Schlüssel prüfen" in staff.get(f"{url}/key").text  # checked again any time
    assert "Der bisherige Schlüssel gilt dann nicht mehr" in staff.get(f"{url}/key/new").text
    with installation.db.read() as s:
        public = s.get(Election, election_id).seal_key
    reloaded = staff.post(f"{url}/key", follow_redirects=True)  # the first form sent again
    assert "Für diese Wahl gibt es schon einen Schlüssel." in reloaded.text
    assert KEY_ON_PAGE.search(reloaded.text) is None
    with installation.db.read() as s:
        assert s.get(Election, election_id).seal_key == public

    codes_out(staff, installation, url)
    with installation.db.read() as s:
        public = s.get(Election, election_id).seal_key
        assert public and s.get(Election, election_id).status == "open"


def test_no_new_key_after_the_first_vote(staff, installation, voting):
    url, election_id = voting
    with installation.db.transaction("test") as s:
        (_, code), *_ = elections.issue_codes(s, s.get(Election, election_id))
        candidate = s.get(Election, election_id).candidates[0].id
    with installation.db.transaction("test") as s:
        elections.cast(s, code, [str(candidate)], date.today())
    with installation.db.read() as s:
        before = s.get(Election, election_id).seal_key
    refused = staff.post(f"{url}/key", data={"confirmed": "yes"}, follow_redirects=True)
    assert "Es wurde schon mit diesem Schlüssel gewählt" in refused.text
    with installation.db.read() as s:
        assert s.get(Election, election_id).seal_key == before


def test_the_codes_file_goes_with_its_download_and_at_the_count(staff, installation, voting):
    url, election_id = voting
    job = codes_out(staff, installation, url)
    job_id = int(job.rsplit("/", 1)[1])
    path = delivery.printout_path(installation.settings.data_dir, job_id)
    assert path.stat().st_mode & 0o777 == 0o600
    assert "wird beim Herunterladen gelöscht" in staff.get(job).text
    printed = staff.get(f"{job}/print.pdf")
    assert printed.headers["content-type"] == "application/pdf" and not path.exists()
    assert staff.get(f"{job}/print.pdf").status_code == 404
    assert "heruntergeladen und die Datei gelöscht" in staff.get(job).text

    again = codes_out(staff, installation, url)  # new codes, before anyone voted
    kept = delivery.printout_path(installation.settings.data_dir, int(again.rsplit("/", 1)[1]))
    assert kept.exists()
    with installation.db.transaction("test") as s:
        s.get(Election, election_id).voting_until = date.today() - timedelta(days=1)
        s.get(Election, election_id).voting_from = date.today() - timedelta(days=2)
        s.get(Election, election_id).candidacy_until = date.today() - timedelta(days=2)
    counted = staff.post(f"{url}/close", data={"key": KEY}, follow_redirects=True)
    assert "Die Wahl ist ausgezählt." in counted.text and not kept.exists()


def test_a_codes_file_not_downloaded_goes_after_the_hours_set(staff, installation, voting):
    url, _ = voting
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.code_printout_hours", 2)
    codes_job = int(codes_out(staff, installation, url).rsplit("/", 1)[1])
    with installation.db.transaction("test") as s:  # a letters job of another kind
        other = Job(kind="substitute_hub.letters", status="done", payload={"letters": True})
        s.add(other)
        s.flush()
        other_job = other.id
    data_dir = installation.settings.data_dir
    other_path = delivery.printout_path(data_dir, other_job)
    other_path.write_bytes(b"%PDF-1.7")
    three_hours_ago = time.time() - 3 * 3600
    for job_id in (codes_job, other_job):
        path = delivery.printout_path(data_dir, job_id)
        os.utime(path, (three_hours_ago, three_hours_ago))
    with installation.db.transaction("test") as s:
        assert delivery.sweep_printouts(s, data_dir) == 1
    assert not delivery.printout_path(data_dir, codes_job).exists() and other_path.exists()
    with installation.db.read() as s:
        assert s.scalar(select(Job.id).where(Job.id == codes_job)) == codes_job  # job stays
