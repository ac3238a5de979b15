"""From a childminder's absence to the days each child needs substitute care."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from core.errors import ValidationError
from core.i18n import gettext_
from core.models import Absence, ClosingDay, Contract
from core.services.calendar import public_holidays
from core.settings import setting
from plugins.substitute_hub import notices
from plugins.substitute_hub.models import Need


def care_days(
    session: Session, absence: Absence, excluding: int | None = None
) -> set[tuple[int, date]]:
    """(child, day) pairs: booked weekdays of contracts whose family wants substitute care,
    within the absence, without public holidays and the agency's closing days (and without
    the contract `excluding`, which is being deleted)."""
    state = setting(session, "core.state")
    free = set(public_holidays(state, absence.start, absence.end))
    free |= set(
        session.scalars(
            select(ClosingDay.day).where(ClosingDay.day.between(absence.start, absence.end))
        )
    )
    contracts = session.scalars(
        select(Contract).where(
            Contract.childminder_id == absence.childminder_id,
            Contract.substitute_wanted.is_(True),
            Contract.valid_from <= absence.end,
            or_(Contract.valid_to.is_(None), Contract.valid_to >= absence.start),
            Contract.id != (excluding or 0),
        )
    )
    wanted = set()
    for contract in contracts:
        day = max(absence.start, contract.valid_from, contract.substitute_from or date.min)
        last = min(absence.end, contract.valid_to or date.max)
        while day <= last:
            weekday = ("mo", "tu", "we", "th", "fr", "sa", "su")[day.weekday()]
            if day not in free and contract.hours(weekday) > 0:
                wanted.add((contract.child_id, day))
            day += timedelta(days=1)
    return wanted


def ensure_contracts(session: Session, absence: Absence) -> None:
    """An absence with no care contract in its period has nothing to substitute: say so."""
    covered = session.scalar(
        select(Contract.id).where(
            Contract.childminder_id == absence.childminder_id,
            Contract.valid_from <= absence.end,
            or_(Contract.valid_to.is_(None), Contract.valid_to >= absence.start),
        )
    )
    if covered is None:
        message = gettext_(
            "Von: In diesem Zeitraum hat die Tagespflegeperson keinen Betreuungsvertrag – "
            "es gibt keine Kinder zu vertreten."
        )
        raise ValidationError({"start": message})


def sync(
    session: Session,
    absence: Absence,
    deleting: bool = False,
    excluding: int | None = None,
    reason: str = notices.BACK,
) -> tuple[int, int]:
    """Bring the absence's needs in line with it; returns (added, removed).

    Needs that no longer apply are removed, and with them their placements, so shortening
    or cancelling an absence frees the hub's places at once (the database counts them);
    the families told of them and the providers hear of it (`reason`: why)."""
    existing = {
        (n.child_id, n.day): n
        for n in session.scalars(  # with placements: those that go are told of
            select(Need).where(Need.absence_id == absence.id).options(selectinload(Need.placement))
        )
    }
    wanted = set() if deleting else care_days(session, absence, excluding)
    gone = [need for key, need in existing.items() if key not in wanted]
    notices.care_cancelled(session, gone, reason, date.today())
    for need in gone:
        session.delete(need)
    removed = len(gone)
    added = [
        Need(absence_id=absence.id, child_id=child, childminder_id=absence.childminder_id, day=day)
        for child, day in sorted(wanted - existing.keys())
    ]
    session.add_all(added)
    session.flush()
    return len(added), removed


def follow_contract(session: Session, contract: Contract, deleting: bool = False) -> None:
    """A contract created, changed or deleted changes which children need a place during the
    childminder's current and coming absences; past ones stay as they were booked."""
    for absence in session.scalars(
        select(Absence).where(
            Absence.childminder_id == contract.childminder_id, Absence.end >= date.today()
        )
    ):
        sync(
            session,
            absence,
            excluding=contract.id if deleting else None,
            reason=notices.NOT_IN_CONTRACT,
        )
