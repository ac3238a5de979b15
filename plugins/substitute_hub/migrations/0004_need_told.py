"""When the family was told of a need's substitute care (sh_need.told_at)

Set when the office sends the confirmations; a need that was told and then goes away
(an absence taken back or shortened) is told again, as cancelled.

Revision ID: 0004_sh
Revises: 0003_sh
Create Date: 2026-12-07 16:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_sh"
down_revision: str | None = "0003_sh"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sh_need") as batch:
        batch.add_column(sa.Column("told_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sh_need") as batch:
        batch.drop_column("told_at")
