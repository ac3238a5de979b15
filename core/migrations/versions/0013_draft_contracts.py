"""Draft care contracts: agreed, not yet signed.

Revision ID: 0013_core
Revises: 0012_core
Create Date: 2026-12-03 12:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_core"
down_revision: str | None = "0012_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "core_contract",
        sa.Column("draft", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # a plain DROP COLUMN (SQLite 3.35+): a batch rebuild would break the references to it
    op.drop_column("core_contract", "draft")
