"""Ballots sealed at the vote with the election committee's public key

Before, every vote rewrote the election's urn row; on PostgreSQL its dead row versions
(and the WAL) held every intermediate urn, so diffing them gave each ballot and the
transaction that cast it. Now a vote inserts its ballot sealed (`pc_sealed_ballot`), and
the urn is written once, at the count, with the key only the committee holds (see
`plugins.parent_council.secrecy`).

Ballots already in an urn stay there and are counted with the opened ones. An open
election has no key yet: its office makes one on the election's page before voting goes
on.

Revision ID: 0003_pc
Revises: 0002_pc
Create Date: 2026-12-07 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_pc"
down_revision: str | None = "0002_pc"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("pc_election", sa.Column("seal_key", sa.String(length=64), nullable=True))
    op.create_table(
        "pc_sealed_ballot",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("election_id", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["pc_election.id"],
            name=op.f("fk_pc_sealed_ballot_election_id_pc_election"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pc_sealed_ballot")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_pc_sealed_ballot_election", "pc_sealed_ballot", ["election_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_pc_sealed_ballot_election", table_name="pc_sealed_ballot")
    op.drop_table("pc_sealed_ballot")
    # in place (SQLite ≥ 3.35): a batch copy of pc_election would break the keys onto it
    op.drop_column("pc_election", "seal_key")
