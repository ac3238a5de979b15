"""Certificates handed in through the childminders' portal for recognition

Revision ID: 0003_qhb
Revises: 0002_qhb
Create Date: 2026-12-04 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_qhb"
down_revision: str | None = "0002_qhb"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None  # core (core_upload) is migrated first


def upgrade() -> None:
    op.create_table(
        "qhb_recognition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("ue", sa.Integer(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("credential_id", sa.Integer(), nullable=True),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("upload_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["core_person.id"],
            name="fk_qhb_recognition_person_id_core_person",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["upload_id"],
            ["core_upload.id"],
            name="fk_qhb_recognition_upload_id_core_upload",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["credential_id"],
            ["qhb_credential.id"],
            name="fk_qhb_recognition_credential_id_qhb_credential",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["qhb_evidence.id"],
            name="fk_qhb_recognition_evidence_id_qhb_evidence",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_qhb_recognition"),
    )
    op.create_index("ix_qhb_recognition_person_id", "qhb_recognition", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_qhb_recognition_person_id", table_name="qhb_recognition")
    op.drop_table("qhb_recognition")
