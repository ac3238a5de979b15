"""Engine, sessions and the one transaction helper every write goes through."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import (
    ColumnElement,
    Connection,
    MetaData,
    Table,
    any_,
    create_engine,
    event,
    insert,
    literal,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Expression indexes written by hand in migrations: Alembic reads back PostgreSQL's
# rewritten expression and cannot compare it with the model's, so autogenerate skips them
# and a test asks the planner instead (tests/db/test_core_search_index.py).
HAND_WRITTEN_INDEXES = frozenset({"ix_core_person_search"})


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000s of rows become objects.

    Those objects hold no cycles (reference counting frees them), but each allocation burst
    makes the collector walk every live object again: over half the time of a national
    payment month went there. The pause is process-wide; only the caller that found the
    collector running resumes it, so nested or concurrent bulk work never leaves it off."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def insert_rows(
    conn: Connection, table: Table, rows: list[dict] | list[tuple], columns: list[str] = ()
) -> None:
    """Insert many rows of the same columns inside the caller's transaction: COPY on
    PostgreSQL (a national payment month writes 400,000 lines; an executemany of them takes
    several times as long), an executemany elsewhere. Python-side column defaults are not
    applied, so rows name every column but the generated key: as dicts, or as tuples in
    the order of `columns` (no dict built per row where there are 100,000s)."""
    if not rows:
        return
    if columns:
        values = rows
    else:
        columns = list(rows[0])
        values = [tuple(row[c] for c in columns) for row in rows]
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in values])
        return
    quote = conn.dialect.identifier_preparer.quote
    sql = f"COPY {quote(table.name)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    with conn.connection.dbapi_connection.cursor() as cursor, cursor.copy(sql) as copy:
        for row in values:
            copy.write_row(row)


def among(session: Session, column: ColumnElement, ids) -> ColumnElement:
    """`column IN ids` for a list of up to some thousand ids (or a subquery): on PostgreSQL
    one array parameter (`= ANY`), which the driver sends in a fraction of the time a
    thousand single parameters take; elsewhere the list."""
    if isinstance(ids, list) and session.get_bind().dialect.name == "postgresql":
        return column == any_(literal(ids, ARRAY(column.type)))
    return column.in_(ids)


# Answers of the database that mean "busy, try again", never "your input is wrong":
# statement or lock timeout, deadlock, serialisation failure (PostgreSQL); a locked file.
BUSY_STATES = {"57014", "55P03", "40P01", "40001"}


def busy(exc: DBAPIError | PoolTimeout) -> bool:
    if isinstance(exc, PoolTimeout):  # every connection of this worker is taken
        return True
    state = getattr(exc.orig, "sqlstate", None)
    return state in BUSY_STATES or "database is locked" in str(exc.orig)


def violated(exc: DBAPIError) -> str:
    """Which constraint (or trigger message) a refused write broke, on either backend:
    PostgreSQL names it in the error's diagnostics, SQLite only in its message text."""
    diag = getattr(exc.orig, "diag", None)
    return f"{getattr(diag, 'constraint_name', None) or ''} {exc.orig}"


def savepoint(session: Session):
    """`session.begin_nested()` that nests on SQLite too. pysqlite opens its transaction only
    before the first INSERT/UPDATE/DELETE, and a SAVEPOINT issued outside one is committed
    when it is released – a later error of the request would no longer undo it. So on SQLite
    the transaction is begun first (IMMEDIATE: the savepoint is there to write)."""
    writer(session)
    return session.begin_nested()


def writer(session: Session) -> None:
    """On SQLite, make the session's transaction the one writer now (BEGIN IMMEDIATE), so
    what it reads next cannot change before it writes; PostgreSQL locks rows or keys."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        if not raw.in_transaction:
            raw.execute("BEGIN IMMEDIATE")


def make_engine(
    url: str,
    *,
    statement_timeout: float = 0,
    lock_timeout: float = 0,
    pool_size: int = 5,
    max_overflow: int = 10,
    **kwargs,
) -> Engine:
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
    elif url.startswith("postgresql"):
        limits = {"statement_timeout": statement_timeout, "lock_timeout": lock_timeout}
        options = " ".join(f"-c {k}={int(v * 1000)}" for k, v in limits.items() if v)
        if options:
            kwargs.setdefault("connect_args", {"options": options})
        # a request that finds every connection taken waits a little, then hears "busy"
        kwargs.update(pool_size=pool_size, max_overflow=max_overflow)
        kwargs.setdefault("pool_timeout", max(lock_timeout, 5) + 5)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    return engine


class Database:
    """One engine and session factory per app instance (no module globals)."""

    def __init__(self, url: str, info: dict | None = None, **engine_kwargs):
        """`engine_kwargs`: timeouts and pool, see make_engine; `info` is copied into
        every session's `Session.info`."""
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False, info=info or {})

    @contextmanager
    def transaction(self, actor: str | None = None) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error."""
        session = self.sessions()
        session.info["actor"] = actor or "system"
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            yield session
        finally:
            session.close()  # ends the transaction; loaded objects stay readable

    def dispose(self) -> None:
        self.engine.dispose()
