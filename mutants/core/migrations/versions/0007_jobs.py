"""Jobs for the worker: one queue for every module's background work.

Revision ID: 0007_core
Revises: 0006_core
Create Date: 2026-12-02 04:18:13.273628
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_core"
down_revision: str | None = "0006_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "core_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=True),
        sa.Column("key", sa.String(length=150), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("not_before", sa.DateTime(), nullable=False),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("worker", sa.String(length=100), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_core_job")),
        sa.UniqueConstraint("key", name=op.f("uq_core_job_key")),
    )
    with op.batch_alter_table("core_job", schema=None) as batch_op:
        batch_op.create_index("ix_core_job_due", ["status", "not_before"], unique=False)
        batch_op.create_index(batch_op.f("ix_core_job_ref"), ["ref"], unique=False)
        batch_op.create_index(
            "uq_core_job_active",
            ["kind", "ref"],
            unique=True,
            postgresql_where=sa.text("status IN ('queued', 'running') AND ref IS NOT NULL"),
            sqlite_where=sa.text("status IN ('queued', 'running') AND ref IS NOT NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("core_job", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_core_job_active",
            postgresql_where=sa.text("status IN ('queued', 'running') AND ref IS NOT NULL"),
            sqlite_where=sa.text("status IN ('queued', 'running') AND ref IS NOT NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_core_job_ref"))
        batch_op.drop_index("ix_core_job_due")

    op.drop_table("core_job")
