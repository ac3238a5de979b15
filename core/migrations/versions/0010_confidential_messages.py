"""Messages: mark those that carry an access code (election and survey codes), whose
content is never shown and is deleted once delivered.

Revision ID: 0010_core
Revises: 0009_core
Create Date: 2026-12-02 16:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_core"
down_revision: str | None = "0009_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "core_message",
        sa.Column("confidential", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("core_message", "confidential")
