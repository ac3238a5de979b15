"""Logins as rows: a session can be ended on the server (logout, password change,
deactivation, restore), and the cookie carries a random token instead of the user id.

Revision ID: 0005_core
Revises: 0004_core
Create Date: 2026-12-01 23:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_core"
down_revision: str | None = "0004_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "core_login_session",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["core_user.id"],
            name=op.f("fk_core_login_session_user_id_core_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_core_login_session")),
    )
    with op.batch_alter_table("core_login_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_core_login_session_user_id"), ["user_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("core_login_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_core_login_session_user_id"))
    op.drop_table("core_login_session")
