"""What the PDFs promise: letters are tagged PDF/UA-1 (structure tree with headings,
paragraphs and tables, language, title shown); certificates are tagged PDF/A-2a, the same
and archival; statements are PDF/A-2b also as the single files cut out of a batch (output
intent, XMP identification matching the document information, every font embedded)."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from core.letters.letterhead import Letterhead
from core.letters.pdf import render_pdf
from core.models import Person
from plugins.payments import documents
from plugins.payments.runs import lifecycle
from plugins.qhb_training import certificates
from plugins.qhb_training.models import Completion, Course
from tests.db.qhb_helpers import through_part1
from tests.db.test_payments_runs import agency, compute, finalise, pay  # noqa: F401

LH = Letterhead(name="Jugendamt Musterstadt", street="Am Markt 1", postal_code="12345", city="X")


def structure(node, found=None) -> list[str]:
    """The structure types of a tagged PDF's tree, depth first."""
    found = [] if found is None else found
    node = node.get_object()
    if isinstance(node, dict):
        if "/S" in node:
            found.append(str(node["/S"]).lstrip("/"))
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                structure(kid, found)
    return found


def fonts_embedded(reader: PdfReader) -> list[bool]:
    embedded = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].get_object().values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
            embedded.append(
                any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            )
    return embedded


def test_a_letter_is_tagged_pdf_ua():
    pdf = render_pdf(
        "core/pdf/letterhead_sample.html",
        {"lh": LH, "today": date(2026, 12, 2)},
    )
    reader = PdfReader(BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and root["/Lang"] == "de"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata.title == "Briefkopf – Probeseite"
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfuaid:part="1"' in xmp or "<pdfuaid:part>1</pdfuaid:part>" in xmp
    kinds = structure(root["/StructTreeRoot"])
    assert "H1" in kinds and kinds.count("P") >= 3
    assert all(fonts_embedded(reader))


def test_statements_are_pdf_a_also_when_cut_from_a_batch(pay, agency, tmp_path):  # noqa: F811
    run_id = compute(pay)
    finalise(pay, run_id)
    with pay.db.read() as s:
        run = lifecycle.get_run(s, run_id)
        data, context = documents.statement_data(s, run), documents.run_context(s, run)
    documents.render_run(context, data, tmp_path, workers=1)
    for path in (tmp_path / f"bescheid-{agency['anna'].id}.pdf",):
        reader = PdfReader(path)
        root = reader.trailer["/Root"]
        (intent,) = root["/OutputIntents"]
        assert intent.get_object()["/S"] == "/GTS_PDFA1"
        assert "/DestOutputProfile" in intent.get_object()
        xmp = root["/Metadata"].get_object().get_data().decode()
        assert 'pdfaid:part="2"' in xmp and 'pdfaid:conformance="B"' in xmp
        producer = re.search(r'pdf:Producer="([^"]+)"', xmp).group(1)
        assert reader.metadata["/Producer"] == producer  # the information matches the XMP
        assert reader.trailer["/ID"] and all(fonts_embedded(reader))
        assert "Anna Adler" in reader.pages[0].extract_text()


def xmp_says(xmp: str, name: str, value: str) -> bool:
    """An XMP property as attribute or as element, as writers differ."""
    return f'{name}="{value}"' in xmp or f"<{name}>{value}</{name}>" in xmp


def tagged_archive(pdf: bytes, title: str) -> list[str]:
    """Asserts a tagged PDF/A-2a with `title`; returns the structure types of its tree."""
    reader = PdfReader(BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and root["/Lang"] == "de"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata.title == title
    (intent,) = root["/OutputIntents"]
    assert intent.get_object()["/S"] == "/GTS_PDFA1"
    assert "/DestOutputProfile" in intent.get_object()
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert xmp_says(xmp, "pdfaid:part", "2") and xmp_says(xmp, "pdfaid:conformance", "A")
    producer = re.search(r'pdf:Producer="([^"]+)"', xmp).group(1)
    assert reader.metadata["/Producer"] == producer  # the information matches the XMP
    assert reader.trailer["/ID"] and all(fonts_embedded(reader))
    return structure(root["/StructTreeRoot"])


def test_certificates_are_tagged_pdf_a_2a(qhb, make):
    person_id, course_id, completion_id = through_part1(qhb, make)
    with qhb.db.read() as s:
        person = s.get(Person, person_id)
        participation = certificates.participation(s, s.get(Course, course_id), person, LH)
        completion = s.get(Completion, completion_id)
        certificate = certificates.completion_certificate(s, completion, LH)
        curriculum = completion.curriculum.name
    kinds = tagged_archive(participation, f"Teilnahmebescheinigung {person.name}")
    assert "H1" in kinds and "Table" in kinds
    kinds = tagged_archive(certificate, f"Zertifikat {curriculum} – {person.name}")
    assert "H1" in kinds and "Table" in kinds
