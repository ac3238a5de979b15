"""The outbox: e-mails written with the change that causes them, sent by the worker.

Revision ID: 0008_core
Revises: 0007_core
Create Date: 2026-12-02 10:15:45.587497
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_core"
down_revision: str | None = "0007_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "core_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("to_address", sa.String(length=200), nullable=False),
        sa.Column("to_name", sa.String(length=200), nullable=False),
        sa.Column("sender", sa.String(length=200), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("reply_to", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["core_person.id"],
            name=op.f("fk_core_message_person_id_core_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_core_message")),
        sa.UniqueConstraint("message_id", name=op.f("uq_core_message_message_id")),
    )
    with op.batch_alter_table("core_message", schema=None) as batch_op:
        batch_op.create_index("ix_core_message_listing", ["status", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_core_message_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_core_message_ref"), ["ref"], unique=False)

    op.create_table(
        "core_message_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["core_message.id"],
            name=op.f("fk_core_message_attachment_message_id_core_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_core_message_attachment")),
    )
    with op.batch_alter_table("core_message_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_core_message_attachment_message_id"), ["message_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("core_message_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_core_message_attachment_message_id"))

    op.drop_table("core_message_attachment")
    with op.batch_alter_table("core_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_core_message_ref"))
        batch_op.drop_index(batch_op.f("ix_core_message_person_id"))
        batch_op.drop_index("ix_core_message_listing")

    op.drop_table("core_message")
