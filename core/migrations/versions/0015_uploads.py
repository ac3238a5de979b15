"""Uploaded files: whose they are and what they hold (the bytes lie in the data folder).

Revision ID: 0015_core
Revises: 0014_core
Create Date: 2026-12-04 20:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_core"
down_revision: str | None = "0014_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "core_upload",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(32), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(50), nullable=False),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("media_type", sa.String(50), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["core_person.id"],
            name="fk_core_upload_person_id_core_person",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_core_upload"),
        sa.UniqueConstraint("token", name="uq_core_upload_token"),
    )
    op.create_index("ix_core_upload_person_id", "core_upload", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_core_upload_person_id", table_name="core_upload")
    op.drop_table("core_upload")
