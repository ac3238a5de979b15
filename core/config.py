"""Process settings from the environment; installation settings live in the database."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = ROOT / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"


WORKER_MODES = ("auto", "inline", "external")


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    secret_key: str
    https_only: bool = False
    # Plugins enabled on a fresh database (comma list); the database decides afterwards.
    initial_plugins: tuple[str, ...] = field(default_factory=tuple)
    default_locale: str = "de"
    # PostgreSQL: a statement running longer, or waiting longer for a lock, is cancelled,
    # so one stuck lock cannot hold every worker and connection (seconds; 0 = no limit).
    statement_timeout: float = 30.0
    lock_timeout: float = 5.0
    # Connections per worker process: requests waiting on a lock hold theirs, so the pool
    # is larger than the threads that usually work. Workers × (size + overflow) must stay
    # below PostgreSQL's max_connections (default 100).
    pool_size: int = 10
    max_overflow: int = 20
    # Background jobs: "inline" runs a worker thread in each web process (the SQLite
    # default, so one command starts everything), "external" leaves them to `tagwerk
    # worker` processes; "auto" picks inline for SQLite and external otherwise.
    worker: str = "auto"
    job_lease: float = 60.0  # seconds a worker may stay silent before its job is taken over
    worker_poll: float = 1.0  # seconds an idle worker waits before looking again
    # E-mail: without a server every message stays in Tagwerk's own mail view (core/messages/mail.py
    # shows the URL forms); TAGWERK_SMTP_CAFILE names a private CA to trust.
    smtp_url: str = ""
    smtp_timeout: float = 20.0
    smtp_cafile: str = ""

    @property
    def inline_worker(self) -> bool:
        if self.worker == "auto":
            return self.database_url.startswith("sqlite")
        return self.worker == "inline"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        data_dir = Path(env.get("TAGWERK_DATA_DIR", ROOT / "data")).resolve()
        url = env.get("TAGWERK_DATABASE_URL") or f"sqlite:///{data_dir / 'tagwerk.db'}"
        worker = env.get("TAGWERK_WORKER", "auto")
        if worker not in WORKER_MODES:
            raise ValueError(f"TAGWERK_WORKER={worker!r}: erlaubt sind {', '.join(WORKER_MODES)}.")
        return cls(
            database_url=url,
            data_dir=data_dir,
            secret_key=env.get("TAGWERK_SECRET_KEY") or _stored_secret(data_dir),
            https_only=env.get("TAGWERK_HTTPS", "").lower() in {"1", "true", "yes"},
            initial_plugins=tuple(
                p.strip() for p in env.get("TAGWERK_PLUGINS", "").split(",") if p.strip()
            ),
            default_locale=env.get("TAGWERK_LOCALE", "de"),
            statement_timeout=float(env.get("TAGWERK_DB_STATEMENT_TIMEOUT", "30")),
            lock_timeout=float(env.get("TAGWERK_DB_LOCK_TIMEOUT", "5")),
            pool_size=int(env.get("TAGWERK_DB_POOL_SIZE", "10")),
            max_overflow=int(env.get("TAGWERK_DB_MAX_OVERFLOW", "20")),
            worker=worker,
            job_lease=float(env.get("TAGWERK_JOB_LEASE", "60")),
            worker_poll=float(env.get("TAGWERK_WORKER_POLL", "1")),
            smtp_url=env.get("TAGWERK_SMTP_URL", ""),
            smtp_timeout=float(env.get("TAGWERK_SMTP_TIMEOUT", "20")),
            smtp_cafile=env.get("TAGWERK_SMTP_CAFILE", ""),
        )


def _stored_secret(data_dir: Path) -> str:
    """A random key kept in the data directory so sessions survive restarts."""
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key
