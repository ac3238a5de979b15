"""Geldleistung screens: rates, run review, finalising, documents, person tab."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from core.models import Job, Setting
from core.settings import settings_of
from plugins.payments import models
from plugins.payments.runs import lifecycle
from tests.conftest import login
from tests.factories import paying_office
from tests.workers import work_off


@pytest.fixture
def finance(client, installation, make):
    installation.enable("payments")
    paying_office(installation)
    anna = make.childminder(first_name="Anna", last_name="Adler")
    make.contract(make.child(first_name="Mia"), anna)
    login(client, installation, "finance")
    client.anna = anna
    return client


def import_example(client):
    return client.post(
        "/payments/rates/import",
        data={"preset": "beispiel", "confirm": "1"},
        follow_redirects=True,
    )


def test_finance_reviews_finalises_and_downloads_a_month(finance, installation):
    assert "Beispiel (fiktiv)" in import_example(finance).text
    page = finance.post("/payments/runs", data={"month": "2026-11"}, follow_redirects=True)
    assert page.status_code == 200
    assert "Monatslauf 11/2026" in page.text and "Anna Adler" in page.text
    assert "1.056,52\xa0€" in page.text
    run_url = str(page.url)
    statement = finance.get(f"{run_url}/statements/{finance.anna.id}")
    assert "Förderleistung (unter 3 Jahre, ohne Qualifizierung)" in statement.text
    pdf = finance.get(f"{run_url}/statements/{finance.anna.id}/pdf")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content[:5] == b"%PDF-"
    confirm = finance.get(f"{run_url}/finalise")
    assert "unveränderlich" in confirm.text
    done = finance.post(f"{run_url}/finalise", follow_redirects=True)
    assert "abgeschlossen" in done.text
    refused = finance.post(f"{run_url}/recompute")
    assert refused.status_code == 422 and "ändert sich nicht mehr" in refused.text
    assert finance.get(f"{run_url}/export.csv").text.count("Anna Adler") == 2
    xlsx = finance.get(f"{run_url}/export.xlsx")
    assert xlsx.content[:2] == b"PK"


def test_sepa_download_needs_the_paying_account(finance, installation):
    import_example(finance)
    run_url = str(finance.post("/payments/runs", data={"month": "2026-11"}).url)
    finance.post(f"{run_url}/finalise")
    with installation.db.transaction("test") as s:  # the account was removed afterwards
        settings_of(s).set(s, "payments.debtor_iban", "")
    missing = finance.get(f"{run_url}/sepa.xml")
    assert missing.status_code == 422 and "IBAN des auszahlenden Kontos" in missing.text
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "payments.debtor_iban", "DE02120300000000202051")
    xml = finance.get(f"{run_url}/sepa.xml")
    assert xml.status_code == 200 and b"<NbOfTxs>1</NbOfTxs>" in xml.content


def test_a_bad_month_is_refused_with_a_german_message(finance, installation):
    page = finance.post("/payments/runs", data={"month": "November"})
    assert page.status_code == 422
    assert "Monat: &#39;November&#39; bitte als JJJJ-MM angeben." in page.text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.Run)) == 0


def test_finalising_with_open_problems_is_refused(finance, installation):
    page = finance.post("/payments/runs", data={"month": "2026-11"}, follow_redirects=True)
    assert "Für 11/2026 sind keine Sätze hinterlegt." in page.text
    refused = finance.post(f"{page.url}/finalise")
    assert refused.status_code == 422 and "offene(s) Problem(e)" in refused.text
    with installation.db.read() as s:
        assert s.scalars(select(models.Run)).one().status == "draft"


def test_discarding_a_draft_asks_first(finance, installation):
    import_example(finance)
    run_url = str(finance.post("/payments/runs", data={"month": "2026-11"}).url)
    assert "verwerfen?" in finance.get(f"{run_url}/discard").text
    finance.post(f"{run_url}/discard")
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.Run)) == 0


def test_documents_render_in_the_background_with_progress(finance, installation):
    import_example(finance)
    run_url = str(finance.post("/payments/runs", data={"month": "2026-11"}).url)
    started = finance.post(f"{run_url}/documents", follow_redirects=True)
    assert 'id="progress"' in started.text
    wait_for_documents(finance, run_url)
    combined = finance.get(f"{run_url}/alle-bescheide.pdf")
    assert combined.status_code == 200 and combined.content[:5] == b"%PDF-"


def test_person_tab_records_qualification_and_contributions(finance, installation):
    base = f"/payments/person/{finance.anna.id}"
    tab = finance.get(base)
    assert "Nachgewiesene Beiträge" in tab.text
    ids = re.findall(r'\sid="([^"]+)"', tab.text)
    assert len(ids) == len(set(ids))  # three forms on one page, labels still find their field
    bad = finance.post(f"{base}/profile", data={"qualification_ue": "viel"})
    assert bad.status_code == 422 and "ist keine ganze Zahl" in bad.text
    negative = finance.post(
        f"{base}/contributions",
        data={"kind": "pension", "monthly": "-20", "valid_from": "2026-01-01"},
    )
    assert negative.status_code == 422 and "Monatsbeitrag: mindestens 0." in negative.text
    ok = finance.post(
        f"{base}/contributions",
        data={"kind": "pension", "monthly": "180,00", "valid_from": "01.01.2026"},
        follow_redirects=True,
    )
    assert "Nachweis gespeichert." in ok.text and "180,00\xa0€" in ok.text
    finance.post(f"{base}/profile", data={"qualification_ue": "300", "external_weekly_hours": "0"})
    with installation.db.read() as s:
        assert s.get(models.Profile, finance.anna.id).qualification_ue == 300
        (row,) = s.scalars(select(models.Contribution)).all()
        assert (row.monthly_cents, row.valid_from) == (18000, date(2026, 1, 1))
    confirm = finance.get(f"{base}/contributions/{row.id}/delete")
    assert "Eintrag löschen?" in confirm.text
    finance.post(f"{base}/contributions/{row.id}/delete")
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.Contribution)) == 0


def test_only_finance_and_admin_see_payments(client, installation, make):
    installation.enable("payments")
    login(client, installation, "staff")
    assert client.get("/payments/").status_code == 403
    assert 'href="/payments/"' not in client.get("/").text


@pytest.mark.parametrize(
    "others",
    [
        (),
        ("qhb_training",),
        ("substitute_hub",),
        ("qhb_training", "substitute_hub", "parent_council"),
    ],
    ids=lambda o: "+".join(("payments", *o)),
)
def test_a_month_computes_with_any_set_of_other_modules(client, installation, make, others):
    installation.enable("payments")
    for name in others:
        installation.enable(name)
    anna = make.childminder(first_name="Anna", last_name="Adler")
    make.contract(make.child(), anna)
    login(client, installation, "admin")
    import_example(client)
    page = client.post("/payments/runs", data={"month": "2026-11"}, follow_redirects=True)
    assert "1.056,52\xa0€" in page.text
    assert f'href="/payments/person/{anna.id}"' in client.get(f"/persons/{anna.id}").text


def wait_for_documents(client, run_url):
    """The worker renders the queued batch; the polled fragment then says so."""
    assert 'hx-trigger="every 1s"' in client.get(f"{run_url}/progress").text  # still waiting
    assert work_off(client.app.state.installation) == 1
    fragment = client.get(f"{run_url}/progress").text
    assert "Bescheide erzeugt" in fragment and "Fehler" not in fragment


def test_files_of_a_discarded_draft_are_never_served_for_a_later_run(finance):
    import_example(finance)
    draft = str(finance.post("/payments/runs", data={"month": "2026-11"}).url)
    finance.post(f"{draft}/documents")
    wait_for_documents(finance, draft)
    finance.post(f"{draft}/discard")
    final = str(finance.post("/payments/runs", data={"month": "2026-11"}).url)
    finance.post(f"{final}/finalise")
    assert "alle-bescheide.pdf" not in finance.get(f"{final}/progress").text
    pdf = finance.get(f"{final}/statements/{finance.anna.id}/pdf").content
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "ENTWURF" not in text and "Anna Adler" in text


def wait_for_job(client, url: str) -> str:
    """The worker runs the queued month; the polled job page then sends the browser on."""
    waiting = client.get(url, headers={"HX-Request": "true"})
    assert "Wartet auf den Hintergrunddienst" in waiting.text
    assert work_off(client.app.state.installation) == 1
    response = client.get(url, headers={"HX-Request": "true"})
    if response.status_code == 204:
        return response.headers["HX-Redirect"]
    assert response.status_code == 200 and 'role="alert"' in response.text
    return response.text


def test_a_large_month_is_computed_in_the_background_with_progress(finance, installation):
    import_example(finance)
    with installation.db.transaction("test") as s:  # this installation counts as large
        s.add(Setting(key="payments.background_from", value=1))
    started = finance.post("/payments/runs", data={"month": "2026-11"}, follow_redirects=False)
    assert started.status_code == 303 and "/payments/jobs/" in started.headers["location"]
    page = finance.get(started.headers["location"])
    assert "Monat 11/2026 wird berechnet" in page.text
    assert "<progress" in page.text
    target = wait_for_job(finance, started.headers["location"])
    assert target.startswith("/payments/runs/")
    run = finance.get(target)
    assert "Monatslauf 11/2026" in run.text and "1.056,52\xa0€" in run.text
    with installation.db.read() as s:
        job = s.scalars(select(Job)).one()
        assert (job.status, job.done, job.total, job.kind) == ("done", 1, 1, "payments.compute")
        assert job.attempts == 1 and job.result == {"run_id": int(target.rsplit("/", 1)[1])}


def test_a_failed_background_month_leaves_nothing(finance, installation, monkeypatch):
    import_example(finance)
    with installation.db.transaction("test") as s:
        s.add(Setting(key="payments.background_from", value=1))

    def broken(*args, **kwargs):  # fails while writing the month
        raise RuntimeError("Rechenfehler")

    monkeypatch.setattr(lifecycle, "compute", broken)
    started = finance.post("/payments/runs", data={"month": "2026-11"}, follow_redirects=False)
    text = wait_for_job(finance, started.headers["location"])
    assert "Fehler beim Berechnen: Rechenfehler" in text
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.Run)) == 0


def test_a_run_without_the_paying_office_cannot_be_finalised(admin, installation, make):
    installation.enable("payments")
    make.contract(make.child(first_name="Mia"), make.childminder(first_name="Anna"))
    import_example(admin)
    page = admin.post("/payments/runs", data={"month": "2026-11"}, follow_redirects=True)
    assert "Problem: Der Lauf kann nicht abgeschlossen werden." in page.text
    # the agency's name stands for the paying office; its account and address are missing
    assert "die IBAN des auszahlenden Kontos, die Straße der auszahlenden Stelle" in page.text
    assert 'href="/admin/settings"' in page.text
    refused = admin.post(f"{page.url}/finalise")
    assert refused.status_code == 422
    assert "In den Einstellungen fehlt die IBAN des auszahlenden Kontos" in refused.text
    with installation.db.read() as s:
        assert s.scalars(select(models.Run.status)).one() == models.DRAFT
    paying_office(installation)
    assert "Problem: Der Lauf" not in admin.get(page.url).text
    done = admin.post(f"{page.url}/finalise", follow_redirects=True)
    assert "abgeschlossen" in done.text
    with installation.db.read() as s:
        assert s.scalars(select(models.Run.status)).one() == models.FINAL
