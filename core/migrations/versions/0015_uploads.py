"""Uploaded files: whose they are and what they hold (the bytes lie in the data folder);
the agency's documents in the portal and who has read them; consultations offered by
staff and booked by childminders.

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
        sa.Column("person_id", sa.Integer(), nullable=True),
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
    op.create_table(
        "core_portal_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("upload_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["upload_id"],
            ["core_upload.id"],
            name="fk_core_portal_document_upload_id_core_upload",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["core_person.id"],
            name="fk_core_portal_document_person_id_core_person",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_core_portal_document"),
    )
    op.create_index("ix_core_portal_document_person_id", "core_portal_document", ["person_id"])
    op.create_table(
        "core_document_read",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["core_portal_document.id"],
            name="fk_core_document_read_document_id_core_portal_document",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["core_person.id"],
            name="fk_core_document_read_person_id_core_person",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "person_id", name="pk_core_document_read"),
    )
    op.create_index("ix_core_document_read_person_id", "core_document_read", ["person_id"])
    op.create_table(
        "core_consultation_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_user_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("booked_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_core_consultation_slot_minutes_positive")),
        sa.ForeignKeyConstraint(
            ["staff_user_id"],
            ["core_user.id"],
            name="fk_core_consultation_slot_staff_user_id_core_user",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["core_person.id"],
            name="fk_core_consultation_slot_person_id_core_person",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_core_consultation_slot"),
    )
    for column in ("staff_user_id", "starts_at", "person_id"):
        op.create_index(f"ix_core_consultation_slot_{column}", "core_consultation_slot", [column])


def downgrade() -> None:
    for column in ("staff_user_id", "starts_at", "person_id"):
        op.drop_index(f"ix_core_consultation_slot_{column}", table_name="core_consultation_slot")
    op.drop_table("core_consultation_slot")
    op.drop_index("ix_core_document_read_person_id", table_name="core_document_read")
    op.drop_table("core_document_read")
    op.drop_index("ix_core_portal_document_person_id", table_name="core_portal_document")
    op.drop_table("core_portal_document")
    op.drop_index("ix_core_upload_person_id", table_name="core_upload")
    op.drop_table("core_upload")
