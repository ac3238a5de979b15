"""Parents' confirmations both ways: an e-mail with the letter and the calendar file to
a parent who chose e-mail, the letter to print for the other, and a family nobody can
reach listed before anything is sent."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from pypdf import PdfReader
from sqlalchemy import select

from core.models import Message, Person
from core.models.persons import LinkKind
from core.services.persons import add_link
from plugins.substitute_hub import booking
from plugins.substitute_hub.models import Need
from tests.icalcheck import strictly_parsed
from tests.web.substitute_helpers import absent, hub_with
from tests.workers import work_off

MON = date(2026, 12, 7)
PERIOD = "start=2026-12-07&end=2026-12-11"


def parents(installation, make, child):
    mother = make.person(
        "guardian",
        first_name="Sabine",
        last_name="Brockmann",
        email="sabine@example.org",
        channel="email",
        email_consent="on",
        form_of_address="frau",
    )
    father = make.person(
        "guardian",
        first_name="Jörg",
        last_name="Brockmann",
        street="Weg 1",
        postal_code="59269",
        city="Beckum",
        form_of_address="herr",
    )
    with installation.db.transaction("test") as s:
        for parent in (mother, father):
            add_link(s, s.get(Person, child.id), s.get(Person, parent.id), LinkKind.GUARDIAN)


def planned(coordinator, installation, make, book=True):
    parents(installation, make, coordinator.mia)
    lone = make.child(first_name="Ole", last_name="Ohnepost")
    make.contract(lone, coordinator.jana, substitute_wanted="on")
    ole_guardian = make.person("guardian", first_name="Uta", last_name="Ohnepost")
    with installation.db.transaction("test") as s:
        add_link(s, s.get(Person, lone.id), s.get(Person, ole_guardian.id), LinkKind.GUARDIAN)
    hub = hub_with(installation, coordinator.mia, lone, places=9)
    absent(coordinator, coordinator.jana, "vacation", "07.12.2026", "08.12.2026")
    with installation.db.transaction("test") as s:
        from plugins.substitute_hub.models import Provider

        provider = s.get(Provider, hub)
        provider.opening, provider.street = "7:30–15:00", "Markt 2"
        provider.postal_code, provider.city = "59269", "Beckum"
        for need in s.scalars(select(Need).where(Need.child_id == coordinator.mia.id)):
            if book:
                booking.book(s, need, provider)


def test_the_preview_names_each_way_and_whom_nothing_reaches(coordinator, installation, make):
    planned(coordinator, installation, make)
    page = coordinator.get(f"/substitute_hub/letters?{PERIOD}").text
    assert "Nicht erreichbar (1)" in page
    assert "Uta Ohnepost (Ole Ohnepost): keine Anschrift und keine Zustimmung zu E-Mails." in page
    assert "Per E-Mail (1)" in page and "Sabine Brockmann &lt;sabine@example.org&gt;" in page
    assert "Per Post (1)" in page and "Mia Brockmann: Jörg Brockmann" in page
    with installation.db.read() as s:
        assert s.scalars(select(Message)).all() == []  # nothing sent by looking


def test_sending_mails_the_parent_and_prints_the_letter_for_the_other(
    coordinator, installation, make, mailbox
):
    planned(coordinator, installation, make)
    sent = coordinator.post(
        "/substitute_hub/letters",
        data={"start": "2026-12-07", "end": "2026-12-11"},
        follow_redirects=False,
    )
    job_url = sent.headers["location"]
    assert coordinator.get(job_url).status_code == 200
    work_off(installation)  # the letters job, then the delivery it queued
    (mail,) = mailbox.received
    assert mail["To"].addresses[0].addr_spec == "sabine@example.org"
    assert mail["Subject"] == "Vertretung für Mia vom 07.12.2026 bis 08.12.2026"
    text = mail.get_body(preferencelist=("plain",)).get_content()
    assert text.startswith("Sehr geehrte Frau Brockmann,")
    assert "An 2 von 2 Betreuungstagen ist eine Vertretung vereinbart." in text
    pdf, ics = mail.iter_attachments()
    letter = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf.get_content())).pages)
    assert "Vertretung für Mia Brockmann" in letter
    events = strictly_parsed(ics.get_content().encode()).walk("VEVENT")
    assert [e.decoded("DTSTART").isoformat() for e in events] == [
        "2026-12-07T07:30:00+01:00",
        "2026-12-08T07:30:00+01:00",
    ]
    done = coordinator.get(job_url).text
    assert "E-Mails eingereiht: 1; Briefe zum Drucken: 1." in done
    assert "Uta Ohnepost (Ole Ohnepost)" in done
    printed = coordinator.get(f"{job_url}/print.pdf")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(BytesIO(printed.content)).pages).split()
    )
    # his own letter, addressed and greeting him alone: she has hers by e-mail
    assert "Herrn Jörg Brockmann" in text and "Sehr geehrter Herr Brockmann, die" in text
    assert "Frau Brockmann" not in text
    attached = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf.get_content())).pages)
    assert "Sehr geehrte Frau Brockmann," in attached and "Herr Brockmann" not in attached


def test_with_nothing_arranged_the_mail_says_so_and_the_days_stay_in_the_calendar(
    coordinator, installation, make, mailbox
):
    planned(coordinator, installation, make, book=False)
    coordinator.post("/substitute_hub/letters", data={"start": "2026-12-07", "end": "2026-12-11"})
    work_off(installation)
    (mail,) = mailbox.received
    text = " ".join(mail.get_body(preferencelist=("plain",)).get_content().split())
    assert (
        "An 2 von 2 Betreuungstagen ist keine Vertretung vereinbart: Bitte planen Sie die "
        "Betreuung an diesen Tagen selbst." in text
    )
    assert "ist eine Vertretung vereinbart" not in text and "rechtzeitig ab" not in text
    _pdf, ics = mail.iter_attachments()
    events = strictly_parsed(ics.get_content().encode()).walk("VEVENT")
    assert [(str(e["STATUS"]), str(e["SUMMARY"])) for e in events] == [
        ("CONFIRMED", "Keine Vertretung für Mia – bitte selbst planen")
    ] * 2


def test_a_double_click_queues_one_job(coordinator, installation, make):
    planned(coordinator, installation, make)
    data = {"start": "2026-12-07", "end": "2026-12-11"}
    first = coordinator.post("/substitute_hub/letters", data=data, follow_redirects=False)
    second = coordinator.post("/substitute_hub/letters", data=data, follow_redirects=False)
    assert first.headers["location"] == second.headers["location"]


def test_another_users_letters_job_is_not_shown(coordinator, installation, make, client):
    planned(coordinator, installation, make)
    sent = coordinator.post(
        "/substitute_hub/letters",
        data={"start": "2026-12-07", "end": "2026-12-11"},
        follow_redirects=False,
    )
    from starlette.testclient import TestClient

    from tests.conftest import login

    other = login(TestClient(client.app), installation, "viewer")
    assert other.get(sent.headers["location"]).status_code == 404
    assert other.get(sent.headers["location"] + "/print.pdf").status_code == 404


def test_the_agencys_own_words_stand_in_the_printed_letter(coordinator, installation, make):
    from core.letters import texts

    planned(coordinator, installation, make)
    with installation.db.transaction("test") as s:
        texts.save(
            s,
            "substitute_hub.confirmation_letter",
            {
                "intro": "{{ vorname_kind }} ist vom {{ beginn }} bis {{ ende }} bei uns versorgt.",
                "closing": "Ihr Team der Kindertagespflege",
            },
            "admin",
        )
    sent = coordinator.post(
        "/substitute_hub/letters",
        data={"start": "2026-12-07", "end": "2026-12-11"},
        follow_redirects=False,
    )
    work_off(installation)
    printed = coordinator.get(sent.headers["location"] + "/print.pdf")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(BytesIO(printed.content)).pages).split()
    )
    assert "Mia ist vom 07.12.2026 bis 08.12.2026 bei uns versorgt." in text
    assert "Ihr Team der Kindertagespflege" in text and "rechtzeitig ab" not in text
