"""Where an audited change came from when it was not typed: the file, sheet and row of an
import (core_audit.source).

Revision ID: 0017_core
Revises: 0016_core
Create Date: 2026-12-08 01:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_core"
down_revision: str | None = "0016_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "core_audit", sa.Column("source", sa.String(300), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.drop_column("core_audit", "source")
