"""A trigram index for the person search on PostgreSQL ("contains" without a table scan).

Revision ID: 0004_core
Revises: 0003_core
Create Date: 2026-11-23 11:50:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_core"
down_revision: str | None = "0003_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the same expression as core.models.persons.SEARCH_TEXT, or the planner will not use it
SEARCH_TEXT = "lower(first_name || ' ' || last_name || ' ' || city || ' ' || email)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has no trigram index; small installations scan the table
    # pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may add it
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        f"CREATE INDEX ix_core_person_search ON core_person USING gin (({SEARCH_TEXT}) gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_core_person_search")
