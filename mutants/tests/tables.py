"""Every row of every table, to compare a database before and after (backup, migrations)."""

from __future__ import annotations

from sqlalchemy import MetaData, select


def all_rows(db, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Rows per table in a stable order; with `columns`, only those tables and columns."""
    metadata = MetaData()
    with db.read() as s:
        metadata.reflect(bind=s.get_bind())
        found = {}
        for t in metadata.sorted_tables:
            if columns is not None and t.name not in columns:
                continue
            cols = [t.c[c] for c in columns[t.name]] if columns else list(t.c)
            found[t.name] = sorted(map(tuple, s.execute(select(*cols)).all()), key=repr)
        return found
