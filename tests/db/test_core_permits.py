"""A licence about to end is told once per end date, to the childminder and the office,
within the agency's notice period; a renewal is told again when its end comes near."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from core.models import Childminder, Job, Message
from core.services import permits
from core.settings import settings_of

TODAY = date(2026, 12, 7)


def _ends(installation, person_id: int, day: date) -> None:
    with installation.db.transaction("test") as s:
        s.get(Childminder, person_id).permit_valid_until = day


def _told(installation, today: date = TODAY) -> int:
    with installation.db.transaction("test") as s:
        return permits.tell_ending(s, today)


def _messages(installation) -> list[tuple[str, str]]:
    with installation.db.read() as s:
        rows = s.execute(
            select(Message.to_address, Message.subject)
            .where(Message.kind == "core.permit_ending")
            .order_by(Message.id)
        )
        return [tuple(r) for r in rows]


def test_told_once_within_the_notice_period_and_again_after_a_renewal(installation, make):
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.portal_notify", "buero@example.org")
    jana = make.childminder(
        first_name="Jana",
        last_name="Wolf",
        email="jana@example.org",
        channel="email",
        email_consent="on",
    )
    _ends(installation, jana.id, TODAY + timedelta(days=91))
    assert _told(installation) == 0  # 91 days ahead: outside the default 90
    _ends(installation, jana.id, TODAY + timedelta(days=90))
    assert _told(installation) == 1
    assert sorted(_messages(installation)) == [
        ("buero@example.org", "Pflegeerlaubnis endet: Jana Wolf"),
        ("jana@example.org", "Ihre Pflegeerlaubnis endet bald"),
    ]
    assert _told(installation, TODAY + timedelta(days=1)) == 0  # the next morning: told
    _ends(installation, jana.id, TODAY + timedelta(days=90 + 5 * 365))  # renewed
    assert _told(installation, TODAY + timedelta(days=5 * 365)) == 1
    assert len(_messages(installation)) == 4


def test_the_notice_period_is_the_agencys_and_an_ended_licence_is_not_told(installation, make):
    jana = make.childminder(first_name="Jana", email="jana@example.org")
    olga = make.childminder(first_name="Olga", email="olga@example.org")
    with installation.db.transaction("test") as s:
        settings_of(s).set(s, "core.permit_notice_days", 120)
    _ends(installation, jana.id, TODAY + timedelta(days=120))
    _ends(installation, olga.id, TODAY - timedelta(days=1))
    assert _told(installation) == 1
    assert [to for to, _ in _messages(installation)] == ["jana@example.org"]


def test_the_morning_job_tells_and_says_how_many(installation, make):
    from core.jobs import queue
    from tests.workers import work_off

    jana = make.childminder(first_name="Jana", email="jana@example.org")
    _ends(installation, jana.id, date.today() + timedelta(days=10))
    with installation.db.transaction("test") as s:
        job_id = queue.enqueue(s, "core.permit_notices").id
    work_off(installation)
    with installation.db.read() as s:
        assert s.get(Job, job_id).message == "Pflegeerlaubnis endet bald – benachrichtigt: 1."
        assert s.get(Childminder, jana.id).permit_told_for == date.today() + timedelta(days=10)
