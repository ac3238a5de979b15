"""Statements show their working: each line's Rechenweg, each statement's basis

Revision ID: 0004_pay
Revises: 0003_pay
Create Date: 2026-12-03 09:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_pay"
down_revision: str | None = "0003_pay"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pay_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("working", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("pay_statement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("basis", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35+): recreating pay_statement would
    # delete its lines through their ON DELETE CASCADE.
    with op.batch_alter_table("pay_statement", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("basis")
    with op.batch_alter_table("pay_line", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("working")
