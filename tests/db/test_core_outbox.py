"""The outbox against a real SMTP server: what arrives (headers, text and HTML, PDF and
calendar attachments, umlauts), what happens when the server refuses or is away, and that
nothing is lost or sent under a new identity when delivery is repeated."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from core.db import utcnow
from core.errors import NotFound, ValidationError
from core.jobs.queue import enqueue
from core.messages import outbox
from core.messages.mail import MailServer, Transport
from core.messages.outbox import File, Mail
from core.models import Job, Message
from core.models.messages import FAILED, LOCAL, QUEUED, SENT
from core.settings import settings_of
from tests.mailserver import free_port, smtp_server
from tests.workers import work_off

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tagwerk//DE\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def agency(installation):
    with installation.db.transaction("test") as s:
        store = settings_of(s)
        store.set(s, "core.agency_name", "Jugendamt Düren – Kindertagespflege")
        store.set(s, "core.mail_sender", "tagespflege@dueren.example")
        store.set(s, "core.mail_reply_to", "fachberatung@dueren.example")
    return installation


@pytest.fixture
def connected(agency, tmp_path):
    """A plain SMTP server on a free port, and the installation sending to it."""
    with smtp_server("plain", tmp_path) as server:
        agency.mail = Transport(MailServer.from_url(server.url, timeout=5))
        try:
            yield server
        finally:
            agency.mail.close()
            agency.mail = None


def confirmation(**overrides) -> Mail:
    fields = dict(
        to_address="juergen.weiss@example.org",
        to_name="Jürgen Weiß",
        subject="Vertretung für Jörg: Kita Sonnenblume übernimmt",
        text="Guten Tag Jürgen Weiß,\n\nJörg wird vom 7. bis 11. Dezember vertreten.\n",
        html="<p>Guten Tag Jürgen Weiß,</p><p>Jörg wird <b>vertreten</b>.</p>",
        attachments=(
            File("Bestätigung-Jörg.pdf", "application/pdf", PDF),
            File("vertretung.ics", "text/calendar; method=PUBLISH", ICS),
        ),
    )
    return Mail(**(fields | overrides))


def queue(installation, *mails: Mail, ref: str | None = "core.absence:1") -> list[int]:
    with installation.db.transaction("test") as s:
        return outbox.queue(s, "test.letter", mails, ref=ref, actor="anna")


def stored(installation, message_id: int) -> Message:
    with installation.db.read() as s:
        return s.get(Message, message_id)


def test_a_mail_arrives_with_its_headers_parts_and_attachments(agency, connected):
    (mid,) = queue(agency, confirmation())
    assert work_off(agency) == 1
    (mail,) = connected.inbox.received
    message = stored(agency, mid)
    assert message.status == SENT and message.sent_at is not None and message.error == ""
    assert mail["Message-ID"] == message.message_id
    assert message.message_id.endswith("@dueren.example>")
    assert mail["From"].addresses[0].display_name == "Jugendamt Düren – Kindertagespflege"
    assert mail["From"].addresses[0].addr_spec == "tagespflege@dueren.example"
    assert mail["Reply-To"] == "fachberatung@dueren.example"
    assert mail["To"].addresses[0].display_name == "Jürgen Weiß"
    assert mail["Subject"] == "Vertretung für Jörg: Kita Sonnenblume übernimmt"
    assert mail["Date"] is not None and mail["Auto-Submitted"] == "auto-generated"
    assert connected.inbox.envelopes == [
        ("tagespflege@dueren.example", ["juergen.weiss@example.org"])
    ]
    assert mail.get_content_type() == "multipart/mixed"
    body = mail.get_body(preferencelist=("plain",))
    assert "Jörg wird vom 7. bis 11. Dezember vertreten." in body.get_content()
    assert "<b>vertreten</b>" in mail.get_body(preferencelist=("html",)).get_content()
    pdf, ics = list(mail.iter_attachments())
    assert pdf.get_filename() == "Bestätigung-Jörg.pdf"
    assert pdf.get_content_type() == "application/pdf" and pdf.get_content() == PDF
    assert ics.get_content_type() == "text/calendar"
    assert ics.get_param("method") == "PUBLISH"
    assert ics.get_content() == ICS.decode()


def test_the_raw_mail_encodes_umlauts_by_the_rfcs(agency, connected):
    queue(agency, confirmation())
    work_off(agency)
    raw = connected.inbox.received[0].as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    assert head.isascii()  # RFC 2047 encoded words, no raw 8-bit in any header
    assert b"=?utf-8?" in head.lower()


def test_line_breaks_in_names_and_subjects_never_make_headers(agency, connected):
    queue(
        agency,
        confirmation(
            to_name="Eva\r\nBcc: opfer@example.org",
            subject="Hallo\nBcc: opfer@example.org\r\nX-Evil: 1",
        ),
    )
    work_off(agency)
    (mail,) = connected.inbox.received
    assert mail["Bcc"] is None and mail["X-Evil"] is None
    assert mail["Subject"] == "Hallo Bcc: opfer@example.org X-Evil: 1"
    assert connected.inbox.envelopes[0][1] == ["juergen.weiss@example.org"]


HOSTILE_NAMES = [
    'Eva "Bcc: opfer@example.org", ' + "x" * 80,
    "Eva Bcc: opfer@example.org, " + "x" * 80,
    "A" * 70 + " <opfer@example.org>, Eva",
    "Eva; Bcc: opfer@example.org; " * 10,
    "Eva @ , ; : < > [ ] . " * 8,
    'Müller, Eva "Evi" ' + "ä" * 60 + " opfer@example.org",
]


def test_a_long_name_with_quotes_and_commas_stays_one_recipient(agency, connected):
    """Python's folding of a long quoted name let a reader find a second address in it."""
    queue(
        agency,
        *(
            confirmation(to_name=name, to_address=f"eva{i}@example.org")
            for i, name in enumerate(HOSTILE_NAMES)
        ),
    )
    work_off(agency)
    received = {m["To"].addresses[0].addr_spec: m for m in connected.inbox.received}
    for i, name in enumerate(HOSTILE_NAMES):
        mail = received[f"eva{i}@example.org"]
        (only,) = mail["To"].addresses
        assert only.display_name == " ".join(name.split())[:200]  # as the outbox keeps it
        assert "opfer" not in only.addr_spec
    assert sorted(e[1] for e in connected.inbox.envelopes) == sorted(
        [f"eva{i}@example.org"] for i in range(len(HOSTILE_NAMES))
    )


@pytest.mark.parametrize(
    "address", ["kein-at-zeichen", "a@b", "zwei@@example.org", "x@example.org\r\nBcc: y@z.de", ""]
)
def test_a_bad_address_refuses_the_whole_batch_naming_the_recipient(agency, address):
    with pytest.raises(ValidationError) as caught:
        queue(agency, confirmation(to_address="ok@example.org"), confirmation(to_address=address))
    assert "Jürgen Weiß" in caught.value.errors["email"]
    with agency.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0
        assert s.scalar(select(func.count()).select_from(Job)) == 0


def test_attachments_over_the_limit_are_refused(agency):
    huge = File("gross.pdf", "application/pdf", b"0" * (outbox.MAX_ATTACHMENT_BYTES + 1))
    with pytest.raises(ValidationError) as caught:
        queue(agency, confirmation(attachments=(huge,)))
    assert "höchstens 10 MB" in caught.value.errors["attachments"]


def test_without_a_server_messages_stay_readable_in_tagwerk_marked_not_sent(agency):
    assert agency.mail is None
    (mid,) = queue(agency, confirmation())
    work_off(agency)
    message = stored(agency, mid)
    assert message.status == LOCAL and message.error == ""
    assert message.attachments[0].filename == "Bestätigung-Jörg.pdf"


def test_an_absent_server_keeps_the_message_queued_until_it_answers(agency, tmp_path):
    port = free_port()  # nobody listens here yet
    agency.mail = Transport(MailServer.from_url(f"smtp://127.0.0.1:{port}", timeout=2))
    try:
        (mid,) = queue(agency, confirmation())
        work_off(agency)
        message = stored(agency, mid)
        assert message.status == QUEUED and message.attempts == 1
        assert f"127.0.0.1:{port} nicht erreichbar" in message.error
        with agency.db.read() as s:
            job = s.scalars(select(Job).where(Job.ref == f"core.message:{mid}")).one()
        assert job.status == "queued" and job.not_before > utcnow() + timedelta(seconds=20)
        with smtp_server("plain", tmp_path, port=port) as server:
            _due_now(agency)  # the pause after the failed try has passed
            work_off(agency)
            assert len(server.inbox.received) == 1
        assert stored(agency, mid).status == SENT and stored(agency, mid).attempts == 2
    finally:
        agency.mail.close()
        agency.mail = None


def test_a_refusal_is_shown_with_the_servers_reason_and_can_be_resent(agency, connected):
    connected.inbox.refuse = "550 5.1.1 Postfach unbekannt"
    (mid,) = queue(agency, confirmation())
    work_off(agency)
    message = stored(agency, mid)
    assert message.status == FAILED and message.error == "550 5.1.1 Postfach unbekannt"
    connected.inbox.refuse = None
    with agency.db.transaction("test") as s:
        outbox.resend(s, mid, "anna")
    work_off(agency)
    assert stored(agency, mid).status == SENT
    assert len(connected.inbox.received) == 1


def test_a_temporary_refusal_is_retried(agency, connected):
    connected.inbox.refuse = "451 4.3.0 Bitte später erneut versuchen"
    (mid,) = queue(agency, confirmation())
    work_off(agency)
    assert stored(agency, mid).status == QUEUED
    assert stored(agency, mid).error.startswith("451")
    connected.inbox.refuse = None
    _due_now(agency)
    work_off(agency)
    assert stored(agency, mid).status == SENT


def test_after_the_last_attempt_the_message_is_failed(agency, tmp_path):
    agency.mail = Transport(MailServer.from_url(f"smtp://127.0.0.1:{free_port()}", timeout=2))
    try:
        (mid,) = queue(agency, confirmation())
        for _ in range(outbox.MAX_ATTEMPTS):
            _due_now(agency)
            work_off(agency)
        message = stored(agency, mid)
        assert message.status == FAILED and message.attempts == outbox.MAX_ATTEMPTS
        with agency.db.read() as s:
            assert s.scalars(select(Job.status).where(Job.ref == f"core.message:{mid}")).one() == (
                "failed"
            )
    finally:
        agency.mail = None


def test_a_repeated_delivery_carries_the_same_message_id(agency, connected):
    """A worker that died after the server took the mail (before recording it) leaves the
    job to be taken over: the mail goes out again, under the Message-ID it had."""
    (mid,) = queue(agency, confirmation())
    work_off(agency)
    with agency.db.transaction("test") as s:  # as if the success had never been recorded
        s.execute(update(Message).where(Message.id == mid).values(status=QUEUED))
        s.execute(
            update(Job)
            .where(Job.ref == f"core.message:{mid}")
            .values(status="queued", not_before=utcnow())
        )
    work_off(agency)
    first, second = connected.inbox.received
    assert first["Message-ID"] == second["Message-ID"] == stored(agency, mid).message_id


def test_a_resend_of_a_sent_message_is_refused(agency, connected):
    (mid,) = queue(agency, confirmation())
    work_off(agency)
    with agency.db.transaction("test") as s, pytest.raises(ValidationError):
        outbox.resend(s, mid, "anna")


def test_a_message_is_written_only_with_the_change_that_caused_it(agency):
    with pytest.raises(RuntimeError), agency.db.transaction("test") as s:
        outbox.queue(s, "test.letter", [confirmation()])
        raise RuntimeError("die Änderung scheitert")
    with agency.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_and_login(agency, tmp_path, security):
    with smtp_server(security, tmp_path) as server:
        agency.mail = Transport(MailServer.from_url(server.url, timeout=5, cafile=server.cafile))
        try:
            queue(agency, confirmation(), confirmation(to_address="zwei@example.org"))
            work_off(agency)
            assert len(server.inbox.received) == 2
        finally:
            agency.mail.close()
            agency.mail = None


def test_a_wrong_password_is_a_refusal_with_the_reason(agency, tmp_path):
    with smtp_server("starttls", tmp_path) as server:
        url = server.url.replace("geheim-%C3%A4", "falsch")
        agency.mail = Transport(MailServer.from_url(url, timeout=5, cafile=server.cafile))
        try:
            (mid,) = queue(agency, confirmation())
            work_off(agency)
            message = stored(agency, mid)
            assert message.status == FAILED and message.error.startswith("535")
        finally:
            agency.mail = None


def test_an_untrusted_certificate_is_refused(agency, tmp_path):
    with smtp_server("starttls", tmp_path) as server:
        agency.mail = Transport(MailServer.from_url(server.url, timeout=5))  # no private CA
        try:
            (mid,) = queue(agency, confirmation())
            work_off(agency)
            assert stored(agency, mid).status == FAILED
            assert "TLS" in stored(agency, mid).error
        finally:
            agency.mail = None


def test_one_connection_carries_a_batch(agency, connected, monkeypatch):
    logins = []
    real = MailServer.connect
    monkeypatch.setattr(MailServer, "connect", lambda self: logins.append(1) or real(self))
    queue(agency, *[confirmation(to_address=f"eltern{i}@example.org") for i in range(5)])
    work_off(agency)
    assert len(connected.inbox.received) == 5 and len(logins) == 1


def test_a_kept_connection_the_server_dropped_is_reopened(agency, connected):
    queue(agency, confirmation())
    work_off(agency)
    agency.mail._local.conn.sock.close()  # the server hung up while the worker was idle
    queue(agency, confirmation())
    work_off(agency)
    assert len(connected.inbox.received) == 2


def test_smtp_urls():
    server = MailServer.from_url("smtp+starttls://ich%40amt.de:p%3Ass@mail.amt.de")
    assert (server.host, server.port, server.security) == ("mail.amt.de", 587, "starttls")
    assert (server.username, server.password) == ("ich@amt.de", "p:ss")
    assert MailServer.from_url("smtps://mail.amt.de").port == 465
    assert MailServer.from_url("smtp://localhost:2525").port == 2525
    with pytest.raises(ValueError, match="TAGWERK_SMTP_URL"):
        MailServer.from_url("http://mail.amt.de")


def test_the_sender_setting_refuses_a_bad_address(agency):
    with agency.db.transaction("test") as s, pytest.raises(ValidationError) as caught:
        settings_of(s).set(s, "core.mail_sender", "tagespflege(at)dueren")
    assert "E-Mail-Absender" in caught.value.errors["core.mail_sender"]


def test_delivered_messages_are_cleared_after_ninety_days(agency):
    old, new = queue(agency, confirmation(), confirmation())
    work_off(agency)
    with agency.db.transaction("test") as s:
        s.execute(update(Message).where(Message.id == old).values(sent_at=utcnow() - timedelta(91)))
    with agency.db.transaction("test") as s:
        enqueue(s, "core.outbox_cleanup")
    work_off(agency)
    with agency.db.read() as s:
        assert s.scalars(select(Message.id)).all() == [new]


def _due_now(installation) -> None:
    with installation.db.transaction("test") as s:
        s.execute(update(Job).where(Job.status == "queued").values(not_before=utcnow()))


def test_an_access_code_is_never_shown_and_gone_once_delivered(agency, connected):
    (mid,) = queue(agency, confirmation(text="Ihr Code: ABCD-EFGH", confidential=True))
    with agency.db.read() as s:
        with pytest.raises(NotFound):
            outbox.get(s, mid, content=True)
        attachment_id = s.get(Message, mid).attachments[0].id
        with pytest.raises(NotFound):
            outbox.attachment(s, mid, attachment_id)
    work_off(agency)
    (mail,) = connected.inbox.received
    assert "ABCD-EFGH" in mail.get_body(preferencelist=("plain",)).get_content()
    message = stored(agency, mid)
    assert message.status == SENT and (message.text, message.html, message.attachments) == (
        "",
        "",
        [],
    )


def test_an_access_code_is_not_filed_in_tagwerk_without_a_server(agency):
    (mid,) = queue(agency, confirmation(text="Ihr Code: ABCD-EFGH", confidential=True))
    work_off(agency)
    message = stored(agency, mid)
    assert message.status == FAILED and "Kein Mailserver eingerichtet" in message.error


def test_withdrawing_drops_what_waits_or_failed_and_keeps_what_was_sent(agency, connected):
    (sent,) = queue(agency, confirmation(), ref="pc.code:1")
    work_off(agency)
    waiting, failed = queue(agency, confirmation(), confirmation(), ref="pc.code:1")
    (other,) = queue(agency, confirmation(), ref="pc.code:2")
    with agency.db.transaction("test") as s:
        s.get(Message, failed).status = FAILED
    with agency.db.transaction("test") as s:
        assert outbox.withdraw(s, "pc.code:1") == 2
    with agency.db.read() as s:
        assert {m.id for m in s.scalars(select(Message))} == {sent, other}
    work_off(agency)  # the withdrawn ones' jobs find nothing to send
    assert len(connected.inbox.received) == 2


def test_an_access_code_refused_for_good_is_forgotten_and_the_office_told(agency, connected):
    """A 550 kept a family's code in the database; now it is emptied like a delivered
    one, cannot be sent again, and the office reads who was not reached – never the code."""
    with agency.db.transaction("test") as s:
        settings_of(s).set(s, "core.portal_notify", "buero@dueren.example")
    connected.inbox.refuse = "550 5.1.1 Postfach unbekannt"
    (mid,) = queue(agency, confirmation(text="Ihr Code: ABCD-EFGH", confidential=True))
    work_off(agency)
    message = stored(agency, mid)
    assert message.status == FAILED and "Postfach unbekannt" in message.error
    assert (message.text, message.html, message.attachments) == ("", "", [])
    with agency.db.transaction("test") as s, pytest.raises(ValidationError) as refused:
        outbox.resend(s, mid, "anna")
    assert "neuen Code erzeugen" in refused.value.errors["message"]
    with agency.db.read() as s:
        (notice,) = s.scalars(select(Message).where(Message.kind == "core.code_unreached"))
        assert notice.to_address == "buero@dueren.example" and not notice.confidential
        assert "Jürgen Weiß <juergen.weiss@example.org>" in notice.text
        assert "Postfach unbekannt" in notice.text and "ABCD" not in notice.text
