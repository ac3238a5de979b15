"""A finalised run's statements go to the childminders: the one who chose e-mail gets
her statement as PDF at the mail server, the other's letter is in the file to print, and
a draft cannot be sent."""

from __future__ import annotations

import pytest

from core.letters import texts
from core.services.persons import get_person
from tests.conftest import login
from tests.db.qhb_helpers import pdf_text
from tests.factories import paying_office
from tests.workers import work_off


@pytest.fixture
def finance(client, installation, make):
    installation.enable("payments")
    paying_office(installation)
    anna = make.childminder(
        first_name="Anna",
        last_name="Adler",
        email="anna@example.org",
        channel="email",
        email_consent="on",
        form_of_address="frau",
    )
    berta = make.childminder(
        first_name="Berta",
        last_name="Brand",
        street="Lindenweg 3",
        postal_code="59269",
        city="Beckum",
        form_of_address="frau",
    )
    for cm in (anna, berta):
        make.contract(make.child(), cm)
    login(client, installation, "finance")
    client.post("/payments/rates/import", data={"preset": "beispiel", "confirm": "1"})
    client.run_url = str(client.post("/payments/runs", data={"month": "2026-11"}).url)
    return client


def test_a_draft_is_not_sent(finance):
    refused = finance.get(f"{finance.run_url}/letters")
    assert refused.status_code == 422 and "erst nach dem Abschließen" in refused.text
    assert finance.post(f"{finance.run_url}/letters").status_code == 422


def _statements(mailbox) -> list:
    """The statements, not the notices of the contracts the setup entered."""
    return [m for m in mailbox.received if m["Subject"].startswith("Bescheid")]


def test_finalised_statements_are_mailed_or_printed(finance, installation, mailbox):
    finance.post(f"{finance.run_url}/finalise")
    plan = finance.get(f"{finance.run_url}/letters").text
    assert "Per E-Mail (1)" in plan and "Anna Adler &lt;anna@example.org&gt;" in plan
    assert "Per Post (1)" in plan and "Berta Brand: Berta Brand" in plan
    job_url = finance.post(f"{finance.run_url}/letters", follow_redirects=False).headers["location"]
    work_off(installation)
    (mail,) = _statements(mailbox)
    assert mail["To"].addresses[0].addr_spec == "anna@example.org"
    assert mail["Subject"] == "Bescheid über die laufende Geldleistung Monatslauf 11/2026"
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert body.startswith("Sehr geehrte Frau Adler,") and "Überwiesen werden" in body
    (pdf,) = mail.iter_attachments()
    assert pdf.get_filename().startswith("bescheid-2026-11-")
    assert "Anna Adler" in pdf_text(pdf.get_content())
    with installation.db.read() as s:  # the mailed statement is the filed one
        anna = get_person(s, int(pdf.get_filename().rsplit("-", 1)[1][:-4]))
        assert anna.last_name == "Adler"
    filed = finance.get(f"{finance.run_url}/statements/{anna.id}/pdf").content
    assert filed == pdf.get_content()
    done = finance.get(job_url).text
    assert "E-Mails eingereiht: 1; Briefe zum Drucken: 1." in done
    printed = pdf_text(finance.get(f"{job_url}/print.pdf").content)
    assert "Berta Brand Lindenweg 3" in printed and "Anna Adler" not in printed
    again = finance.get(f"{finance.run_url}/letters").text
    assert "schon am" in again and "Erneut senden" in again


def test_the_agencys_own_words_go_out_in_the_mail(finance, installation, mailbox):
    with installation.db.transaction("test") as s:
        texts.save(
            s,
            "payments.statement",
            {"intro": "anbei der {{ bescheid }} für {{ monat }} über {{ betrag }}.", "closing": ""},
            "admin",
        )
    finance.post(f"{finance.run_url}/finalise")
    finance.post(f"{finance.run_url}/letters")
    work_off(installation)
    (mail,) = _statements(mailbox)
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert "anbei der Bescheid für November 2026 über 1.056,52\xa0€." in body
