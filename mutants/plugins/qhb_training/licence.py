"""The Pflegeerlaubnis side of the qualification: a person's profile (profession,
Fachkraft, first licence) and granting the licence, which needs a completed first part."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from core.forms import Form
from core.i18n import gettext_
from core.models import Childminder, Person, PersonRole
from core.models.persons import Role
from plugins.qhb_training.models import Profile
from plugins.qhb_training.progress import has_unlocking_completion


def stored_profile(session: Session, person_id: int) -> Profile | None:
    """The person's qualification profile, if one was ever saved (reading creates none)."""
    return session.get(Profile, person_id)


def profile_of(session: Session, person_id: int) -> Profile:
    profile = session.get(Profile, person_id)
    if profile is None:
        profile = Profile(person_id=person_id)
        session.add(profile)
    return profile


def save_profile(session: Session, person: Person, data: Mapping) -> Profile:
    form = Form(data)
    profession = form.text("profession", "Beruf")
    fachkraft = form.flag("fachkraft")
    form.done()
    profile = profile_of(session, person.id)
    profile.profession, profile.fachkraft = profession, fachkraft
    session.flush()
    return profile


def grant_licence(
    session: Session, person: Person, data: Mapping, *, licence_years: int
) -> Childminder:
    """The Pflegeerlaubnis: only after a first part; makes an applicant a childminder."""
    form = Form(data)
    granted = form.date("granted_on", gettext_("Erteilt am"), required=True)
    number = form.text("permit_number", "Aktenzeichen", max_length=50)
    if granted and not has_unlocking_completion(session, person.id, granted):
        form.error(
            "granted_on",
            gettext_(
                "Erteilt am: Eine Pflegeerlaubnis ist erst nach abgeschlossenem Teil 1 der "
                "Qualifizierung (oder einer gleichwertigen) möglich."
            ),
        )
    form.done()
    if not person.has_role(Role.CHILDMINDER):
        person.roles.append(PersonRole(role=Role.CHILDMINDER))
    person.roles[:] = [r for r in person.roles if r.role != Role.APPLICANT]  # applicant no more
    childminder = session.get(Childminder, person.id)
    if childminder is None:
        childminder = Childminder(person_id=person.id)
        session.add(childminder)
    childminder.permit_valid_until = granted + relativedelta(years=licence_years)
    if number:
        childminder.permit_number = number
    profile = profile_of(session, person.id)
    if profile.first_licence_on is None or granted < profile.first_licence_on:
        profile.first_licence_on = granted
    session.flush()
    return childminder


def part2_deadline(session: Session, person_id: int, months: int) -> date | None:
    """When the second part must be done: months after the first licence (Bonn: 24)."""
    profile = session.get(Profile, person_id)
    if profile is None or profile.first_licence_on is None:
        return None
    return profile.first_licence_on + relativedelta(months=months)
