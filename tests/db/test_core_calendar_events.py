"""The calendar_events hook: substitute places and course dates join the office calendar."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from sqlalchemy import select

from core.models import Absence, User
from core.services.users import create_user
from core.web.routing import granted_permissions
from plugins.qhb_training import courses, curricula
from plugins.qhb_training.models import Course, Lesson
from plugins.substitute_hub import booking, needs
from plugins.substitute_hub.models import Enrolment, Need, Provider

DAY = date(2026, 12, 7)


def test_hook_calendar_events_brings_substitute_places_and_course_dates(installation, make):
    for name in ("substitute_hub", "qhb_training"):
        installation.enable(name)
    jana, olga = make.childminder(), make.childminder()
    mia = make.child(first_name="Mia", last_name="Kalenderkind", birth_date=date(2025, 1, 5))
    make.contract(mia, jana, substitute_wanted="on")
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)  # the shipped curricula, as enabling the module brings
        hub = Provider(name="Stützpunkt Nord", kind="hub", places=2)
        s.add(hub)
        s.flush()
        s.add(Enrolment(child_id=mia.id, provider_id=hub.id))
        absence = Absence(childminder_id=jana.id, kind="vacation", start=DAY, end=DAY)
        s.add(absence)
        s.flush()
        needs.sync(s, absence)
        need = s.scalars(select(Need)).one()
        booking.book(s, need, hub, manual=True, reason="Test", actor="test")
        course = Course(
            curriculum_id=curricula.by_code(s, "qhb1").id,
            title="Grundkurs",
            starts_on=DAY,
            ends_on=DAY,
            min_participants=1,
            max_participants=5,
        )
        course.lessons.append(Lesson(day=DAY, starts_at=time(9), ends_at=time(16), ue=Decimal(8)))
        s.add(course)
        s.flush()
        courses.enrol(s, course, s.get(type(jana), olga.id))
    kernel = installation.kernel()
    with installation.db.transaction("test") as s:
        office = create_user(s, "buero", "sicheres-passwort", ["staff"])
    with installation.db.read() as s:
        office = s.get(User, office.id)

        def titles(childminder_id):
            found = kernel.hook.calendar_events(
                session=s,
                start=DAY,
                end=DAY,
                childminder_id=childminder_id,
                user=office,
                granted=granted_permissions(kernel, office),
            )
            return sorted(e.title for events in found for e in events)

        assert titles(None) == ["Grundkurs (8 UE)", "Vertretung: 1 Kind bei Stützpunkt Nord"]
        assert titles(jana.id) == ["Vertretung: 1 Kind bei Stützpunkt Nord"]  # her children
        assert titles(olga.id) == ["Grundkurs (8 UE)"]  # the course she takes
        assert all("Kalenderkind" not in t for t in titles(None))  # no child's name
