"""The demo agency with every module on, and the main screens a coordinator opens.

Shared by the smoke test (every screen answers) and the accessibility check in Chromium.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select

from core.demo.builder import build_demo
from core.kernel.installation import Installation
from core.messages import outbox
from core.models import Childminder, Contract, District, Job, Message
from plugins.parent_council.models import Election, Meeting, Survey
from plugins.payments.runs import lifecycle
from plugins.placement.models import CareRequest
from plugins.qhb_training.models import Course, Enrolment
from plugins.substitute_hub.models import Provider

MODULES = ("substitute_hub", "qhb_training", "payments", "parent_council", "placement")
PUBLIC_URLS = [
    "/login",
    "/parent_council/wahl",
    "/parent_council/umfrage",
    "/placement/anfrage",
    "/placement/anfrage/status",
    "/portal/reset",
]


def beckum(installation: Installation, today: date | None = None):
    """The Beckum demo agency with every module on and its demo records; the kernel."""
    for name in MODULES:
        installation.enable(name)
    kernel = installation.kernel()
    with installation.db.transaction("demo") as s:
        build_demo(s, "beckum", 2026, today=today or date.today())
        kernel.hook.demo_data(session=s, rng=random.Random(2026), scale="beckum")
    return kernel


def demo_agency(installation: Installation, today: date | None = None) -> list[str]:
    """Build the Beckum demo with all modules and a draft payment run; return the main URLs."""
    today = today or date.today()
    kernel = beckum(installation, today)
    with installation.db.transaction("demo") as s:
        childminder = s.scalars(select(Childminder.person_id)).first()
        child = s.scalars(select(Contract.child_id).where(Contract.substitute_wanted)).first()
        provider = s.scalars(select(Provider.id)).first()
        course = s.scalars(select(Course).order_by(Course.id)).first()
        course_id, lesson_id = course.id, course.lessons[0].id
        election = s.scalars(select(Election.id)).first()
        council_id, meeting = s.execute(select(Meeting.council_id, Meeting.id)).first()
        survey = s.scalars(select(Survey.id)).first()
        district = s.scalars(select(District.id).order_by(District.name)).first()
        care_request = s.scalars(select(CareRequest.id).order_by(CareRequest.id)).first()
        participant = s.scalars(
            select(Enrolment.person_id).where(Enrolment.course_id == course_id)
        ).first()
        run = lifecycle.compute(s, today.replace(day=1), hooks=kernel.hook, actor="demo").id
        s.add(Job(kind="payments.documents", status="failed", attempts=3, message="Platte voll"))
        (mail_id,) = outbox.queue(
            s,
            "core.test",
            [
                outbox.Mail(
                    "eltern@example.org",
                    "Jürgen Weiß",
                    "Vertretung für Jörg",
                    "Guten Tag,\nJörg wird vertreten.",
                    "<p>Guten Tag,</p><p>Jörg wird vertreten.</p>",
                    (outbox.File("bestätigung.pdf", "application/pdf", b"%PDF-1.7"),),
                )
            ],
        )
        mail = s.get(Message, mail_id)
        mail.status, mail.error = "failed", "550 5.1.1 Postfach unbekannt"
    monday = today.isoformat()
    urls = [
        "/",
        "/persons",
        f"/persons/{childminder}",
        f"/persons/{child}",
        "/calendar",
        "/account",
        "/consultations",
        "/portal-documents",
        f"/persons/{childminder}/portal",
        "/admin/plugins",
        "/admin/settings",
        "/admin/privacy",
        "/admin/jobs",
        "/admin/outbox",
        f"/admin/outbox/{mail_id}",
        "/admin/texts",
        "/admin/texts/substitute_hub.confirmation",
        "/admin/districts",
        "/admin/districts/new",
        "/admin/import",
        "/admin/users",
        f"/admin/districts/{district}",
        "/payments/",
        "/payments/rates",
        f"/payments/runs/{run}",
        f"/payments/person/{childminder}",
        "/payments/proofs",
        "/substitute_hub/",
        "/substitute_hub/providers",
        f"/substitute_hub/providers/{provider}/edit",
        f"/substitute_hub/needs?start={monday}",
        f"/substitute_hub/letters?start={monday}",
        f"/substitute_hub/week?provider={provider}",
        f"/substitute_hub/person/{child}",
        "/qhb_training/",
        "/qhb_training/courses",
        "/qhb_training/courses/new",
        f"/qhb_training/courses/{course_id}",
        f"/qhb_training/courses/{course_id}/edit",
        f"/qhb_training/courses/{course_id}/attendance",
        f"/qhb_training/courses/{course_id}/letters/invitation",
        f"/qhb_training/courses/{course_id}/lessons/new",
        f"/qhb_training/courses/{course_id}/lessons/{lesson_id}/attendance",
        f"/qhb_training/person/{childminder}",
        f"/qhb_training/person/{participant}",
        "/qhb_training/due",
        "/qhb_training/recognitions",
        "/qhb_training/curricula",
        "/qhb_training/reports",
        "/placement/",
        f"/placement/person/{childminder}",
        "/placement/requests",
        "/placement/requests/new",
        f"/placement/requests/{care_request}",
        f"/placement/requests/{care_request}/edit",
        f"/placement/requests/{care_request}/proposals",
        "/placement/batch",
        "/placement/reports",
        "/placement/anfrage",
        "/placement/anfrage/status",
        "/parent_council/",
        "/parent_council/elections/new",
        f"/parent_council/elections/{election}",
        f"/parent_council/councils/{council_id}",
        f"/parent_council/meetings/{meeting}",
        f"/parent_council/meetings/{meeting}/letters/einladung",
        f"/parent_council/elections/{election}/letters",
        f"/parent_council/surveys/{survey}/letters",
        "/parent_council/surveys/new",
        f"/parent_council/surveys/{survey}",
        f"/parent_council/report?year={today.year - 1}",
        "/parent_council/wahl",
        "/parent_council/umfrage",
    ]
    return urls
