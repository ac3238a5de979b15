"""`tagwerk backup` and `tagwerk restore`: a round trip gives back every row of every table."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, update

from core.cli.main import main
from core.errors import TagwerkError
from core.models import Contract, Person
from core.operations import backup
from tests.demo_screens import beckum
from tests.tables import all_rows


def snapshot(installation) -> dict[str, list[tuple]]:
    """Every row of every table (migration state included)."""
    return all_rows(installation.db)


@pytest.fixture
def filled(installation):
    beckum(installation)
    return installation


def test_backup_and_restore_round_trip_every_table(filled, tmp_path):
    before = snapshot(filled)
    assert sum(map(len, before.values())) > 4000
    env = {"TAGWERK_DATABASE_URL": filled.settings.database_url, "TAGWERK_DATA_DIR": str(tmp_path)}
    target = tmp_path / "sicherung.bak"
    made = CliRunner().invoke(main, ["backup", "--out", str(target)], env=env)
    assert made.exit_code == 0 and "Gesichert" in made.output, made.output
    with filled.db.transaction("test") as s:  # a bad day: contracts lost, a name changed
        s.execute(delete(Contract))
        s.execute(update(Person).values(last_name="Falsch"))
    assert snapshot(filled) != before
    refused = CliRunner().invoke(main, ["restore", str(target)], env=env, input="n\n")
    assert refused.exit_code != 0 and snapshot(filled) != before  # asked, and nothing done
    done = CliRunner().invoke(main, ["restore", str(target), "--yes"], env=env)
    assert done.exit_code == 0, done.output
    assert snapshot(filled) == before


def test_a_broken_backup_is_refused_and_changes_nothing(filled, tmp_path):
    before = snapshot(filled)
    broken = tmp_path / "kaputt.bak"
    broken.write_bytes(b"keine Sicherung" * 100)
    with pytest.raises(TagwerkError):
        backup.restore(filled, broken)
    assert snapshot(filled) == before


def test_a_backup_is_readable_by_its_owner_only(installation):
    import stat

    target = backup.default_path(installation)
    assert not target.parent.exists()
    backup.backup(installation, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    target.parent.chmod(0o755)  # widened by hand: the next backup closes it again
    again = backup.backup(installation, target.with_name("zweite" + target.suffix))
    assert stat.S_IMODE(again.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(again.stat().st_mode) == 0o600
