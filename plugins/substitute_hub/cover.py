"""What the childminder sees of the substitute care for her absence: per child and day,
arranged where, declined by the family, or still open. Only the children of this one
absence are read; the caller (core.services.portal) has checked that it is hers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from core.i18n import gettext_
from core.kernel.contributions import Cover
from core.models import Absence
from plugins.substitute_hub.board import names
from plugins.substitute_hub.models import Need, Placement


def absence_cover(session: Session, absence: Absence) -> list[Cover]:
    found = session.scalars(
        select(Need)
        .options(joinedload(Need.placement).joinedload(Placement.provider))
        .where(Need.absence_id == absence.id)
    ).all()
    children = names(session, {n.child_id for n in found})
    return [Cover(children[n.child_id], n.day, *_state(n)) for n in found]


def _state(need: Need) -> tuple[bool, str]:
    if need.placement is not None:
        return True, gettext_("bei {provider}").format(provider=need.placement.provider.name)
    if need.declined:
        return True, gettext_("nicht nötig, sagen die Eltern")
    return False, gettext_("wird noch gesucht")
