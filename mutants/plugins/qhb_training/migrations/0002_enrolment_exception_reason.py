"""The reason an enrolment was admitted as an exception (Teil 2 before Teil 1 is complete)

Revision ID: 0002_qhb
Revises: 0001_qhb
Create Date: 2026-12-02 02:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_qhb"
down_revision: str | None = "0001_qhb"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "qhb_enrolment",
        sa.Column("exception_reason", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("qhb_enrolment", "exception_reason")
