"""One record per rendered create form: submitted form tokens and where they led.

Revision ID: 0006_core
Revises: 0005_core
Create Date: 2026-12-01 23:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_core"
down_revision: str | None = "0005_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "core_form_use",
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=False),
        sa.Column("location", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("token", name=op.f("pk_core_form_use")),
    )
    with op.batch_alter_table("core_form_use", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_core_form_use_used_at"), ["used_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("core_form_use", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_core_form_use_used_at"))
    op.drop_table("core_form_use")
