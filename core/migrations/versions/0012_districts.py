"""Districts (Stadtbezirke, Sozialräume) with their postal codes and streets, the district
each person lives in, the districts a staff user works in.

Revision ID: 0012_core
Revises: 0011_core
Create Date: 2026-12-03 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_core"
down_revision: str | None = "0011_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "core_district",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_core_district")),
        sa.UniqueConstraint("name", name=op.f("uq_core_district_name")),
    )
    op.create_table(
        "core_district_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("district_id", sa.Integer(), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("street_key", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["core_district.id"],
            name=op.f("fk_core_district_area_district_id_core_district"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_core_district_area")),
        sa.UniqueConstraint(
            "postal_code", "street_key", name=op.f("uq_core_district_area_postal_code")
        ),
    )
    op.create_index(
        op.f("ix_core_district_area_district_id"), "core_district_area", ["district_id"]
    )
    op.create_table(
        "core_user_district",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("district_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["core_district.id"],
            name=op.f("fk_core_user_district_district_id_core_district"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["core_user.id"],
            name=op.f("fk_core_user_district_user_id_core_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "district_id", name=op.f("pk_core_user_district")),
    )
    op.create_table(
        "core_person_district",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("district_id", sa.Integer(), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["core_district.id"],
            name=op.f("fk_core_person_district_district_id_core_district"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["core_person.id"],
            name=op.f("fk_core_person_district_person_id_core_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_core_person_district")),
    )
    op.create_index(
        op.f("ix_core_person_district_district_id"), "core_person_district", ["district_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_core_person_district_district_id"), table_name="core_person_district")
    op.drop_table("core_person_district")
    op.drop_table("core_user_district")
    op.drop_index(op.f("ix_core_district_area_district_id"), table_name="core_district_area")
    op.drop_table("core_district_area")
    op.drop_table("core_district")
