"""Tasks on the childminder's start page come from the modules through `portal_tasks`;
core lists them by due date, the undated last."""

from __future__ import annotations

from datetime import date

from core.kernel.contributions import PortalTask
from core.kernel.hookspecs import hookimpl
from core.services import portal


class _Reminders:
    """A module that reminds her of two things, one without a date."""

    @hookimpl
    def portal_tasks(self, session, person, today):
        return [
            PortalTask(f"Nachweis für {person.first_name}", "/x"),
            PortalTask("Erste Hilfe auffrischen", due=date(2027, 3, 1)),
        ]


def test_hook_portal_tasks_are_listed_by_due_date(installation, make):
    jana = make.childminder(first_name="Jana")
    kernel = installation.kernel()
    kernel.pm.register(_Reminders(), name="reminders")
    try:
        with installation.db.read() as s:
            found = portal.tasks(s, s.get(type(jana), jana.id), date(2026, 12, 1), kernel)
    finally:
        kernel.pm.unregister(name="reminders")
    assert [t.text for t in found] == ["Erste Hilfe auffrischen", "Nachweis für Jana"]
