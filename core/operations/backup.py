"""Backup and restore of the whole database, with each engine's own tool.

SQLite: the online backup API copies a consistent snapshot while the app keeps running.
PostgreSQL: pg_dump's custom format, restored with pg_restore in one transaction, so a
failed restore leaves the database as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from core.errors import TagwerkError
from core.kernel.installation import Installation


def default_path(installation: Installation, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = "db" if _is_sqlite(installation) else "dump"
    return installation.settings.data_dir / "backups" / f"tagwerk-{stamp}.{suffix}"


def backup(installation: Installation, target: Path) -> Path:
    """A backup holds every child's data: only the installation's own user may read it.
    The file is created 0600 before anything is written into it, and a folder created for
    it (the default `backups`, always) is 0700."""
    created = not target.parent.exists()
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if created or target.parent == default_path(installation).parent:
        target.parent.chmod(0o700)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    target.chmod(0o600)  # an older file of that name keeps no wider mode
    if _is_sqlite(installation):
        with closing(_sqlite(installation)) as source, closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
    else:
        _postgres("pg_dump", installation, "--format=custom", "--no-owner", "--file", str(target))
    return target


def restore(installation: Installation, source: Path) -> None:
    """Replace every table's content with the backup's. The caller confirms first."""
    if not source.is_file():
        raise TagwerkError(f"Die Sicherung {source} gibt es nicht.")
    installation.db.engine.dispose()  # no pooled connection keeps the old state
    if _is_sqlite(installation):
        with closing(sqlite3.connect(source)) as backup_db:
            try:
                intact = backup_db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            except sqlite3.DatabaseError:
                intact = False
            if not intact:
                raise TagwerkError(f"{source} ist keine intakte SQLite-Sicherung.")
            with closing(_sqlite(installation)) as live:
                backup_db.backup(live)
    else:
        _postgres(
            "pg_restore",
            installation,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            str(source),
        )
    installation.db.engine.dispose()
    # Logins saved in the backup end too: nobody is logged in to a restored database.
    from sqlalchemy import inspect

    from core.services import logins

    if inspect(installation.db.engine).has_table("core_login_session"):  # older backups: none
        with installation.db.transaction("restore") as session:
            logins.end_all(session)


def _is_sqlite(installation: Installation) -> bool:
    return installation.db.engine.dialect.name == "sqlite"


def _sqlite(installation: Installation) -> sqlite3.Connection:
    return sqlite3.connect(make_url(installation.db.url).database)


def _postgres(tool: str, installation: Installation, *options: str) -> None:
    if shutil.which(tool) is None:
        raise TagwerkError(f"'{tool}' fehlt: bitte das Paket postgresql-client installieren.")
    url = make_url(installation.db.url)
    env = dict(os.environ)
    if url.password:  # never on the command line, where `ps` would show it
        env["PGPASSWORD"] = url.password
    dsn = url.set(drivername="postgresql", password=None).render_as_string()
    result = subprocess.run(
        [tool, "--dbname", dsn, *options], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise TagwerkError(f"{tool} ist fehlgeschlagen: {result.stderr.strip()[-500:]}")
