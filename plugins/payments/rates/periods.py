"""The rate periods stored in the database: imported from a rate file or a shipped preset,
listed, read back as one rate table for a month's run, deleted."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.format import format_date
from core.i18n import gettext_
from plugins.payments import models
from plugins.payments.rates import ratefile
from plugins.payments.rates.tables import RateTable


def import_table(session: Session, table: RateTable, *, replace: bool = False) -> int:
    """Store a rate table's periods; refuses overlaps with stored periods unless `replace`."""
    for period in table.periods:
        clashes = session.scalars(
            select(models.RatePeriod).where(
                models.RatePeriod.valid_from <= (period.valid_to or date.max),
                (models.RatePeriod.valid_to.is_(None))
                | (models.RatePeriod.valid_to >= period.valid_from),
            )
        ).all()
        for clash in clashes:
            if not replace:
                raise ValidationError(
                    {
                        "rates": gettext_(
                            "Der Zeitraum ab {valid_from} überschneidet "
                            "sich mit '{table_name}' ab {valid_from2}. "
                            "Bitte den alten Zeitraum erst löschen oder ersetzen."
                        ).format(
                            valid_from=format_date(period.valid_from),
                            table_name=clash.table_name,
                            valid_from2=format_date(clash.valid_from),
                        )
                    }
                )
            session.delete(clash)
        session.flush()
        session.add(
            models.RatePeriod(
                table_name=table.name,
                source=table.source,
                note=table.note,
                valid_from=period.valid_from,
                valid_to=period.valid_to,
                body={**period.raw, "rounding": period.rounding},  # the rule, always explicit
            )
        )
    session.flush()
    return len(table.periods)


def import_preset(session: Session, key: str, *, replace: bool = False) -> int:
    path = ratefile.presets().get(key)
    if path is None:
        raise ValidationError(
            {"preset": gettext_("Eine Vorlage '{key}' gibt es nicht.").format(key=key)}
        )
    return import_table(session, ratefile.load_file(path), replace=replace)


def rate_periods(session: Session) -> list[models.RatePeriod]:
    return list(session.scalars(select(models.RatePeriod).order_by(models.RatePeriod.valid_from)))


def stored_table(session: Session) -> RateTable:
    """All stored periods as one table (they never overlap)."""
    rows = rate_periods(session)
    return RateTable(
        name=", ".join(dict.fromkeys(r.table_name for r in rows)) or "keine Sätze",
        source="",
        as_of=None,
        note="",
        periods=tuple(
            ratefile.period_from_dict(r.body, r.table_name, r.table_name, r.source) for r in rows
        ),
    )


def get_rate_period(session: Session, period_id: int) -> models.RatePeriod:
    period = session.get(models.RatePeriod, period_id)
    if period is None:
        raise NotFound(gettext_("Diesen Satzzeitraum gibt es nicht."))
    return period


def delete_rate_period(session: Session, period_id: int) -> None:
    row = session.get(models.RatePeriod, period_id)
    if row is None:
        raise NotFound(gettext_("Diesen Satzzeitraum gibt es nicht."))
    session.delete(row)
