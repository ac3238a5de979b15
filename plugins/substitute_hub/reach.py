"""Zuständigkeit: which providers and children a user of the substitute module may see.

Office staff (permission `substitute_hub.all`) see every provider and child. The staff of
a hub log in with the role "hub" and are linked to their provider(s) on the provider's
form (`sh_provider_user`): they see and edit only those providers, and only the children
enrolled with or placed at them. Anything else answers "not found", the same as an id
that does not exist, so trying other ids reveals nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import NotFound
from core.i18n import gettext_
from core.models import Absence, User
from core.models.auth import UserRole
from core.models.calendar import ABSENCE_LABELS
from plugins.substitute_hub.models import Enrolment, Need, Placement, Provider, ProviderUser

ALL = "substitute_hub.all"


def _not_here() -> NotFound:
    return NotFound(gettext_("Das gibt es nicht – oder es gehört nicht zu Ihrem Stützpunkt."))


@dataclass(frozen=True)
class Reach:
    providers: frozenset[int] | None  # None: every provider and every child
    children: frozenset[int] | None

    @property
    def everything(self) -> bool:
        return self.providers is None

    def has_provider(self, provider_id: int | None) -> bool:
        return self.providers is None or provider_id in self.providers

    def has_child(self, child_id: int | None) -> bool:
        return self.children is None or child_id in self.children

    def provider(self, session: Session, provider_id: int) -> Provider:
        found = session.get(Provider, provider_id) if self.has_provider(provider_id) else None
        if found is None:
            raise _not_here()
        return found

    def child(self, child_id: int) -> int:
        if not self.has_child(child_id):
            raise _not_here()
        return child_id

    def absence_label(self, absence: Absence) -> str:
        """Why a childminder is away, as far as this user may read it: the kind (and short
        notice) for the office; for a hub's staff only that she is away – the kind may be
        an illness, health data (Art. 9 DSGVO), short notice mostly means one, and the care
        they plan depends on neither."""
        if not self.everything:
            return gettext_("abwesend")
        kind = gettext_(ABSENCE_LABELS[absence.kind])
        return kind + ("" if absence.planned else " " + gettext_("(kurzfristig)"))

    def refusal(self, reasons: Sequence[str], provider_name: str) -> str:
        """Why a provider cannot take a need, as this user may read it: the office reads
        every limit (`limits.broken`); a hub's staff only that their provider cannot – a
        limit on the kind of absence or on short notice would say that she is ill."""
        if self.everything or not reasons:
            return " ".join(reasons)
        return gettext_("{name} kann diesen Bedarf nicht übernehmen; das Büro plant ihn.").format(
            name=provider_name
        )

    def shown(self, providers: Iterable[Provider]) -> list[Provider]:
        return [p for p in providers if self.has_provider(p.id)]

    def need(self, session: Session, need_id: int) -> Need:
        found = session.get(Need, need_id)
        if found is None:
            raise NotFound(gettext_("Diesen Bedarf gibt es nicht."))
        self.child(found.child_id)
        return found

    def placement(self, session: Session, placement_id: int) -> Placement | None:
        """The placement, or None when it is gone (released a moment ago)."""
        found = session.get(Placement, placement_id)
        if found is not None:
            self.provider(session, found.provider_id)
        return found


EVERYTHING = Reach(None, None)


def of(session: Session, user_id: int, everything: bool) -> Reach:
    if everything:
        return EVERYTHING
    providers = frozenset(
        session.scalars(select(ProviderUser.provider_id).where(ProviderUser.user_id == user_id))
    )
    enrolled = select(Enrolment.child_id).where(Enrolment.provider_id.in_(providers))
    placed = (
        select(Need.child_id)
        .join(Placement, Placement.need_id == Need.id)
        .where(Placement.provider_id.in_(providers))
    )
    return Reach(providers, frozenset(session.scalars(enrolled.union(placed))))


def hub_logins(session: Session) -> list[User]:
    """The logins that may be linked to a provider: active users with the role "hub"."""
    return list(
        session.scalars(
            select(User)
            .join(UserRole, UserRole.user_id == User.id)
            .where(UserRole.role == "hub", User.active)
            .order_by(User.username)
        )
    )


def staff_of(session: Session, provider_id: int) -> list[int]:
    return list(
        session.scalars(select(ProviderUser.user_id).where(ProviderUser.provider_id == provider_id))
    )


def set_staff(session: Session, provider: Provider, user_ids: Iterable[int | None]) -> None:
    """Link exactly these logins to the provider (ids that are no hub login are ignored)."""
    wanted = set(user_ids) & {u.id for u in hub_logins(session)}
    current = set(staff_of(session, provider.id))
    for user_id in current - wanted:
        session.delete(session.get(ProviderUser, (provider.id, user_id)))
    session.add_all(ProviderUser(provider_id=provider.id, user_id=u) for u in wanted - current)
    session.flush()
