"""The agency's own opening and closing words per kind of letter.

Revision ID: 0011_core
Revises: 0010_core
Create Date: 2026-12-02 16:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_core"
down_revision: str | None = "0010_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "core_letter_text",
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.Column("closing", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_core_letter_text")),
    )


def downgrade() -> None:
    op.drop_table("core_letter_text")
