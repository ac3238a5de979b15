"""Logins of a provider's own staff (sh_provider_user)

A user with the role "hub" sees only the providers linked here and the children enrolled
with or placed at them; office staff (permission substitute_hub.all) see everything.

Revision ID: 0003_sh
Revises: 0002_sh
Create Date: 2026-12-02 01:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_sh"
down_revision: str | None = "0002_sh"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sh_provider_user",
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["sh_provider.id"],
            name=op.f("fk_sh_provider_user_provider_id_sh_provider"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["core_user.id"],
            name=op.f("fk_sh_provider_user_user_id_core_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("provider_id", "user_id", name=op.f("pk_sh_provider_user")),
    )
    op.create_index(
        op.f("ix_sh_provider_user_user_id"), "sh_provider_user", ["user_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_sh_provider_user_user_id"), table_name="sh_provider_user")
    op.drop_table("sh_provider_user")
