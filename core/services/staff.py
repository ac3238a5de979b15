"""The office's accounts as the administration manages them: who has which roles, who
may sign in. Portal accounts (childminders) are not among them – they come and go with
the portal invitation. Two rules keep the office from locking itself out: nobody takes
their own administration role or their own access, and one active administrator stays."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from core.kernel.contributions import ROLES
from core.models import PortalAccount, User, UserRole
from core.services import users

OFFICE_ROLES = {key: label for key, label in ROLES.items() if key != "childminder"}


def office_accounts(session: Session) -> list[User]:
    return list(
        session.scalars(
            select(User)
            .outerjoin(PortalAccount, PortalAccount.user_id == User.id)
            .where(PortalAccount.user_id.is_(None))
            .order_by(User.active.desc(), User.username)
        )
    )


def get_account(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.portal is not None:
        raise NotFound(gettext_("Dieses Konto gibt es nicht."))
    return user


def set_roles(session: Session, actor: User, user_id: int, roles: list[str]) -> User:
    user = get_account(session, user_id)
    wanted = set(roles)
    if not wanted or not wanted <= OFFICE_ROLES.keys():
        raise ValidationError(
            {"roles": gettext_("Rollen: bitte mindestens eine der angebotenen wählen.")}
        )
    if "admin" in user.role_names and "admin" not in wanted:
        if user.id == actor.id:
            raise ValidationError(
                {"roles": gettext_("Rollen: Die eigene Administration gibt niemand selbst ab.")}
            )
        _keep_an_admin(session, user)
    for link in [r for r in user.roles if r.role not in wanted]:
        user.roles.remove(link)
    for role in sorted(wanted - user.role_names):
        user.roles.append(UserRole(role=role))
    session.flush()
    return user


def set_active(session: Session, actor: User, user_id: int, active: bool) -> User:
    user = get_account(session, user_id)
    if not active:
        if user.id == actor.id:
            raise ValidationError({"active": gettext_("Das eigene Konto sperrt niemand selbst.")})
        if "admin" in user.role_names:
            _keep_an_admin(session, user)
        users.deactivate(session, user)
    else:
        user.active = True
    session.flush()
    return user


def _keep_an_admin(session: Session, leaving: User) -> None:
    """Another active administrator must remain. Every administrator's rows are locked
    before counting, so two who take each other's role at the same moment are counted
    one after the other, and the second is refused."""
    admins = session.scalars(
        select(User.id)
        .join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == "admin", User.active)
        .with_for_update()
    ).all()
    if not [i for i in admins if i != leaving.id]:
        raise ValidationError(
            {"roles": gettext_("Es muss eine weitere aktive Administration geben.")}
        )
