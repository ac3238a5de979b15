"""The end date of the Pflegeerlaubnis the childminder and the office were last told of
(core_childminder.permit_told_for): a licence is told once per end date, and again when a
renewal moves the date.

Revision ID: 0016_core
Revises: 0015_core
Create Date: 2026-12-07 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_core"
down_revision: str | None = "0015_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("core_childminder") as batch:
        batch.add_column(sa.Column("permit_told_for", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("core_childminder") as batch:
        batch.drop_column("permit_told_for")
