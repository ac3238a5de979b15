"""Ballots in one sorted urn per election; used codes as marks that lead to no voter

Before, a vote set `pc_voter.voted` in the transaction that wrote `pc_ballot`, so on
PostgreSQL both rows carried the same `xmin`, and the ballots' row order gave the order
of voting. Now voting writes no voter or invitation row (see
`plugins.parent_council.secrecy`).

The upgrade moves every ballot into its election's urn, sorted by content, and drops the
ballot tables. Marks need the plain code, which was never stored: a code already used
before the upgrade is retired instead (its hash is removed, so it is refused as unknown)
and a random placeholder mark keeps the count of used codes equal to the ballots.

Revision ID: 0002_pc
Revises: 0001_pc
Create Date: 2026-12-02 01:30:00
"""

import hashlib
import secrets
from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_pc"
down_revision: str | None = "0001_pc"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _placeholder() -> str:
    return hashlib.sha256(b"retired\x00" + secrets.token_bytes(32)).hexdigest()


def upgrade() -> None:
    op.create_table(
        "pc_urn",
        sa.Column("election_id", sa.Integer(), nullable=False),
        sa.Column("ballots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["pc_election.id"],
            name=op.f("fk_pc_urn_election_id_pc_election"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("election_id", name=op.f("pk_pc_urn")),
    )
    op.create_table(
        "pc_spent_code",
        sa.Column("mark", sa.String(length=64), nullable=False),
        sa.Column("election_id", sa.Integer(), nullable=True),
        sa.Column("survey_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "(election_id IS NULL) <> (survey_id IS NULL)", name=op.f("ck_pc_spent_code_one_owner")
        ),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["pc_election.id"],
            name=op.f("fk_pc_spent_code_election_id_pc_election"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["pc_survey.id"],
            name=op.f("fk_pc_spent_code_survey_id_pc_survey"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mark", name=op.f("pk_pc_spent_code")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_pc_spent_code_election", "pc_spent_code", ["election_id"])
    op.create_index("ix_pc_spent_code_survey", "pc_spent_code", ["survey_id"])
    op.add_column("pc_election", sa.Column("early_close_reason", sa.Text(), nullable=True))

    bind = op.get_bind()
    _move_ballots(bind)
    _retire_used_codes(bind)

    with op.batch_alter_table("pc_ballot_choice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pc_ballot_choice_candidate_id"))
    op.drop_table("pc_ballot_choice")
    with op.batch_alter_table("pc_ballot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pc_ballot_election_id"))
    op.drop_table("pc_ballot")
    with op.batch_alter_table("pc_voter", schema=None) as batch_op:
        batch_op.drop_column("voted")
        batch_op.drop_column("channel")
    with op.batch_alter_table("pc_invitation", schema=None) as batch_op:
        batch_op.alter_column("code_hash", existing_type=sa.String(length=64), nullable=True)
        batch_op.drop_column("used")


def _move_ballots(bind) -> None:
    choices = defaultdict(list)
    for ballot_id, candidate_id in bind.execute(
        sa.text("SELECT ballot_id, candidate_id FROM pc_ballot_choice")
    ):
        choices[ballot_id].append(candidate_id)
    urns = defaultdict(list)
    for ballot_id, election_id in bind.execute(sa.text("SELECT id, election_id FROM pc_ballot")):
        urns[election_id].append(sorted(choices[ballot_id]))
    issued = [row[0] for row in bind.execute(sa.text("SELECT id FROM pc_election"))]
    urn = sa.table("pc_urn", sa.column("election_id"), sa.column("ballots", sa.JSON()))
    rows = [{"election_id": e, "ballots": sorted(urns.get(e, []))} for e in issued]
    if rows:
        bind.execute(sa.insert(urn), rows)


def _retire_used_codes(bind) -> None:
    spent = sa.table(
        "pc_spent_code",
        sa.column("mark"),
        sa.column("election_id"),
        sa.column("survey_id"),
        sa.column("channel"),
    )
    used = [
        {"mark": _placeholder(), "election_id": e, "survey_id": None, "channel": c or "online"}
        for e, c in bind.execute(
            sa.text("SELECT election_id, channel FROM pc_voter WHERE voted = :t"), {"t": True}
        )
    ] + [
        {"mark": _placeholder(), "election_id": None, "survey_id": s, "channel": "online"}
        for (s,) in bind.execute(
            sa.text("SELECT survey_id FROM pc_invitation WHERE used = :t"), {"t": True}
        )
    ]
    if used:
        bind.execute(sa.insert(spent), used)
    bind.execute(sa.text("UPDATE pc_voter SET code_hash = NULL WHERE voted = :t"), {"t": True})
    # pc_invitation.code_hash becomes nullable below; until then retire by a unique dummy
    for (invitation_id,) in list(
        bind.execute(sa.text("SELECT id FROM pc_invitation WHERE used = :t"), {"t": True})
    ):
        bind.execute(
            sa.text("UPDATE pc_invitation SET code_hash = :h WHERE id = :i"),
            {"h": _placeholder(), "i": invitation_id},
        )


def downgrade() -> None:
    """Ballots back into rows (random ids, random order). Which voter used a code was never
    recorded, so in an election or survey with votes every remaining code is retired:
    a downgrade during voting ends online voting there rather than allow a second vote."""
    op.create_table(
        "pc_ballot",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("election_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["pc_election.id"],
            name=op.f("fk_pc_ballot_election_id_pc_election"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pc_ballot")),
    )
    with op.batch_alter_table("pc_ballot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pc_ballot_election_id"), ["election_id"], unique=False)
    op.create_table(
        "pc_ballot_choice",
        sa.Column("ballot_id", sa.String(length=32), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ballot_id"],
            ["pc_ballot.id"],
            name=op.f("fk_pc_ballot_choice_ballot_id_pc_ballot"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["pc_candidate.id"],
            name=op.f("fk_pc_ballot_choice_candidate_id_pc_candidate"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("ballot_id", "candidate_id", name=op.f("pk_pc_ballot_choice")),
    )
    with op.batch_alter_table("pc_ballot_choice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pc_ballot_choice_candidate_id"), ["candidate_id"], unique=False
        )
    with op.batch_alter_table("pc_voter", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("voted", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("channel", sa.String(length=20), nullable=True))
    with op.batch_alter_table("pc_invitation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("used", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    bind = op.get_bind()
    ballot = sa.table("pc_ballot", sa.column("id"), sa.column("election_id"))
    choice = sa.table("pc_ballot_choice", sa.column("ballot_id"), sa.column("candidate_id"))
    urns = bind.execute(
        sa.select(sa.table("pc_urn", sa.column("election_id"), sa.column("ballots", sa.JSON())))
    )
    for election_id, ballots in list(urns):
        for choices in secrets.SystemRandom().sample(ballots, len(ballots)):
            ballot_id = secrets.token_hex(16)
            bind.execute(sa.insert(ballot).values(id=ballot_id, election_id=election_id))
            for candidate_id in choices:
                bind.execute(
                    sa.insert(choice).values(ballot_id=ballot_id, candidate_id=candidate_id)
                )
    bind.execute(
        sa.text(
            "UPDATE pc_voter SET code_hash = NULL WHERE election_id IN "
            "(SELECT election_id FROM pc_spent_code WHERE election_id IS NOT NULL)"
        )
    )
    for (invitation_id,) in list(
        bind.execute(
            sa.text(
                "SELECT id FROM pc_invitation WHERE survey_id IN "
                "(SELECT survey_id FROM pc_spent_code WHERE survey_id IS NOT NULL)"
            )
        )
    ):
        bind.execute(
            sa.text("UPDATE pc_invitation SET code_hash = :h, used = :t WHERE id = :i"),
            {"h": _placeholder(), "t": True, "i": invitation_id},
        )
    with op.batch_alter_table("pc_invitation", schema=None) as batch_op:
        batch_op.alter_column("code_hash", existing_type=sa.String(length=64), nullable=False)
    # not in batch mode: SQLite would copy pc_election, which other tables reference
    op.drop_column("pc_election", "early_close_reason")
    op.drop_index("ix_pc_spent_code_survey", table_name="pc_spent_code")
    op.drop_index("ix_pc_spent_code_election", table_name="pc_spent_code")
    op.drop_table("pc_spent_code")
    op.drop_table("pc_urn")
