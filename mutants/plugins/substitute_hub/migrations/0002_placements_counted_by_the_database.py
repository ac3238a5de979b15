"""The database counts a day's booked places from its placements (triggers)

Before, the application added and subtracted `sh_place_day.booked` itself, and two
concurrent releases of one placement subtracted twice. Now a trigger on `sh_placement`
changes the count for every insert, delete (also by cascade, when an absence, need or
child goes) and move, under the day row's lock; the CHECK `booked <= places` refuses the
booking that would overfill the day. The upgrade first recounts every day.

On SQLite the placement table also gets AUTOINCREMENT: without it a released placement's
id goes to the next booking, and a stale "freigeben" button would free another child's day.

Revision ID: 0002_sh
Revises: 0001_sh
Create Date: 2026-12-01 22:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_sh"
down_revision: str | None = "0001_sh"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The name the application looks for when a placement has no day row to count on.
MISSING_DAY = "sh_place_day_missing"

RECOUNT = """
UPDATE sh_place_day SET
  booked = (SELECT count(*) FROM sh_placement p
            WHERE p.provider_id = sh_place_day.provider_id AND p.day = sh_place_day.day),
  places = {greatest}(places, (SELECT count(*) FROM sh_placement p
            WHERE p.provider_id = sh_place_day.provider_id AND p.day = sh_place_day.day))
"""
MISSING_ROWS = """
INSERT INTO sh_place_day (provider_id, day, places, booked)
SELECT provider_id, day, count(*), count(*) FROM sh_placement p
WHERE NOT EXISTS (SELECT 1 FROM sh_place_day d
                  WHERE d.provider_id = p.provider_id AND d.day = p.day)
GROUP BY provider_id, day
"""

POSTGRESQL = [
    f"""
CREATE FUNCTION sh_count_placement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE sh_place_day SET booked = booked - 1
     WHERE provider_id = OLD.provider_id AND day = OLD.day;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE sh_place_day SET booked = booked + 1
     WHERE provider_id = NEW.provider_id AND day = NEW.day;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'no place day for provider % on %', NEW.provider_id, NEW.day
        USING ERRCODE = 'foreign_key_violation', CONSTRAINT = '{MISSING_DAY}';
    END IF;
  END IF;
  RETURN NULL;
END $$
""",
    """
CREATE TRIGGER sh_placement_counts
AFTER INSERT OR DELETE OR UPDATE OF provider_id, day ON sh_placement
FOR EACH ROW EXECUTE FUNCTION sh_count_placement()
""",
]

_SQLITE_TAKE = f"""
  SELECT RAISE(ABORT, '{MISSING_DAY}') WHERE NOT EXISTS (
    SELECT 1 FROM sh_place_day WHERE provider_id = NEW.provider_id AND day = NEW.day);
  UPDATE sh_place_day SET booked = booked + 1
   WHERE provider_id = NEW.provider_id AND day = NEW.day;
"""
_SQLITE_GIVE = """
  UPDATE sh_place_day SET booked = booked - 1
   WHERE provider_id = OLD.provider_id AND day = OLD.day;
"""
SQLITE = [
    f"CREATE TRIGGER sh_placement_booked AFTER INSERT ON sh_placement BEGIN {_SQLITE_TAKE} END",
    f"CREATE TRIGGER sh_placement_released AFTER DELETE ON sh_placement BEGIN {_SQLITE_GIVE} END",
    "CREATE TRIGGER sh_placement_moved AFTER UPDATE OF provider_id, day ON sh_placement "
    f"BEGIN {_SQLITE_GIVE} {_SQLITE_TAKE} END",
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if not postgres:
        with op.batch_alter_table(
            "sh_placement", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    op.execute(MISSING_ROWS)
    op.execute(RECOUNT.format(greatest="GREATEST" if postgres else "max"))
    for statement in POSTGRESQL if postgres else SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER sh_placement_counts ON sh_placement")
        op.execute("DROP FUNCTION sh_count_placement()")
    else:
        for name in ("sh_placement_booked", "sh_placement_released", "sh_placement_moved"):
            op.execute(f"DROP TRIGGER {name}")
        with op.batch_alter_table(
            "sh_placement", recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ):
            pass
