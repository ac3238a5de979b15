"""Her money in the portal: the statements of finalised runs with their working and as
PDF, the year's sums per component, and proofs of insurance she hands in, which the
finance office accepts (a contribution that feeds the refunds) or rejects with a reason."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from starlette.testclient import TestClient

from core.models import Upload
from plugins.payments import models
from tests.conftest import login
from tests.factories import paying_office
from tests.files import INFECTED, huge_png, image_bytes, pdf_bytes

NOVEMBER = date(2026, 11, 1)
PROOF = {"kind": "pension", "monthly": "112,40", "valid_from": "2027-01-01", "valid_to": ""}


@pytest.fixture
def finance(app, installation, two):
    """The finance office with the example rates, November finalised, December a draft."""
    installation.enable("payments")
    paying_office(installation)
    office = login(TestClient(app, follow_redirects=False), installation, "finance")
    office.post("/payments/rates/import", data={"preset": "beispiel", "confirm": "1"})
    for month in ("2026-11", "2026-12"):
        made = office.post("/payments/runs", data={"month": month})
        assert made.status_code == 303, made.text
        office.run = int(made.headers["location"].rstrip("/").rsplit("/", 1)[1])
    with installation.db.read() as s:
        office.november = s.scalar(select(models.Run.id).where(models.Run.month == NOVEMBER))
    assert office.post(f"/payments/runs/{office.november}/finalise").status_code == 303
    yield office
    office.close()


def _proof(client, content: bytes, name="beitrag.pdf", **fields):
    data = {**PROOF, **fields}
    return client.post(
        "/payments/portal/proofs", data=data, files={"file": (name, content, "application/pdf")}
    )


def _counts(installation) -> tuple[int, int, int]:
    with installation.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(models.Proof)),
            s.scalar(select(func.count()).select_from(Upload)),
            len(list((Path(installation.settings.data_dir) / "uploads").glob("*/*"))),
        )


def test_she_reads_her_finalised_statements_with_their_working(two, finance, installation):
    clients, jana, petra = two
    jana_client = clients["jana"]
    money = jana_client.get("/payments/portal/").text
    assert "Monatslauf 11/2026" in money and "Monatslauf 12/2026" not in money  # a draft
    page = jana_client.get(f"/payments/portal/statements/{finance.november}")
    assert page.status_code == 200
    assert "Förderleistung" in page.text and "Worauf die Berechnung beruht" in page.text
    assert "Std. ×" in page.text or "×" in page.text  # the working: hours × rate
    assert "Ben" not in page.text and "Sommer" not in page.text  # Petra's child and name
    # the draft is not hers to see yet
    assert jana_client.get(f"/payments/portal/statements/{finance.run}").status_code == 404
    pdf = jana_client.get(f"/payments/portal/statements/{finance.november}/pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Jana Wolf" in text and "Petra" not in text


def test_the_year_sums_each_component_of_her_finalised_runs(two, finance, installation):
    clients, jana, _petra = two
    with installation.db.read() as s:
        statement = s.scalars(
            select(models.Statement).where(
                models.Statement.run_id == finance.november,
                models.Statement.childminder_id == jana.id,
            )
        ).one()
        lines = {ln.component: 0 for ln in statement.lines}
        for ln in statement.lines:
            lines[ln.component] += ln.amount_cents
        total = statement.total_cents
    page = clients["jana"].get("/payments/portal/years/2026").text
    assert "Jahresübersicht 2026" in page
    assert _euros(total) in page and "11/2026" in page and "12/2026" not in page
    assert "Förderleistung" in page
    for cents in lines.values():
        assert _euros(cents) in page


def _euros(cents: int) -> str:
    whole, rest = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}{whole:,}".replace(",", ".") + f",{rest:02d}\xa0€"


def test_a_proof_is_handed_in_accepted_once_and_feeds_the_refunds(two, finance, installation):
    clients, jana, petra = two
    sent = _proof(clients["jana"], image_bytes("JPEG"), name="foto.jpg")
    assert sent.status_code == 303, sent.text
    mine = clients["jana"].get("/payments/portal/proofs").text
    assert "eingereicht, wird geprüft" in mine and "foto.jpg" in mine
    with installation.db.read() as s:
        proof = s.scalars(select(models.Proof)).one()
    assert proof.childminder_id == jana.id and proof.monthly_cents == 11240
    waiting = finance.get("/payments/proofs").text
    assert "Jana Wolf" in waiting and "Alterssicherung" in waiting
    assert "1 Versicherungsnachweis aus dem Portal wartet" in finance.get("/payments/").text
    assert "Nachweise aus dem Portal" in finance.get(f"/payments/person/{jana.id}").text
    file = finance.get(f"/payments/person/{jana.id}/proofs/{proof.id}/file")
    assert file.content == image_bytes("JPEG") and file.headers["content-type"] == "image/jpeg"
    assert "attachment" in file.headers["content-disposition"]
    accept = f"/payments/person/{jana.id}/proofs/{proof.id}/accept"
    assert finance.post(accept).status_code == 303
    again = finance.post(accept, follow_redirects=True)  # a double click decides nothing twice
    assert "schon entschieden" in again.text
    with installation.db.read() as s:
        contributions = list(s.scalars(select(models.Contribution)))
        assert [(c.childminder_id, c.kind, c.monthly_cents) for c in contributions] == [
            (jana.id, "pension", 11240)
        ]
        assert s.get(models.Proof, proof.id).contribution_id == contributions[0].id
    assert "anerkannt" in clients["jana"].get("/payments/portal/proofs").text
    # once decided, she cannot withdraw it
    assert clients["jana"].post(f"/payments/portal/proofs/{proof.id}/withdraw").status_code == 422


def test_a_new_proof_ends_the_open_one_of_its_kind_so_no_day_is_refunded_twice(
    two, finance, installation
):
    clients, jana, _petra = two
    person = f"/payments/person/{jana.id}"
    older = {"kind": "accident", "monthly": "13,41", "valid_from": "2026-01-01", "valid_to": ""}
    assert finance.post(f"{person}/contributions", data=older).status_code == 303
    assert (
        _proof(
            clients["jana"], pdf_bytes(), kind="accident", monthly="14,20", valid_from="2026-12-01"
        ).status_code
        == 303
    )
    with installation.db.read() as s:
        proof_id = s.scalar(select(models.Proof.id))
    accepted = finance.post(f"{person}/proofs/{proof_id}/accept", follow_redirects=True)
    assert (
        "Der bisherige Nachweis Unfallversicherung (13,41\xa0€ ab 01.01.2026) endet am "
        "30.11.2026." in accepted.text
    )
    with installation.db.read() as s:
        rows = s.scalars(select(models.Contribution).order_by(models.Contribution.valid_from))
        assert [(c.monthly_cents, c.valid_from, c.valid_to) for c in rows] == [
            (1341, date(2026, 1, 1), date(2026, 11, 30)),
            (1420, date(2026, 12, 1), None),
        ]
    # one that begins later is not guessed at: refused, and the decision is not kept either
    assert (
        _proof(
            clients["jana"], pdf_bytes(), kind="accident", monthly="15,00", valid_from="2026-11-01"
        ).status_code
        == 303
    )
    with installation.db.read() as s:
        second = s.scalar(select(func.max(models.Proof.id)))
    refused = finance.post(f"{person}/proofs/{second}/accept", follow_redirects=True)
    assert "gilt schon ein Nachweis ab 01.12.2026" in refused.text
    with installation.db.read() as s:
        assert s.get(models.Proof, second).status == "submitted"
        assert s.scalar(select(func.count()).select_from(models.Contribution)) == 2


def test_a_rejected_proof_tells_her_why_and_she_can_withdraw_a_wrong_one(
    two, finance, installation
):
    clients, jana, _petra = two
    jana_client = clients["jana"]
    assert _proof(jana_client, pdf_bytes(), kind="accident").status_code == 303
    with installation.db.read() as s:
        proof_id = s.scalar(select(models.Proof.id))
    reject = f"/payments/person/{jana.id}/proofs/{proof_id}/reject"
    assert "Grund der Ablehnung" in finance.get(reject).text
    empty = finance.post(reject, data={"reason": "  "})
    assert empty.status_code == 422 and "Grund der Ablehnung: Bitte ausfüllen." in empty.text
    assert finance.post(reject, data={"reason": "Kein Monatsbeitrag genannt."}).status_code == 303
    home = jana_client.get("/portal/").text
    assert "Nachweis Unfallversicherung abgelehnt: Kein Monatsbeitrag genannt." in home
    # a new one, then taken back before anyone decided: the file goes with it
    assert _proof(jana_client, pdf_bytes(), kind="accident").status_code == 303
    assert "abgelehnt" not in jana_client.get("/portal/").text.split("Zu erledigen")[1]
    with installation.db.read() as s:
        newest = s.scalar(select(func.max(models.Proof.id)))
    assert _counts(installation) == (2, 2, 2)
    ask = jana_client.get(f"/payments/portal/proofs/{newest}/withdraw")
    assert "Nachweis zurückziehen?" in ask.text
    assert jana_client.post(f"/payments/portal/proofs/{newest}/withdraw").status_code == 303
    assert _counts(installation) == (1, 1, 1)


@pytest.mark.parametrize(
    ("fields", "content", "field_message"),
    [
        ({"monthly": ""}, pdf_bytes(), "Monatsbeitrag: Bitte einen Betrag angeben."),
        ({"monthly": "12,345"}, pdf_bytes(), "Monatsbeitrag: höchstens zwei Nachkommastellen."),
        ({"kind": "lottery"}, pdf_bytes(), "Art: Bitte einen der vorgegebenen Werte wählen."),
        ({"valid_from": ""}, pdf_bytes(), "Gültig ab: Bitte ein Datum angeben."),
        ({"valid_to": "2026-01-01"}, pdf_bytes(), "Gültig bis: Das Ende liegt vor dem Beginn."),
        ({}, b"MZ\x90\x00" * 20, "Nachweis (PDF, JPEG oder PNG): nur PDF, JPEG oder PNG"),
        ({}, b"%PDF-1.7 broken", "lässt sich nicht öffnen"),
        ({}, INFECTED, "Die Virenprüfung meldet Tagwerk.Test.Upload"),
        ({}, huge_png(30000, 30000), "Das Bild hat zu viele Pixel (höchstens 100 Millionen)."),
        ({}, huge_png(12000, 9000), "Das Bild hat zu viele Pixel (höchstens 100 Millionen)."),
    ],
)
def test_bad_input_names_the_field_and_keeps_nothing(
    two, finance, installation, fields, content, field_message
):
    clients, _jana, _petra = two
    refused = _proof(clients["jana"], content, **fields)
    assert refused.status_code == 422
    assert field_message in refused.text
    assert _counts(installation) == (0, 0, 0)


def test_no_file_is_refused_with_the_other_fields_kept(two, finance, installation):
    clients, _jana, _petra = two
    refused = clients["jana"].post("/payments/portal/proofs", data=PROOF)
    assert refused.status_code == 422
    assert "Nachweis (PDF, JPEG oder PNG): Bitte eine Datei auswählen." in refused.text
    assert 'value="112,40"' in refused.text
    assert _counts(installation) == (0, 0, 0)


def test_a_contribution_ending_soon_asks_for_a_new_proof(two, finance, installation):
    clients, jana, _petra = two
    ends = date.today() + timedelta(days=10)
    with installation.db.transaction("test") as s:
        s.add(
            models.Contribution(
                childminder_id=jana.id,
                kind="health",
                monthly_cents=20000,
                valid_from=date(2026, 1, 1),
                valid_to=ends,
            )
        )
    home = clients["jana"].get("/portal/").text
    assert "Neuen Nachweis einreichen: Kranken- und Pflegeversicherung" in home
    assert "Petra" not in home
    assert "Neuen Nachweis" not in clients["petra"].get("/portal/").text
