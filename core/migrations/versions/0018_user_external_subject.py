"""Staff accounts keep an optional external subject (the `sub` an identity provider names
the person by), unique, so single sign-on can be added without migrating users.

Revision ID: 0018_core
Revises: 0017_core
Create Date: 2026-12-08 01:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_core"
down_revision: str | None = "0017_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("core_user", sa.Column("external_subject", sa.String(255), nullable=True))
    op.create_index("ix_core_user_external_subject", "core_user", ["external_subject"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_core_user_external_subject", table_name="core_user")
    op.drop_column("core_user", "external_subject")
