"""The demo's logins: the administration, and one childminder's portal, both with the
demo password, so whoever tries Tagwerk can look at either side at once."""

from __future__ import annotations

from sqlalchemy import select

from core.kernel.installation import Installation
from core.models import Contract, User
from core.services import accounts
from core.services.users import create_user, set_password


def ensure_demo_logins(inst: Installation, admin: str, password: str) -> list[str]:
    """Create or reset both logins; the lines that tell the user how to log in."""
    with inst.db.transaction("demo") as session:
        user = session.scalar(select(User).where(User.username == admin))
        if user is None:
            create_user(session, admin, password, ["admin"], "Administration")
        else:
            set_password(user, password)
        lines = [f"Anmeldung: Benutzer '{admin}', Passwort '{password}'."]
        # the first childminder with a signed contract: her portal has children to show
        first = session.scalar(
            select(Contract.childminder_id).where(Contract.draft.is_(False)).order_by(Contract.id)
        )
        if first is not None:
            portal = accounts.open_account(session, first)
            set_password(portal, password)
            lines.append(f"Portal: Benutzer '{portal.username}', Passwort '{password}'.")
    return lines
