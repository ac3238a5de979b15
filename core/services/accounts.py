"""Portal accounts of childminders: the office invites, she sets her password from a
one-time link, and can ask for a new link by e-mail when she has forgotten it.

Links carry a random token; the database keeps only its SHA-256 hash, and using a link, a
newer link or a changed password deletes the older ones. The reset answers the same
whether or not the address is known, so nobody can find out who has an account."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.db import utcnow
from core.errors import NotFound, ValidationError
from core.i18n import N_, gettext_
from core.jobs.queue import JobContext, JobKind, enqueue
from core.messages import outbox
from core.models import AccountToken, Person, PortalAccount, User, UserRole
from core.models.persons import Role
from core.services.throttle import LOGIN, Throttle
from core.services.users import deactivate, password_matches, set_password
from core.settings import setting

PORTAL_ROLE = "childminder"
UNSET = "unset:"  # a password hash nobody can log in with: invited, password not set yet
INVITE, RESET = "invite", "reset"
RESET_HOURS = 2
# an address asking for more links than this is someone trying addresses, not a childminder
RESETS = Throttle("portal.reset", limit=5, window=3600)


@dataclass(frozen=True)
class Invitation:
    user: User
    link: str  # shown once to the office, for a letter when she has no e-mail address
    mailed: bool


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def account_of(session: Session, person_id: int) -> User | None:
    return session.scalar(
        select(User).join(PortalAccount).where(PortalAccount.person_id == person_id)
    )


def open_account(session: Session, person_id: int) -> User:
    """The childminder's portal account, made (without a password anyone knows) or, when
    it was withdrawn, opened again – back only with a password she sets anew."""
    person = session.get(Person, person_id)
    if person is None or person.anonymised_on is not None or not person.has_role(Role.CHILDMINDER):
        raise NotFound(gettext_("Diese Tagespflegeperson gibt es nicht."))
    user = account_of(session, person.id)
    if user is None:
        user = User(
            username=_username(session, person),
            display_name=person.name,
            password_hash=_unset(),
            roles=[UserRole(role=PORTAL_ROLE)],
            portal=PortalAccount(person_id=person.id),
        )
        session.add(user)
        session.flush()
    elif not user.active:
        user.password_hash = _unset()
        user.active = True
    return user


def invite(session: Session, person_id: int, actor: str) -> Invitation:
    """An account for the childminder, or a fresh one-time link for the one she has,
    mailed to her when the office knows her address. The link needs the installation's
    address (`core.site_url`)."""
    base = link_base(session)
    if base is None:
        raise ValidationError({"site_url": gettext_(NO_SITE_URL)})
    user = open_account(session, person_id)
    person = session.get(Person, person_id)
    # with a password already set, the link sets a new one (forgotten, or no e-mail to reset)
    token = _new_token(session, user, INVITE, timedelta(days=_invite_days(session)))
    link = f"{base}/portal/password/{token}"
    mailed = bool(person.email)
    if mailed:
        outbox.queue(
            session,
            "core.portal_invite",
            [_invite_mail(session, person, user, link)],
            ref=f"core.portal_account:{user.id}",
            actor=actor,
        )
    return Invitation(user, link, mailed)


def _unset() -> str:
    return f"{UNSET}{secrets.token_hex(16)}"


def is_set_up(user: User) -> bool:
    return not user.password_hash.startswith(UNSET)


def link_base(session: Session) -> str | None:
    """Where every link in a mail or on a page points: the installation's address
    (`core.site_url`), and nothing else. Never the address a request came in on: its Host
    header is the sender's to choose (a link to a stranger's site leaks its token), and
    even the office's own may be a name only its network knows. None: no link is written."""
    return (setting(session, "core.site_url") or "").rstrip("/") or None


NO_SITE_URL = N_(
    "Für den Link fehlt die Adresse von Tagwerk: bitte unter Einstellungen „Adresse von "
    "Tagwerk für Links in E-Mails“ eintragen."
)


def _invite_days(session: Session) -> int:
    return int(setting(session, "core.portal_invite_days"))


def _username(session: Session, person: Person) -> str:
    """Her e-mail address, which she knows; without one, a name the letter tells her."""
    wanted = (person.email or f"{person.first_name}.{person.last_name}").strip().lower()
    wanted = "".join(c for c in wanted.replace(" ", "-") if c.isprintable())[:90]
    taken = set(session.scalars(select(User.username).where(User.username.like(f"{wanted}%"))))
    if wanted not in taken:
        return wanted
    return next(f"{wanted}{n}" for n in range(2, len(taken) + 3) if f"{wanted}{n}" not in taken)


def _new_token(session: Session, user: User, purpose: str, lifetime: timedelta) -> str:
    session.execute(delete(AccountToken).where(AccountToken.user_id == user.id))
    token = secrets.token_urlsafe(32)
    session.add(
        AccountToken(
            id=_hash(token), user_id=user.id, purpose=purpose, expires_at=utcnow() + lifetime
        )
    )
    session.flush()
    return token


def _invite_mail(session: Session, person: Person, user: User, link: str) -> outbox.Mail:
    agency = setting(session, "core.agency_name")
    return outbox.Mail(
        person.email,
        person.name,
        gettext_("Ihr Zugang zum Portal von {agency}").format(agency=agency),
        gettext_(
            "Guten Tag {name},\n\nim Portal sehen Sie Ihre Kinder, melden Abwesenheiten und"
            " finden Ihre Unterlagen. Ihr Benutzername: {username}\n\nBitte legen Sie Ihr"
            " Passwort innerhalb von {days} Tagen über diesen Link fest; er gilt nur einmal:\n"
            "{link}\n"
        ).format(name=person.name, username=user.username, days=_invite_days(session), link=link),
        person_id=person.id,
        confidential=True,
    )


def token_user(session: Session, token: str) -> User | None:
    """The account a link is for while it is valid, else None."""
    if not token or len(token) > 100:
        return None
    found = session.get(AccountToken, _hash(token))
    if found is None or found.expires_at < utcnow():
        return None
    user = session.get(User, found.user_id)
    return user if user is not None and user.active else None


def redeem(session: Session, token: str, password: str, repeated: str) -> User:
    """Set the password from a link; the link and every login of the account end."""
    user = token_user(session, token)
    if user is None:
        raise NotFound(
            gettext_(
                "Dieser Link ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen"
                " neuen an."
            )
        )
    if password != repeated:
        raise ValidationError(
            {"repeated": gettext_("Passwort wiederholen: stimmt nicht mit dem Passwort überein.")}
        )
    set_password(user, password)
    session.execute(delete(AccountToken).where(AccountToken.user_id == user.id))
    return user


class WrongPassword(ValidationError):
    """The current password she typed is not hers: a guess, counted like a failed login."""


def change_password(session: Session, user: User, data) -> None:
    """Her own new password, from her account page: the current one first (a borrowed
    phone that is still logged in must not take the account over). Every login ends."""
    user = session.get(User, user.id)
    current = str(data.get("current", ""))
    if LOGIN.blocked(session, user.username):
        raise ValidationError(
            {"current": gettext_("Zu viele Fehlversuche. Bitte warten Sie einige Minuten.")}
        )
    if not password_matches(user, current):
        raise WrongPassword({"current": gettext_("Bisheriges Passwort: stimmt nicht.")})
    password, repeated = str(data.get("password", "")), str(data.get("repeated", ""))
    if password != repeated:
        raise ValidationError(
            {"repeated": gettext_("Passwort wiederholen: stimmt nicht mit dem Passwort überein.")}
        )
    set_password(user, password)
    session.execute(delete(AccountToken).where(AccountToken.user_id == user.id))


def request_reset(session: Session, address: str, client: str) -> bool:
    """Ask for a new link for a portal account with this address; False only when the
    client has asked too often. Without `core.site_url` no link is mailed: the office gives
    a new one on her portal tab.

    Known or not, the request does the same work – it queues a job with the address – so
    neither the answer nor its time tells whether an account exists (a lookup, a token and
    a mail made it 33 ms slower for known addresses). The worker does the rest."""
    if RESETS.take(session, client) is None:
        return False
    wanted = address.strip().lower()
    if link_base(session) is not None and wanted and len(wanted) <= 200:
        enqueue(session, RESET_JOB, {"address": wanted})
    return True


def send_reset(ctx: JobContext) -> str:
    """The job: mail a link if the address belongs to a portal account that is set up.
    The address leaves the job's row with its completion; the message names nobody."""
    with ctx.installation.db.transaction("system") as session:
        _mail_reset(session, str(ctx.payload.get("address", "")))
        session.execute(ctx.owned().values(payload={}))
        message = gettext_("Anfrage nach einem neuen Portal-Passwort bearbeitet.")
        ctx.complete(session, message)
    return message


def _mail_reset(session: Session, wanted: str) -> None:
    base = link_base(session)
    if base is None:
        return
    user = session.scalar(
        select(User)
        .join(PortalAccount)
        .join(Person, Person.id == PortalAccount.person_id)
        .where(User.active, func.lower(Person.email) == wanted, Person.anonymised_on.is_(None))
    )
    if user is None or not is_set_up(user):
        return  # not invited yet, or still holding the invitation's link
    person = session.get(Person, user.person_id)
    token = _new_token(session, user, RESET, timedelta(hours=RESET_HOURS))
    link = f"{base}/portal/password/{token}"
    mail = outbox.Mail(
        person.email,
        person.name,
        gettext_("Neues Passwort für das Portal"),
        gettext_(
            "Guten Tag {name},\n\nüber diesen Link legen Sie ein neues Passwort fest; er gilt"
            " {hours} Stunden und nur einmal:\n{link}\n\nWenn Sie das nicht angefordert"
            " haben, können Sie diese Nachricht ignorieren.\n"
        ).format(name=person.name, hours=RESET_HOURS, link=link),
        person_id=person.id,
        confidential=True,
    )
    outbox.queue(session, "core.portal_reset", [mail], ref=f"core.portal_account:{user.id}")


RESET_JOB = "core.portal_reset"
JOB_KINDS = [JobKind(RESET_JOB, N_("Portal: Link für ein neues Passwort senden"), send_reset)]


def withdraw(session: Session, person_id: int) -> None:
    """The office ends her access: the account stays for the record, she cannot log in."""
    user = account_of(session, person_id)
    if user is None:
        raise NotFound(gettext_("Diese Person hat keinen Zugang zum Portal."))
    deactivate(session, user)
    session.execute(delete(AccountToken).where(AccountToken.user_id == user.id))


def state_of(user: User | None) -> str:
    """ "none", "invited", "active" or "withdrawn", for the office's screen."""
    if user is None:
        return "none"
    if not user.active:
        return "withdrawn"
    return "active" if is_set_up(user) else "invited"
