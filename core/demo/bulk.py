"""Bulk inserts for the demo: ids handed out up front, rows written with Core executemany
(several times faster than ORM bulk inserts at national scale)."""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

CHUNK = 20_000


class Ids:
    """Ids handed out before inserting, so links need no round trips."""

    def __init__(self, session: Session, model) -> None:
        self.next = (session.scalar(select(func.max(model.id))) or 0) + 1

    def take(self) -> int:
        value, self.next = self.next, self.next + 1
        return value


def insert_all(connection: Connection, rows_by_model: dict, counts: dict[str, int]) -> None:
    """Write and empty each model's collected rows, counting them by table."""
    for model, rows in rows_by_model.items():
        renamed = {
            a.key: a.columns[0].name
            for a in sa_inspect(model).column_attrs
            if a.key != a.columns[0].name
        }
        if renamed:
            rows[:] = [{renamed.get(k, k): v for k, v in row.items()} for row in rows]
        for i in range(0, len(rows), CHUNK):
            connection.execute(model.__table__.insert(), rows[i : i + CHUNK])
        key = model.__tablename__.removeprefix("core_")
        counts[key] = counts.get(key, 0) + len(rows)
        rows.clear()


def advance_sequences(session: Session, tables) -> None:
    """PostgreSQL: the next id after the ones the demo handed out itself."""
    if session.bind.dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )
        )
