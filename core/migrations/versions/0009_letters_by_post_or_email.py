"""Persons: form of address, preferred channel for letters, e-mail consent.

Revision ID: 0009_core
Revises: 0008_core
Create Date: 2026-12-02 10:22:46.863515
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_core"
down_revision: str | None = "0008_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# plain ADD/DROP COLUMN (SQLite 3.35+): rebuilding core_person, as batch mode would, breaks
# the foreign keys that point at it
def upgrade() -> None:
    op.add_column(
        "core_person",
        sa.Column("form_of_address", sa.String(length=10), nullable=False, server_default=""),
    )
    op.add_column(
        "core_person",
        sa.Column("channel", sa.String(length=10), nullable=False, server_default="letter"),
    )
    op.add_column("core_person", sa.Column("email_consent_on", sa.Date(), nullable=True))


def downgrade() -> None:
    for column in ("email_consent_on", "channel", "form_of_address"):
        op.drop_column("core_person", column)
