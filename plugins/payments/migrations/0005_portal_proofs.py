"""Proofs of insurance contributions handed in through the childminders' portal

Revision ID: 0005_pay
Revises: 0004_pay
Create Date: 2026-12-04 20:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_pay"
down_revision: str | None = "0004_pay"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None  # core (core_upload) is migrated first


def upgrade() -> None:
    op.create_table(
        "pay_proof",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("childminder_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("monthly_cents", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("upload_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.Column("contribution_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["childminder_id"],
            ["core_person.id"],
            name="fk_pay_proof_childminder_id_core_person",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["upload_id"],
            ["core_upload.id"],
            name="fk_pay_proof_upload_id_core_upload",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["pay_contribution.id"],
            name="fk_pay_proof_contribution_id_pay_contribution",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_pay_proof"),
    )
    op.create_index("ix_pay_proof_childminder_id", "pay_proof", ["childminder_id"])


def downgrade() -> None:
    op.drop_index("ix_pay_proof_childminder_id", table_name="pay_proof")
    op.drop_table("pay_proof")
