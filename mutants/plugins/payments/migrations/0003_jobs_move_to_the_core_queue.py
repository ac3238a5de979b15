"""Background work moves to the core job queue (core_job); the module's own table goes.
Its rows were progress reports of finished or abandoned work, nothing to carry over.

Revision ID: 0003_pay
Revises: 0002_pay
Create Date: 2026-12-02 04:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_pay"
down_revision: str | None = "0002_pay"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pay_job", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pay_job_run_id"))
    op.drop_table("pay_job")


def downgrade() -> None:
    op.create_table(
        "pay_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False, server_default="documents"),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"], ["pay_run.id"], name=op.f("fk_pay_job_run_id_pay_run"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_job")),
    )
    with op.batch_alter_table("pay_job", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pay_job_run_id"), ["run_id"], unique=False)
