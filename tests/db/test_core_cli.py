"""The `tagwerk` command line: German messages, exit code 2 on bad input, nothing half-done."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from core.cli.main import main
from core.models import Person, User
from core.services import users


@pytest.fixture
def cli(installation, tmp_path):
    env = {
        "TAGWERK_DATABASE_URL": installation.settings.database_url,
        "TAGWERK_DATA_DIR": str(tmp_path),
        "TAGWERK_SECRET_KEY": "x",
        "TAGWERK_PLUGINS": "",
    }
    runner = CliRunner()

    def run(*args, input=None):
        return runner.invoke(main, list(args), env=env, input=input, catch_exceptions=False)

    return run


def test_init_and_plugin_lifecycle(cli):
    assert "Module migriert: core" in cli("init").output
    listing = cli("plugins", "list").output
    for name in ("substitute_hub", "qhb_training", "payments", "parent_council", "placement"):
        assert name in listing
    assert listing.count("deaktiviert") == 5
    assert cli("plugins", "enable", "payments", "qhb_training").exit_code == 0
    listing = cli("plugins", "list").output
    assert listing.count("aktiviert") - listing.count("deaktiviert") == 2
    result = cli("plugins", "disable", "payments")
    assert "deaktiviert (Daten bleiben erhalten)" in result.output


def test_unknown_plugin_is_a_german_error_not_a_traceback(cli):
    result = cli("plugins", "enable", "zahlungen")
    assert result.exit_code == 2
    assert "Fehler: Ein Modul 'zahlungen' gibt es nicht." in result.output
    assert "Traceback" not in result.output


def test_users_create_rejects_a_short_password(cli, installation):
    result = cli("users", "create", "birgit", "--role", "staff", "--password", "kurz")
    assert result.exit_code == 2
    assert "Passwort: mindestens 10 Zeichen." in result.output
    result = cli("users", "create", "birgit", "--role", "chef", "--password", "langes-passwort")
    roles = "admin, staff, finance, viewer, hub, council, childminder"
    assert f"Rollen: bitte aus {roles} wählen." in result.output
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 0
    assert cli("users", "create", "birgit", "--password", "langes-passwort").exit_code == 0


def test_demo_builds_beckum_and_refuses_to_run_twice(cli, installation):
    result = cli("demo")
    assert result.exit_code == 0, result.output
    assert "47 Tagespflegepersonen" in result.output
    assert "Anmeldung: Benutzer 'admin', Passwort 'tagwerk-demo'." in result.output
    portal = re.search(r"Portal: Benutzer '([^']+)', Passwort 'tagwerk-demo'.", result.output)
    with installation.db.read() as s:
        persons = s.scalar(select(func.count()).select_from(Person))
        user = s.scalars(select(User).where(User.username == portal.group(1))).one()
        assert user.person_id is not None and users.password_matches(user, "tagwerk-demo")
    again = cli("demo")
    assert again.exit_code == 2 and "enthält bereits Personen" in again.output
    assert cli("demo", "--if-empty").exit_code == 0
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == persons


def test_unknown_demo_scale(cli):
    result = cli("demo", "--scale", "berlin")
    assert result.exit_code == 2
    assert "Größe: 'berlin' ist unbekannt." in result.output


def test_worker_once_and_the_job_queue_from_the_shell(cli, installation):
    from core.jobs import queue
    from core.models import Job

    cli("init")
    with installation.db.transaction("test") as s:
        queue.enqueue(s, "core.jobs_cleanup")
        s.add(Job(kind="core.purge", status="failed", attempts=3, message="Platte voll"))
    # the queued one and the latest slots of the two nightly cleanups and of the morning's
    # licence notices, which any worker queues
    assert "4 Aufträge erledigt." in cli("worker", "--once").output
    listing = cli("jobs", "list").output
    assert "Alte Aufträge aufräumen – erledigt (Versuch 1/3): 0 erledigte Aufträge" in listing
    failed = cli("jobs", "list", "--status", "failed").output
    assert "Löschen nach Ablauf der Aufbewahrung – fehlgeschlagen (Versuch 3/3): Platte voll" in (
        failed
    )
    assert "aufräumen" not in failed
    job_id = failed.split()[0].lstrip("#")
    assert "wieder eingereiht" in cli("jobs", "restart", job_id).output
    refused = cli("jobs", "restart", job_id)  # queued now, not failed
    assert refused.exit_code == 2 and "Nur ein fehlgeschlagener Auftrag" in refused.output
    assert "Diesen Auftrag gibt es nicht." in cli("jobs", "restart", "9999").output


def test_users_create_names_every_office_role(cli):
    cli("init")
    help_text = " ".join(cli("users", "create", "--help").output.split())
    for role in ("admin", "staff", "finance", "viewer", "hub", "council"):
        assert f"{role} (" in help_text
    assert "childminder (" not in help_text  # her account comes with the portal invitation
    result = cli(
        "users", "create", "tom", "--role", "stützpunkt", "--password", "lange-passwortzeile"
    )
    assert result.exit_code == 2
    assert "Rollen: bitte aus admin, staff, finance, viewer, hub, council" in result.output
