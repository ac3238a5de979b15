"""The agency's documents in the portal: the office publishes one for all or for one
childminder, she opens hers (read from then on, off her tasks), the office sees who has
read it and withdraws it with its file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from core.models import DocumentRead, PortalDocument, Upload
from tests.files import pdf_bytes

LEAFLET = pdf_bytes(pages=2)


def _publish(staff, title="Merkblatt Sonnenschutz", content=LEAFLET, **fields):
    return staff.post(
        "/portal-documents",
        data={"title": title, **fields},
        files={"file": ("merkblatt.pdf", content, "application/pdf")},
        follow_redirects=False,
    )


def _ids(installation) -> list[int]:
    with installation.db.read() as s:
        return list(s.scalars(select(PortalDocument.id).order_by(PortalDocument.id)))


def _files(installation) -> int:
    return len(list((Path(installation.settings.data_dir) / "uploads").glob("*/*")))


def test_a_document_for_all_is_read_and_the_office_sees_by_whom(staff, two, installation):
    clients, _jana, _petra = two
    refused = _publish(staff, title="", content=b"no pdf at all")
    assert refused.status_code == 422
    assert "Titel: Bitte ausfüllen." in refused.text
    assert "Datei (PDF, JPEG oder PNG): nur PDF, JPEG oder PNG" in refused.text
    assert _ids(installation) == [] and _files(installation) == 0
    assert _publish(staff, note="Bitte im Sommer beachten.").status_code == 303
    (doc,) = _ids(installation)
    assert "0 von 2" in staff.get("/portal-documents").text
    jana = clients["jana"]
    listed = jana.get("/portal/documents").text
    assert "Merkblatt Sonnenschutz" in listed and "neu" in listed
    assert "Neues Dokument: Merkblatt Sonnenschutz" in jana.get("/portal/").text
    got = jana.get(f"/portal/documents/{doc}")
    assert got.content == LEAFLET and "attachment" in got.headers["content-disposition"]
    jana.get(f"/portal/documents/{doc}")  # a second download counts once
    assert "Neues Dokument" not in jana.get("/portal/").text
    assert "1 von 2" in staff.get("/portal-documents").text
    detail = staff.get(f"/portal-documents/{doc}").text
    assert "Jana Wolf" in detail and "Petra Sommer" in detail and "noch nicht" in detail
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRead)) == 1


def test_a_document_for_one_reaches_her_only(staff, two, installation):
    clients, _jana, petra = two
    nobody = _publish(staff, title="Vertrag", person_id="999999")
    assert nobody.status_code == 422 and "Für: Diese Person hat keinen Zugang zum Portal." in (
        nobody.text
    )
    assert (
        _publish(
            staff, title="Ihr Bescheid zur Pflegeerlaubnis", person_id=str(petra.id)
        ).status_code
        == 303
    )
    (doc,) = _ids(installation)
    assert "Pflegeerlaubnis" in clients["petra"].get("/portal/documents").text
    assert "Pflegeerlaubnis" not in clients["jana"].get("/portal/documents").text
    assert clients["jana"].get(f"/portal/documents/{doc}").status_code == 404
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRead)) == 0


def test_withdrawing_a_document_takes_its_file_and_asks_first(staff, two, installation):
    clients, _jana, _petra = two
    _publish(staff)
    (doc,) = _ids(installation)
    clients["jana"].get(f"/portal/documents/{doc}")
    assert "Dokument zurückziehen?" in staff.get(f"/portal-documents/{doc}/delete").text
    assert staff.post(f"/portal-documents/{doc}/delete", follow_redirects=False).status_code == 303
    assert _ids(installation) == [] and _files(installation) == 0
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Upload)) == 0
    assert "Zurzeit kein Dokument." in clients["jana"].get("/portal/documents").text
    assert clients["jana"].get(f"/portal/documents/{doc}").status_code == 404
