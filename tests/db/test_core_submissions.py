"""What a childminder hands in is decided once (core.files.submissions): a second decision
changes nothing, a rejection names its reason, and she takes back only what nobody has
decided yet, the file with it. Payments' proofs of insurance stand for every module's
table with the Submission columns."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from core.errors import ValidationError
from core.files import submissions, uploads
from core.models import Upload
from plugins.payments import models
from tests.files import pdf_bytes


def _handed_in(installation, make) -> tuple[int, str]:
    """A proof as her portal leaves it: a kept file and the row waiting for a decision."""
    installation.enable("payments")
    jana = make.childminder()
    with installation.db.transaction("jana") as s:
        upload = uploads.keep(
            s,
            installation.settings.data_dir,
            person_id=jana.id,
            purpose="payments.proof",
            file=uploads.Incoming("Beitrag.pdf", pdf_bytes()),
            kind=uploads.PDF,
            actor="jana",
        )
        proof = models.Proof(
            childminder_id=jana.id,
            kind="accident",
            monthly_cents=1234,
            valid_from=date(2026, 1, 1),
            valid_to=None,
            upload_id=upload.id,
        )
        s.add(proof)
        s.flush()
        return proof.id, upload.token


def _named(row) -> str:
    return f"Nachweis {row.id}"


def _stored(installation, token: str) -> Path:
    return uploads.path_of(installation.settings.data_dir, token)


def test_a_decision_is_taken_once(installation, make):
    proof_id, _ = _handed_in(installation, make)
    with installation.db.transaction("ben") as s:
        submissions.decide(
            s, s.get(models.Proof, proof_id), submissions.ACCEPTED, "", "ben", describe=_named
        )
    with installation.db.transaction("anna") as s, pytest.raises(ValidationError) as again:
        submissions.decide(
            s, s.get(models.Proof, proof_id), submissions.REJECTED, "x", "anna", describe=_named
        )
    assert "schon entschieden" in str(again.value)
    with installation.db.read() as s:
        proof = s.get(models.Proof, proof_id)
        assert (proof.status, proof.decided_by, proof.reason) == (submissions.ACCEPTED, "ben", "")
        assert proof.decided_at is not None


def test_a_rejection_needs_its_reason_and_names_the_field(installation, make):
    proof_id, _ = _handed_in(installation, make)
    with installation.db.transaction("ben") as s, pytest.raises(ValidationError) as refused:
        submissions.reject(
            s, s.get(models.Proof, proof_id), {"reason": "  "}, "ben", describe=_named
        )
    assert "Grund der Ablehnung" in refused.value.errors["reason"]
    with installation.db.transaction("ben") as s:
        proof = s.get(models.Proof, proof_id)
        assert proof.status == submissions.SUBMITTED
        submissions.reject(s, proof, {"reason": "Der Zeitraum fehlt."}, "ben", describe=_named)
    with installation.db.read() as s:
        proof = s.get(models.Proof, proof_id)
        assert (proof.status, proof.reason) == (submissions.REJECTED, "Der Zeitraum fehlt.")


def test_she_takes_back_what_is_undecided_and_the_file_goes_with_it(installation, make):
    proof_id, token = _handed_in(installation, make)
    assert _stored(installation, token).exists()
    with installation.db.transaction("jana") as s:
        submissions.take_back(s, installation.settings.data_dir, s.get(models.Proof, proof_id))
    with installation.db.read() as s:
        assert s.get(models.Proof, proof_id) is None
        assert s.scalars(select(Upload).where(Upload.token == token)).first() is None
    assert not _stored(installation, token).exists()


def test_what_is_decided_cannot_be_taken_back(installation, make):
    proof_id, token = _handed_in(installation, make)
    with installation.db.transaction("ben") as s:
        submissions.decide(
            s, s.get(models.Proof, proof_id), submissions.ACCEPTED, "", "ben", describe=_named
        )
    with installation.db.transaction("jana") as s, pytest.raises(ValidationError):
        submissions.take_back(s, installation.settings.data_dir, s.get(models.Proof, proof_id))
    with installation.db.read() as s:
        assert s.get(models.Proof, proof_id).status == submissions.ACCEPTED
    assert _stored(installation, token).exists()
