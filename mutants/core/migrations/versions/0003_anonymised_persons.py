"""Persons whose personal data was erased after the retention period (DSGVO Art. 17).

Revision ID: 0003_core
Revises: 0002_core
Create Date: 2026-11-23 07:29:14.879714
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_core"
down_revision: str | None = "0002_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("core_person", sa.Column("anonymised_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # a plain DROP COLUMN (SQLite 3.35+): rebuilding core_person, as batch mode would, breaks
    # the foreign keys that point at it
    op.drop_column("core_person", "anonymised_on")
