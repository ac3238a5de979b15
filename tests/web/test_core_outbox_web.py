"""The Postausgang page: administrators read every message (the only place a mail lives
when no server is set up), see a refusal's reason and resend; the HTML part is shown
inert. Who else may: the authorisation matrix (tests/web/test_core_authorisation.py)."""

from __future__ import annotations

from core.messages import outbox
from core.models import Message
from tests.workers import work_off

SCRIPT = "<script>alert(1)</script>"


def queue_one(installation, **fields) -> int:
    mail = outbox.Mail(
        **{
            "to_address": "eltern@example.org",
            "to_name": "Jürgen Weiß",
            "subject": "Vertretung für Jörg",
            "text": "Guten Tag,\nJörg wird vertreten.",
            "html": f"<p>Jörg wird vertreten.</p>{SCRIPT}",
            "attachments": (outbox.File("Bestätigung Jörg.pdf", "application/pdf", b"%PDF-1.7"),),
        }
        | fields
    )
    with installation.db.transaction("test") as s:
        return outbox.queue(s, "test.letter", [mail], actor="anna")[0]


def test_without_a_server_the_mail_is_readable_here_and_marked_not_sent(admin, installation):
    mid = queue_one(installation)
    work_off(installation)
    listing = admin.get("/admin/outbox")
    assert "kein Mailserver eingerichtet" in listing.text
    assert (
        "Vertretung für Jörg" in listing.text and "nur in Tagwerk – nicht versendet" in listing.text
    )
    page = admin.get(f"/admin/outbox/{mid}")
    assert "Nicht versendet" in page.text and "Jörg wird vertreten." in page.text
    assert "Jetzt versenden" in page.text  # once a server is set up
    html = admin.get(f"/admin/outbox/{mid}/html")
    assert html.headers["content-security-policy"].startswith("sandbox; default-src 'none'")
    with installation.db.read() as s:
        aid = s.get(Message, mid).attachments[0].id
    pdf = admin.get(f"/admin/outbox/{mid}/attachments/{aid}")
    assert pdf.content == b"%PDF-1.7" and pdf.headers["content-type"] == "application/pdf"
    assert "filename*=UTF-8''Best%C3%A4tigung%20J%C3%B6rg.pdf" in pdf.headers["content-disposition"]
    assert admin.get(f"/admin/outbox/{mid}/attachments/{aid + 1}").status_code == 404
    assert admin.get(f"/admin/outbox/{mid + 1}").status_code == 404


def test_a_failed_message_shows_the_reason_and_is_resent(admin, installation):
    mid = queue_one(installation)
    with installation.db.transaction("test") as s:
        message = s.get(Message, mid)
        message.status, message.error = "failed", "550 5.1.1 Postfach unbekannt"
    only_failed = admin.get("/admin/outbox?status=failed")
    assert "550 5.1.1 Postfach unbekannt" in only_failed.text
    done = admin.post(f"/admin/outbox/{mid}/resend", follow_redirects=True)
    assert "Die Nachricht ist wieder eingereiht." in done.text
    again = admin.post(f"/admin/outbox/{mid}/resend", follow_redirects=True)
    assert "Diese Nachricht wartet schon auf den Versand." in again.text
    work_off(installation)
    with installation.db.read() as s:
        assert s.get(Message, mid).status == "local"


def test_the_list_escapes_what_recipients_are_called(admin, installation):
    queue_one(installation, to_name=SCRIPT, subject=SCRIPT)
    assert SCRIPT not in admin.get("/admin/outbox").text


def test_letters_to_post_are_listed_printed_and_marked(admin, installation):
    from core.letters import post
    from tests.conftest import csrf_of

    with installation.db.transaction("test") as s:
        letter = post.Post(
            "Tom Brockmann",
            ("Weg 1", "59269 Beckum"),
            "Vertretung entfällt",
            "Guten Tag Tom Brockmann,\n\nDie Vertretung entfällt.\n\nMit freundlichen Grüßen",
        )
        [letter_id] = post.queue(s, "test.notice", [letter], ref=None, actor="anna")
    page = admin.get("/admin/outbox/post")
    assert "Tom Brockmann" in page.text and "Weg 1, 59269 Beckum" in page.text
    pdf = admin.get(f"/admin/outbox/post.pdf?id={letter_id}")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    # the letter is never "sent" by the mail worker, and cannot be resent as mail
    resend = admin.post(
        f"/admin/outbox/{letter_id}/resend", data={"csrf": csrf_of(admin)}, follow_redirects=True
    )
    assert "bitte drucken" in resend.text
    done = admin.post(
        "/admin/outbox/post",
        data={"id": str(letter_id), "csrf": csrf_of(admin)},
        follow_redirects=True,
    )
    assert (
        "1 Briefe als gedruckt vermerkt." in done.text and "Keine Briefe zu drucken." in done.text
    )
    with installation.db.read() as s:
        assert s.get(Message, letter_id).status == "sent"
    # printing what is already printed changes nothing and says why
    again = admin.get(f"/admin/outbox/post.pdf?id={letter_id}")
    assert again.status_code == 422 or "schon gedruckt" in again.text
