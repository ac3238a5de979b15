"""A statement shows its working on the screen, in the PDF and in the run's records: each
line's Rechenweg, a subtotal per child, the rate table, level and absence allowance, and a
repayment says what it repays."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from core.models import Absence
from plugins.payments import documents
from plugins.payments.rates import periods
from plugins.payments.runs import lifecycle
from tests.conftest import login

NOV = date(2026, 11, 1)
OFFICE = documents.Sender("Jugendamt", "Markt 1", "59269 Beckum", "DE89370400440532013000")


@pytest.fixture
def anna(installation, make):
    installation.enable("payments")
    with installation.db.transaction("test") as s:
        periods.import_preset(s, "beispiel")
    anna = make.childminder(first_name="Anna", last_name="Adler")
    make.contract(make.child(first_name="Mia"), anna, hours=("3", "3", "3", "3", "3"))
    return anna


def compute(inst):
    with inst.db.transaction("test") as s:
        return lifecycle.compute(s, NOV, hooks=inst.kernel().hook, actor="test").id


def pdf_text(inst, run_id, cm) -> str:
    with inst.db.read() as s:
        run = lifecycle.get_run(s, run_id)
        data = documents.statement_data(s, run, [cm])
        pdf = documents.render_statement(documents.run_context(s, run), data[0])
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\xa0", " ").split())


def test_the_pdf_shows_the_working_the_subtotal_and_the_basis(installation, anna):
    run_id = compute(installation)
    text = pdf_text(installation, run_id, anna.id)
    assert "15 Std./Woche × 4,33 = 64,95 Std." in text
    assert "Zwischensumme Mia" in text
    assert "Worauf die Berechnung beruht" in text
    assert "Satztabelle Beispiel (fiktiv), gültig 01.08.2026 – offen; Quelle: Fiktive Werte" in text
    assert "Qualifizierungsstufe: ohne Qualifizierung" in text
    assert "Abwesenheiten: 0 von 30 bezahlten Betreuungstagen im Jahr genutzt, 30 übrig" in text


def test_the_screen_shows_the_same_working(installation, anna, client):
    run_id = compute(installation)
    page = login(client, installation, "finance").get(
        f"/payments/runs/{run_id}/statements/{anna.id}"
    )
    assert page.status_code == 200
    html = " ".join(page.text.split())
    assert "15 Std./Woche × 4,33 = 64,95 Std." in html
    assert "Zwischensumme Mia" in html and "Qualifizierungsstufe: ohne Qualifizierung" in html


def test_a_repayment_says_what_it_repays(installation, anna):
    with installation.db.transaction("test") as s:
        lifecycle.finalise(s, compute(installation), "test", OFFICE)
        # ill for 40 days: over the 30-day allowance the Förderleistung rests
        s.add(
            Absence(
                childminder_id=anna.id,
                kind="illness",
                start=date(2026, 9, 28),
                end=NOV.replace(day=30),
            )
        )
    correction = compute(installation)
    with installation.db.read() as s:
        (st,) = lifecycle.statements(s, lifecycle.get_run(s, correction))
        assert st.total_cents < 0
        assert any(line.startswith("Geändert: Förderleistung") for line in st.basis.splitlines())
    text = pdf_text(installation, correction, anna.id)
    assert "Warum eine Rückforderung entsteht" in text
    assert "Geändert: Förderleistung (unter 3 Jahre, ohne Qualifizierung) (Mia" in text
    assert "Rückforderung" in text
