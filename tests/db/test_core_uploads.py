"""Uploaded files: only PDF, JPEG and PNG by their content, within the size limit, passed
by the real clamscan; kept under a random name in the data folder, swept when their row
is gone."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.errors import ValidationError
from core.files import uploads
from core.kernel.hookspecs import hookimpl
from core.models import Upload
from core.services import privacy
from core.settings import settings_of
from tests.files import INFECTED, SIGNATURE, image_bytes, pdf_bytes

LABEL = "Nachweis"


def _keep(installation, person_id: int, file: uploads.Incoming) -> Upload:
    kernel = installation.kernel()
    with installation.db.transaction("test") as s:
        kind = uploads.check(s, "file", LABEL, file, kernel.hook)
        row = uploads.keep(
            s,
            installation.settings.data_dir,
            person_id=person_id,
            purpose="test",
            file=file,
            kind=kind,
            actor="jana",
        )
        s.expunge(row)
    return row


def _refusal(installation, file: uploads.Incoming | None) -> str:
    with installation.db.read() as s, pytest.raises(ValidationError) as refused:
        uploads.check(s, "file", LABEL, file, installation.kernel().hook)
    return refused.value.errors["file"]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (pdf_bytes(), "application/pdf"),
        (image_bytes("JPEG"), "image/jpeg"),
        (image_bytes(), "image/png"),
    ],
)
def test_a_pdf_or_an_image_is_kept_under_a_random_name(installation, make, content, kind):
    jana = make.childminder()
    row = _keep(installation, jana.id, uploads.Incoming("C:\\Scans\\Beitrag März.pdf", content))
    assert row.media_type == kind and row.size == len(content)
    assert row.sha256 == hashlib.sha256(content).hexdigest()
    assert row.filename == "Beitrag März.pdf"  # no folders of her computer
    path = uploads.path_of(installation.settings.data_dir, row.token)
    assert path.read_bytes() == content
    assert path.name == row.token and len(row.token) == 32 and "März" not in str(path)
    assert Path(installation.settings.data_dir) in path.parents
    assert path.stat().st_mode & 0o777 == 0o600  # her data: the installation's user only
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert (path.parent.parent.stat().st_mode & 0o777) == 0o700


def test_the_type_is_decided_by_the_content_not_the_name(installation):
    program = uploads.Incoming("beitrag.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    assert _refusal(installation, program) == (
        "Nachweis: nur PDF, JPEG oder PNG (beitrag.pdf ist nichts davon)."
    )
    broken = uploads.Incoming("scan.pdf", b"%PDF-1.7\n" + b"garbage " * 50)
    assert "lässt sich nicht öffnen" in _refusal(installation, broken)
    cut = uploads.Incoming("foto.png", image_bytes()[:60])
    assert "lässt sich nicht öffnen" in _refusal(installation, cut)
    assert _refusal(installation, None) == "Nachweis: Bitte eine Datei auswählen."
    assert _refusal(installation, uploads.Incoming("leer.pdf", b"")) == (
        "Nachweis: Bitte eine Datei auswählen."
    )


def test_the_size_limit_is_the_installations(installation):
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.upload_max_kb", 1)
    big = uploads.Incoming("gross.pdf", pdf_bytes(pages=12))
    assert len(big.content) > 1024
    assert _refusal(installation, big) == "Nachweis: Die Datei ist größer als 1 KB."


def test_clamav_refuses_what_its_signatures_name(installation, monkeypatch):
    infected = uploads.Incoming("beitrag.pdf", INFECTED)
    message = _refusal(installation, infected)
    assert message.startswith("Nachweis: Die Datei wurde abgelehnt: Die Virenprüfung meldet")
    assert SIGNATURE in message
    # without signatures nothing can be checked: refused, and the administration is told
    monkeypatch.setenv("TAGWERK_CLAMAV_DATABASE", "/nonexistent/signatures.hdb")
    clean = uploads.Incoming("beitrag.pdf", pdf_bytes())
    assert "Virenprüfung war nicht möglich" in _refusal(installation, clean)
    assert "freshclam" in _refusal(installation, clean)
    # an installation that turned the check off takes it (its own decision)
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.virus_scan", "off")
    with installation.db.read() as s:
        assert (
            uploads.check(s, "file", LABEL, infected, installation.kernel().hook)
            == "application/pdf"
        )


def test_files_without_a_row_are_swept_and_an_erased_persons_go(installation, make):
    jana, petra = make.childminder(), make.childminder()
    hers = _keep(installation, jana.id, uploads.Incoming("a.pdf", pdf_bytes()))
    other = _keep(installation, petra.id, uploads.Incoming("b.png", image_bytes()))
    data = installation.settings.data_dir
    stray = uploads.path_of(data, "ab" * 16)
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"left by a failed transaction")
    with installation.db.transaction("test") as s:
        assert uploads.sweep(s, data) == 1
    assert not stray.exists() and uploads.path_of(data, hers.token).exists()
    with installation.db.transaction("test") as s:
        privacy.erase(s, s.get(type(jana), jana.id), installation.kernel().hook, date(2026, 12, 4))
    with installation.db.transaction("test") as s:
        assert s.scalar(select(func.count()).select_from(Upload)) == 1
        assert uploads.sweep(s, data) == 1
    assert not uploads.path_of(data, hers.token).exists()
    assert uploads.path_of(data, other.token).exists()


class _MacroCheck:
    """A module of its own with a check of its own: office files with macros."""

    @hookimpl
    def upload_findings(self, session, content):
        return ["Die Datei enthält ein Makro."] if b"/JavaScript" in content else []


def test_hook_upload_findings_of_any_module_refuse_the_file(installation):
    kernel = installation.kernel()
    kernel.pm.register(_MacroCheck(), name="macro-check")
    try:
        scripted = uploads.Incoming("a.pdf", pdf_bytes() + b"% /JavaScript\n")
        with installation.db.read() as s, pytest.raises(ValidationError) as refused:
            uploads.check(s, "file", LABEL, scripted, kernel.hook)
        assert refused.value.errors["file"] == (
            "Nachweis: Die Datei wurde abgelehnt: Die Datei enthält ein Makro."
        )
        with installation.db.read() as s:
            clean = uploads.Incoming("b.pdf", pdf_bytes())
            assert uploads.check(s, "file", LABEL, clean, kernel.hook) == "application/pdf"
    finally:
        kernel.pm.unregister(name="macro-check")
