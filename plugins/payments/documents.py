"""Payment statements as PDF: DIN 5008 letters, a combined file and a run summary.

WeasyPrint's cost is mostly per document, not per page (one statement alone ~230 ms, one
page inside a 200-statement document ~35 ms). So statements are laid out in batches as
one document each; every statement's pages are then written out of the laid-out batch,
and the batches run in worker processes. Workers get plain data, never sessions.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import private_files
from core.errors import ValidationError
from core.format import format_date
from core.i18n import N_, gettext_
from core.iban import valid as iban_valid
from core.letters.letterhead import Letterhead
from core.letters.pdf import ARCHIVE, LETTER, cut, html_document
from core.models import Person
from core.salutation import address_line, salutation
from core.settings import settings_of
from plugins.payments import models

BATCH_SIZE = 50  # statements per laid-out document and per worker task


@dataclass(frozen=True)
class Sender:
    """The paying office, printed on every letter."""

    name: str
    street: str = ""
    city: str = ""
    iban: str = ""
    legal_basis: str = "§ 23 Abs. 2 und 2a SGB VIII"
    missing: tuple[str, ...] = ()  # what the settings lack for letters and transfers

    def check_complete(self) -> None:
        """Statements are frozen with this letterhead and paid from this account: without
        them a run must not be finalised."""
        if self.missing:
            raise ValidationError(
                {
                    "run": gettext_(
                        "Abschließen nicht möglich: In den Einstellungen fehlt {value}."
                    ).format(value=", ".join(gettext_(m) for m in self.missing))
                }
            )

    @classmethod
    def of(cls, session: Session) -> Sender:
        """The paying office: the agency's letterhead (name, address, bank account), each
        replaced only where finance set its own for the bank (`payments.debtor_*`,
        `payments.sender_*`), so letters and transfers name the same office."""
        lh = Letterhead.of(session)
        named, street, city, iban = (
            str(value).strip()
            for value in settings_of(session).many(
                session,
                "payments.debtor_name",
                "payments.sender_street",
                "payments.sender_city",
                "payments.debtor_iban",
            )
        )
        name, street, city = named or lh.name, street or lh.street, city or lh.city_line
        iban = iban or lh.iban
        needed = {
            N_("der Name der auszahlenden Stelle"): name,
            N_("die IBAN des auszahlenden Kontos"): iban_valid(iban),
            N_("die Straße der auszahlenden Stelle"): street,
            N_("PLZ und Ort der auszahlenden Stelle"): city,
        }
        return cls(
            name=name,
            street=street,
            city=city,
            iban=iban,
            missing=tuple(label for label, value in needed.items() if not value),
        )


def _line_data(ln) -> dict:
    return {
        "child": ln.child_name,
        "label": ln.label,
        "quantity": ln.quantity,
        "unit": ln.unit,
        "rate": ln.rate,
        "amount_cents": ln.amount_cents,
        "period_from": ln.period_from,
        "period_to": ln.period_to,
        "working": ln.working,
    }


def statement_data(session: Session, run: models.Run, childminder_ids=None) -> list[dict]:
    """The run's statements with lines as plain dicts (picklable, ordered by name)."""
    query = select(models.Statement).where(models.Statement.run_id == run.id)
    if childminder_ids is not None:
        query = query.where(models.Statement.childminder_id.in_(childminder_ids))
    stmts = list(session.scalars(query.order_by(models.Statement.name, models.Statement.id)))
    lines = {s.id: [_line_data(ln) for ln in s.lines] for s in stmts}
    readers = {
        p.id: p
        for p in session.scalars(
            select(Person).where(Person.id.in_({s.childminder_id for s in stmts}))
        )
    }
    return [
        {
            "id": s.id,
            "childminder_id": s.childminder_id,
            "name": s.name,
            "salutation": salutation([readers[s.childminder_id]]),
            "address_line": address_line(readers[s.childminder_id]),
            "street": s.street,
            "postal_code": s.postal_code,
            "city": s.city,
            "iban": s.iban,
            "total_cents": s.total_cents,
            "lines": lines[s.id],
            "basis": [line for line in s.basis.splitlines() if line],
        }
        for s in stmts
    ]


def run_context(session: Session, run: models.Run) -> dict:
    """What every statement of the run shares: the run, the paying office, the letterhead."""
    return {
        "run": {
            "id": run.id,
            "month": run.month,
            "label": run.label,
            "kind": run.kind,
            "corrects_id": run.corrects_id,
            "final": run.is_final,
        },
        "sender": Sender.of(session),
        "lh": Letterhead.of(session),
        "today": date.today(),
    }


def _html(template: str, context: dict):
    return html_document(template, context, {"period": period_text})


def render_batch(context: dict, batch: list[dict]) -> tuple[bytes, list[tuple[int, bytes]]]:
    """One laid-out document for the batch; returns it and each statement's own PDF.

    The single files are cut out of the combined PDF with pypdf: writing a page range
    with WeasyPrint again would repeat its font subsetting (~0.5 s per file).
    """
    doc = _html("payments/pdf/statements.html", {**context, "statements": batch}).render()
    starts = {}
    for index, page in enumerate(doc.pages):
        for anchor in page.anchors:
            if anchor.startswith("st-"):
                starts.setdefault(int(anchor[3:]), index)
    combined = doc.write_pdf(pdf_variant=ARCHIVE)
    reader = PdfReader(BytesIO(combined))
    order = [s["childminder_id"] for s in batch]
    bounds = [starts[cm] for cm in order] + [len(doc.pages)]
    singles = [(cm, cut(reader, bounds[i], bounds[i + 1])) for i, cm in enumerate(order)]
    return combined, singles


def render_statement(context: dict, statement: dict) -> bytes:
    """A single statement on its own (one download): the simple path."""
    document = _html("payments/pdf/statements.html", {**context, "statements": [statement]})
    return document.write_pdf(pdf_variant=ARCHIVE)


def render_summary(context: dict, statements: list[dict], problems: list[dict]) -> bytes:
    return _html(
        "payments/pdf/summary.html",
        {**context, "statements": statements, "problems": problems},
    ).write_pdf(pdf_variant=LETTER)


def run_dir(data_dir: Path, run: models.Run) -> Path:
    """Where a run's PDFs live; named by the computation, so files of a recomputed or
    discarded draft (whose id SQLite may hand out again) are never served for another."""
    stamp = run.computed_at.strftime("%Y%m%d%H%M%S%f") if run.computed_at else "neu"
    return Path(data_dir) / "payments" / f"run-{run.id}-{stamp}"


def render_run(
    context: dict,
    statements: list[dict],
    target: Path,
    *,
    workers: int | None = None,
    progress: Callable[[int], None] = lambda n: None,
    root: Path | None = None,
) -> Path:
    """Write one PDF per childminder and `alle-bescheide.pdf` into `target`: each file
    0600, `target` and its folders up to `root` (the data folder) 0700."""
    private_files.folder(target, root or target)
    batches = [statements[i : i + BATCH_SIZE] for i in range(0, len(statements), BATCH_SIZE)]
    workers = workers or min(len(batches), os.cpu_count() or 1)
    combined: list[bytes | None] = [None] * len(batches)
    if workers <= 1 or len(batches) <= 1:
        for i, batch in enumerate(batches):
            combined[i] = _store(target, *render_batch(context, batch))
            progress(len(batch))
    else:
        # forkserver: the web app starts this from a thread, where fork() is unsafe
        spawner = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(max_workers=workers, mp_context=spawner) as pool:
            futures = {pool.submit(render_batch, context, b): i for i, b in enumerate(batches)}
            for future in as_completed(futures):
                i = futures[future]
                combined[i] = _store(target, *future.result())
                progress(len(batches[i]))
    writer = PdfWriter()
    for pdf in combined:
        writer.append(BytesIO(pdf))
    out = BytesIO()
    writer.write(out)
    return private_files.write(target / "alle-bescheide.pdf", out.getvalue(), target)


def _store(target: Path, combined: bytes, singles: list[tuple[int, bytes]]) -> bytes:
    for cm, pdf in singles:
        private_files.write(target / f"bescheid-{cm}.pdf", pdf, target)
    return combined


def period_text(line: dict) -> str:
    a, b = line.get("period_from"), line.get("period_to")
    if not a:
        return ""
    return format_date(a) if a == b else f"{format_date(a)} – {format_date(b)}"
