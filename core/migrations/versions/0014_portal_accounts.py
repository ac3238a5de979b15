"""Portal accounts: a childminder's own login, and one-time links to set a password.

Revision ID: 0014_core
Revises: 0013_core
Create Date: 2026-12-03 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_core"
down_revision: str | None = "0013_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "core_portal_account",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["core_person.id"],
            name="fk_core_portal_account_person_id_core_person",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["core_user.id"],
            name="fk_core_portal_account_user_id_core_user",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name="pk_core_portal_account"),
        sa.UniqueConstraint("person_id", name="uq_core_portal_account_person_id"),
    )
    op.create_table(
        "core_account_token",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["core_user.id"],
            name="fk_core_account_token_user_id_core_user",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_core_account_token"),
    )
    op.create_index("ix_core_account_token_user_id", "core_account_token", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_core_account_token_user_id", table_name="core_account_token")
    op.drop_table("core_account_token")
    op.drop_table("core_portal_account")
