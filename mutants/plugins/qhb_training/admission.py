"""Who may start a course. A curriculum that builds on a first part (`needs_licence`, e.g.
QHB Teil 2) admits only people who have completed a first part (one that
`unlocks_licence`). An exception – Teil 1 ends with its LEF next week, say – needs a reason,
which stays with the enrolment and shows on the course page.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.i18n import gettext_
from core.models import Person
from plugins.qhb_training.models import Course
from plugins.qhb_training.progress import has_unlocking_completion, progress

MAX_REASON = 500


def exception_needed(session: Session, course: Course, person: Person, on: date) -> bool:
    return course.curriculum.needs_licence and not has_unlocking_completion(session, person.id, on)


def admit(session: Session, course: Course, person: Person, reason: str, on: date) -> str:
    """The reason to keep with the enrolment ('' when none is needed), or a refusal that
    names what is missing."""
    if not exception_needed(session, course, person, on):
        return ""
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise ValidationError({"exception_reason": gettext_("Begründung: höchstens 500 Zeichen.")})
    if reason:
        return reason
    started = [p for p in progress(session, person.id) if p.curriculum.unlocks_licence]
    missing = (
        gettext_("für {name} fehlen noch: {missing}").format(
            name=started[0].curriculum.name, missing="; ".join(started[0].missing)
        )
        if started
        else gettext_("ein erster Teil ist nicht begonnen")
    )
    raise ValidationError(
        {
            "exception_reason": gettext_(
                "{person} hat den ersten Teil noch nicht abgeschlossen ({missing}). "
                "{course} setzt ihn voraus; eine Ausnahme braucht eine Begründung."
            ).format(person=person.name, missing=missing, course=course.curriculum.name)
        }
    )
