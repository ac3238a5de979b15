"""A file imported all or nothing: every row of every sheet is checked and stored in one
transaction; if any row has a problem, or it is only the preview, nothing stays. The
report lists what was created, found and linked, and each problem with its sheet, row,
column and value. Every record a row writes carries its source in the audit log."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from core.db import savepoint
from core.errors import ValidationError
from core.i18n import gettext_
from core.imports import reading, values
from core.imports.rows import Context
from core.imports.sheets import Sheet, check_mapping, column_name, guess, normal, sheet_for
from core.imports.starter import LEGEND


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str  # "C (Vorname)", or "" where no one column is meant
    value: str
    message: str

    def text(self) -> str:
        where = [self.sheet] if self.sheet else []
        if self.row is not None:
            where.append(gettext_("Zeile {row}").format(row=self.row))
        if self.column:
            where.append(gettext_("Spalte {column}").format(column=self.column))
        value = f" „{self.value}“" if self.value else ""
        return f"{', '.join(where)}{value}: {self.message}" if where else self.message


@dataclass
class Report:
    file: str
    dry_run: bool
    outcomes: list[tuple[str, int, str, str]] = field(default_factory=list)  # sheet, row, …
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # worth a look, imported anyway
    rows: int = 0
    stopped: bool = False  # checking stopped at MAX_PROBLEMS; the rest is unread

    def full(self) -> bool:
        self.stopped = self.stopped or len(self.problems) >= MAX_PROBLEMS
        return self.stopped

    @property
    def imported(self) -> bool:
        return not self.problems and not self.dry_run

    def counts(self) -> Counter:
        return Counter(action for _, _, action, _ in self.outcomes)


# A file with this many problems is shown them and not read further: a wrong column or
# format repeats on every row, and the first ones say what to fix.
MAX_PROBLEMS = 50
NOT_DATA = {normal(LEGEND), "legend", "erlaeuterung", "erlaeuterungen", "hinweise"}


class _Undo(Exception):
    """Leaves the transaction without committing (a preview, or a file with problems)."""


@dataclass
class Plan:
    sheet: Sheet
    table: reading.Table
    mapping: dict[str, int]  # field key → column index


def plan(path: Path, sheets: list[Sheet], limits: reading.Limits, chosen: str | None = None):
    """Which sheet each table of the file is and which column each field; a
    ValidationError names a table nobody can place or a required column that is missing."""
    plans = []
    for table in reading.open_tables(path, limits):
        if normal(table.name) in NOT_DATA:
            continue  # the legend of a template, notes beside the data
        sheet = (
            next((s for s in sheets if s.key == chosen), None)
            if chosen
            else sheet_for(sheets, table.name, table.header)
        )
        if sheet is None:
            raise ValidationError(
                {
                    "sheet": gettext_(
                        "Tabelle {name}: Unklar, was sie enthält. Bitte benennen "
                        "(z. B. {examples}) oder die Art angeben."
                    ).format(name=table.name, examples=", ".join(gettext_(s.label) for s in sheets))
                }
            )
        mapping = guess(sheet, table.header)
        check_mapping(sheet, mapping, table.header)
        plans.append(Plan(sheet, table, mapping))
    return sorted(plans, key=lambda p: p.sheet.order)


def import_file(
    db,
    path: Path,
    plans: list[Plan],
    *,
    hooks,
    actor: str,
    today: date,
    dry_run: bool = False,
    shown_name: str | None = None,
) -> Report:
    """`shown_name`: the file's name as its owner knows it (an upload waits under another)."""
    report = Report(shown_name or path.name, dry_run)
    try:
        with db.transaction(actor) as session:
            ctx = Context(session, hooks, today)
            for p in plans:
                if not report.full():
                    _rows(ctx, p, report.file, report)
            if report.problems or dry_run:
                raise _Undo
    except _Undo:
        pass
    except ValidationError as exc:  # the file itself (too many rows, control characters)
        report.problems += [Problem("", None, "", "", m) for m in exc.errors.values()]
    return report


def _rows(ctx: Context, p: Plan, file: str, report: Report) -> None:
    label = gettext_(p.sheet.label)
    for number, cells in p.table.rows:
        if report.full():
            return
        raw = {key: cells[i] if i < len(cells) else None for key, i in p.mapping.items()}
        if all(values.text(v) == "" for v in raw.values()):
            continue  # an empty row between or after the data
        report.rows += 1
        found, problems = _read(p, raw, ctx.today)
        if problems:
            report.problems += [Problem(label, number, *rest) for rest in problems]
            continue
        ctx.session.info["audit_source"] = f"{file}, {p.table.name}, Zeile {number}"
        start, warned = len(ctx.outcomes), len(ctx.warnings)
        try:
            with savepoint(ctx.session):
                p.sheet.store(ctx, found)
        except ValidationError as exc:
            del ctx.outcomes[start:], ctx.warnings[warned:]
            for key, message in exc.errors.items():
                column, value = _where(p, key, raw)
                report.problems.append(Problem(label, number, column, value, message))
        else:
            report.outcomes += [(label, number, a, w) for a, w in ctx.outcomes[start:]]
            for key, message in ctx.warnings[warned:]:
                column, value = _where(p, key, raw)
                report.warnings.append(Problem(label, number, column, value, message))
        finally:
            ctx.session.info.pop("audit_source", None)


def _read(p: Plan, raw: dict, today: date):
    """The row's cells as the services read them; (column, value, message) of cells that
    are no value of their kind."""
    found, problems = {}, []
    for key, cell in raw.items():
        f = p.sheet.field(key)
        if f.kind == "date":
            found[key] = values.date_text(cell, today)
        elif f.kind == "choice":
            found[key] = values.choice_text(cell, f.choices)
        elif f.kind == "flag":
            flag = values.flag_text(cell)
            if flag is None:
                column, value = _where(p, key, raw)
                message = gettext_("{label}: bitte ja oder nein.").format(label=gettext_(f.label))
                problems.append((column, value, message))
            found[key] = flag or ""
        else:
            found[key] = values.text(cell)
    return found, problems


def _where(p: Plan, key: str, raw: dict) -> tuple[str, str]:
    """("C (Vorname)", the cell as typed) of a field; the child's or childminder's first
    column where a service names the id it looked up."""
    key = {"child_id": "child_last_name", "childminder_id": "childminder_last_name"}.get(key, key)
    if key not in p.mapping:
        return "", ""
    index = p.mapping[key]
    title = p.table.header[index] if index < len(p.table.header) else ""
    return f"{column_name(index)} ({title})", values.text(raw.get(key))
