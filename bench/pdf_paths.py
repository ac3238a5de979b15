"""Ways of writing payment statements as PDF, measured side by side in one run.

Tagwerk's path (a batch laid out and written once as PDF/A-2b, each statement's pages cut out
by pypdf, untagged) against tagged PDF/A-2a ones: one document per statement, with the
combined file merged from them, or a batch laid out once and each statement written from it
as a document of its own (WeasyPrint's Document.copy), with the combined file written plain
from the same layout. The floor: many statements as one plain PDF. Used by bench/payments.py.
"""

from __future__ import annotations

import gc
import time
from io import BytesIO
from statistics import median

from pypdf import PdfReader

from core.letters.pdf import ARCHIVE, TAGGED_ARCHIVE, merge
from plugins.payments import documents

# Each way, as (key of the figures, label); all per statement.
PATHS = (
    ("batched_ms_per_statement", "Tagwerk: batched, PDF/A-2b, files cut by pypdf"),
    ("naive_ms_per_statement", "one document per statement, PDF/A-2b"),
    ("tagged_ms_per_statement", "one document per statement, PDF/A-2a"),
    ("tagged_merge_ms_per_statement", "  the combined file merged from those"),
    ("tagged_batch_ms_per_statement", "batched layout, each written as PDF/A-2a, combined plain"),
)


def print_paths(f: dict) -> None:
    """The ways side by side, as ratios to the floor and to Tagwerk's path, of one run."""
    floor = f["floor_ms_per_page"] * f["pages_per_statement"]
    today = f["batched_ms_per_statement"]
    print(
        f"  medians of {f['repeat']} runs over {f['sample']} statements "
        f"({f['pages_per_statement']:.2f} pages each), CPU ms of one process per statement"
    )
    print(f"  {'floor: up to 200 statements as one plain PDF':<58} {floor:7.1f}  1.00x floor")
    for key, label in PATHS:
        ms = f[key]
        print(f"  {label:<58} {ms:7.1f}  {ms / floor:.2f}x floor  {ms / today:.2f}x Tagwerk")
    tagged = f["tagged_ms_per_statement"] + f["tagged_merge_ms_per_statement"]
    label = "one PDF/A-2a per statement and the combined file"
    ratios = f"{tagged / floor:.2f}x floor  {tagged / today:.2f}x Tagwerk"
    print(f"  {label:<58} {tagged:7.1f}  {ratios}")


def pdf_costs(context: dict, data: list[dict], naive: int, repeat: int = 5) -> dict:
    """Median CPU ms of this process per statement of each way (per page for the floor).

    The ways take turns batch by batch, so that other load on a shared machine falls on
    all of them alike; CPU time rather than wall time for the same reason."""
    sample = data[:naive]
    size = documents.BATCH_SIZE
    chunks = [sample[i : i + size] for i in range(0, len(sample), size)]
    keys = [key for key, _ in PATHS]
    runs: dict[str, list[float]] = {key: [] for key in [*keys, "floor_ms_per_page"]}
    for _ in range(repeat):
        spent = dict.fromkeys(keys, 0.0)
        for chunk in chunks:
            for key, (seconds, _) in zip(keys, paths(context, chunk), strict=True):
                spent[key] += seconds
        for key in keys:
            runs[key].append(spent[key] * 1000 / len(sample))
        # a plain PDF: no PDF/A output intent and metadata, no structure tree
        seconds, pdf = timed(lambda: _statements(context, data[:200]).write_pdf())
        runs["floor_ms_per_page"].append(seconds * 1000 / len(pages(pdf)))
    each = sum(len(pages(pdf)) for pdf in one_by_one(context, sample, None))
    return {
        **{key: median(values) for key, values in runs.items()},
        "pages_per_statement": each / len(sample),
        "sample": len(sample),
        "repeat": repeat,
    }


def paths(context: dict, chunk: list[dict]):
    """Each way of PATHS on one batch, one after the other: (seconds, result) each."""
    yield timed(lambda: documents.render_batch(context, chunk))
    yield timed(lambda: one_by_one(context, chunk, ARCHIVE))
    seconds, singles = timed(lambda: one_by_one(context, chunk, TAGGED_ARCHIVE))
    yield seconds, singles
    yield timed(lambda: merge(singles))
    yield timed(lambda: tagged_from_batch(context, chunk))


def timed(fn) -> tuple[float, object]:
    """CPU seconds of this process for `fn()`, and what it returned; the garbage of the way
    before is collected first, so that no way pays for another's."""
    gc.collect()
    started = time.process_time()
    result = fn()
    return time.process_time() - started, result


def _statements(context: dict, batch: list[dict]):
    return documents._html("payments/pdf/statements.html", {**context, "statements": batch})


def one_by_one(context: dict, batch: list[dict], variant: str | None) -> list[bytes]:
    """Each statement laid out and written as a document of its own."""
    return [_statements(context, [s]).write_pdf(pdf_variant=variant) for s in batch]


def tagged_from_batch(context: dict, batch: list[dict]) -> tuple[bytes, list[bytes]]:
    """The batch laid out once; each statement's pages written by WeasyPrint as a tagged
    PDF/A-2a of their own, and the whole batch once more, plain, for the combined file."""
    doc = _statements(context, batch).render()
    starts = {}
    for index, page in enumerate(doc.pages):
        for anchor in page.anchors:
            if anchor.startswith("st-"):
                starts.setdefault(int(anchor[3:]), index)
    bounds = [starts[s["childminder_id"]] for s in batch] + [len(doc.pages)]
    singles = [
        doc.copy(doc.pages[a:b]).write_pdf(pdf_variant=TAGGED_ARCHIVE)
        for a, b in zip(bounds, bounds[1:], strict=False)
    ]
    return doc.write_pdf(), singles


def pages(pdf: bytes):
    return PdfReader(BytesIO(pdf)).pages
