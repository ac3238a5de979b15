"""Statements show their working: each line's Rechenweg, each statement's basis; stored
rate periods keep the rounding they were computed with (hours first)

Revision ID: 0004_pay
Revises: 0003_pay
Create Date: 2026-12-03 09:30:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_pay"
down_revision: str | None = "0003_pay"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Before this revision every amount was priced from hours rounded to two places; new tables
# default to rounding each amount once from exact hours. A stored period without a rule
# keeps the old one, so a month recomputed after the upgrade pays what it paid before.
RULE = "hours_first"


def _rewrite_bodies(change) -> None:
    conn = op.get_bind()
    table = sa.table("pay_rate_period", sa.column("id", sa.Integer), sa.column("body", sa.JSON))
    for row_id, body in conn.execute(sa.select(table.c.id, table.c.body)).all():
        body = json.loads(body) if isinstance(body, str) else dict(body)
        if change(body):
            conn.execute(table.update().where(table.c.id == row_id).values(body=body))


def _keep_rule(body: dict) -> bool:
    if "rounding" in body:
        return False
    body["rounding"] = RULE
    return True


def _drop_rule(body: dict) -> bool:
    return body.pop("rounding", None) == RULE


def upgrade() -> None:
    _rewrite_bodies(_keep_rule)
    with op.batch_alter_table("pay_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("working", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("pay_statement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("basis", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35+): recreating pay_statement would
    # delete its lines through their ON DELETE CASCADE.
    with op.batch_alter_table("pay_statement", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("basis")
    with op.batch_alter_table("pay_line", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("working")
    _rewrite_bodies(_drop_rule)
