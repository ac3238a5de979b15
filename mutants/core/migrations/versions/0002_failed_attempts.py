"""Failed logins and codes in the database, so every worker process counts the same.

Revision ID: 0002_core
Revises: 0001_core
Create Date: 2026-11-23 07:02:33.043965
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_core"
down_revision: str | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "core_failed_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_core_failed_attempt")),
    )
    with op.batch_alter_table("core_failed_attempt", schema=None) as batch_op:
        batch_op.create_index("ix_core_failed_attempt_key", ["scope", "key", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("core_failed_attempt", schema=None) as batch_op:
        batch_op.drop_index("ix_core_failed_attempt_key")

    op.drop_table("core_failed_attempt")
