"""A statement keeps its lines as one document in its own row (pay_statement.lines);
the table pay_line goes

Revision ID: 0006_pay
Revises: 0005_pay
Create Date: 2026-12-08 00:30:00
"""

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from alembic import op

revision: str = "0006_pay"
down_revision: str | None = "0005_pay"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The document's fields in order, as plugins/payments/runs/stored.py writes them; spelled
# out here, so this step reads the same whatever that module becomes.
FIELDS = (
    "component",
    "label",
    "quantity",
    "unit",
    "rate",
    "amount_cents",
    "child_id",
    "child_name",
    "period_from",
    "period_to",
    "working",
)
TYPES = {
    "quantity": sa.Numeric(12, 2),
    "rate": sa.Numeric(12, 4),
    "amount_cents": sa.Integer(),
    "child_id": sa.Integer(),
    "period_from": sa.Date(),
    "period_to": sa.Date(),
}
LINE = sa.table(
    "pay_line",
    sa.column("id", sa.Integer),
    sa.column("statement_id", sa.Integer),
    sa.column("position", sa.Integer),
    *(sa.column(name, TYPES.get(name, sa.String())) for name in FIELDS),
)
STATEMENT = sa.table("pay_statement", sa.column("id", sa.Integer), sa.column("lines", sa.Text))


def _text(value):
    if isinstance(value, Decimal | float):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def upgrade() -> None:
    op.add_column(
        "pay_statement", sa.Column("lines", sa.Text(), nullable=False, server_default="[]")
    )
    conn = op.get_bind()
    documents = defaultdict(list)
    for row in conn.execute(
        sa.select(LINE.c.statement_id, *(LINE.c[name] for name in FIELDS)).order_by(
            LINE.c.statement_id, LINE.c.position, LINE.c.id
        )
    ):
        documents[row[0]].append([_text(value) for value in row[1:]])
    for statement_id, lines in documents.items():
        text = json.dumps(lines, ensure_ascii=False, separators=(",", ":"))
        conn.execute(STATEMENT.update().where(STATEMENT.c.id == statement_id).values(lines=text))
    op.drop_index("ix_pay_line_statement_id", table_name="pay_line")
    op.drop_table("pay_line")


def downgrade() -> None:
    op.create_table(
        "pay_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("child_name", sa.String(200), nullable=False),
        sa.Column("component", sa.String(50), nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("quantity", sa.Numeric(12, 2), nullable=False),
        sa.Column("unit", sa.String(20), nullable=False),
        sa.Column("rate", sa.Numeric(12, 4), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("working", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["pay_statement.id"],
            name=op.f("fk_pay_line_statement_id_pay_statement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_line")),
    )
    op.create_index("ix_pay_line_statement_id", "pay_line", ["statement_id"])
    conn = op.get_bind()
    rows = []
    for statement_id, text in conn.execute(sa.select(STATEMENT.c.id, STATEMENT.c.lines)):
        for position, values in enumerate(json.loads(text or "[]")):
            line = dict(zip(FIELDS, values, strict=True))
            line["quantity"] = Decimal(line["quantity"]).quantize(Decimal("0.01"), ROUND_HALF_UP)
            line["rate"] = Decimal(line["rate"])
            for day in ("period_from", "period_to"):
                line[day] = line[day] and date.fromisoformat(line[day])
            rows.append({"statement_id": statement_id, "position": position, **line})
    if rows:
        conn.execute(LINE.insert(), rows)
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35+), as in 0004
    with op.batch_alter_table("pay_statement", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("lines")
