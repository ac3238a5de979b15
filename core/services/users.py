"""Users, password hashing with argon2 and login throttling."""

from __future__ import annotations

import re
from typing import NamedTuple

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from core.db import utcnow
from core.errors import ValidationError
from core.i18n import LANGUAGES, gettext_
from core.kernel.contributions import ROLES
from core.models import User, UserRole
from core.services import logins

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 10


BLOCKED, WRONG = "blocked", "wrong"
# NIST SP 800-63B 5.1.1.2: refuse passwords that are common, expected or compromised. zxcvbn
# matches them against lists of frequent passwords, words, names, keyboard walks and dates
# and estimates the guesses needed; under 10^6 (its score 0 or 1) a password is refused.
LEAST_SCORE = 2
OUR_WORDS = ("tagwerk", "kindertagespflege", "tagespflege", "jugendamt")


def password_problem(password: str, *personal: str) -> str | None:
    """Why this password is not taken (German, naming the field), or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return gettext_("Passwort: mindestens {MIN_PASSWORD_LENGTH} Zeichen.").format(
            MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH
        )
    from zxcvbn import zxcvbn  # its dictionaries load on first use, not at start-up

    words = [*OUR_WORDS, *(w for text in personal for w in re.split(r"[\W_]+", text or "") if w)]
    if zxcvbn(password[:100], user_inputs=words)["score"] < LEAST_SCORE:
        return gettext_(
            "Passwort: zu leicht zu erraten (ein häufiges Passwort, ein Wort mit Zahlen, "
            "eine Tastenfolge oder Ihr Name). Besser mehrere Wörter, die nicht zusammengehören."
        )
    return None


class Login(NamedTuple):
    user_id: int
    token: str  # for the cookie; the database keeps only its hash


def try_login(db, username: str, password: str, address: str) -> Login | str:
    """A new login, or BLOCKED or WRONG. The guess is reserved and committed first (per
    address, then per account), and only then is the password checked."""
    from core.services.throttle import LOGIN, LOGIN_ADDRESS

    account = username.strip().lower()
    with db.transaction(username or "anonym") as session:
        by_address = LOGIN_ADDRESS.take(session, address)
        by_account = LOGIN.take(session, account) if by_address else None
    if by_account is None:
        return BLOCKED
    with db.transaction(username or "anonym") as session:
        user = authenticate(session, username, password)
        if user is None:
            return WRONG
        LOGIN.succeeded(session, account)
        LOGIN_ADDRESS.give_back(session, by_address)
        return Login(user.id, logins.start(session, user))


def create_user(
    session: Session, username: str, password: str, roles: list[str], display_name: str = ""
) -> User:
    errors = {}
    username = username.strip()
    if not username:
        errors["username"] = gettext_("Benutzername: Bitte ausfüllen.")
    elif session.scalar(select(User).where(User.username == username)):
        errors["username"] = gettext_("Benutzername: '{username}' ist bereits vergeben.").format(
            username=username
        )
    if problem := password_problem(password, username, display_name):
        errors["password"] = problem
    unknown = [r for r in roles if r not in ROLES]
    if unknown or not roles:
        errors["roles"] = gettext_("Rollen: bitte aus {value} wählen.").format(
            value=", ".join(ROLES)
        )
    if errors:
        raise ValidationError(errors)
    user = User(
        username=username,
        display_name=display_name or username,
        password_hash=_hasher.hash(password),
        roles=[UserRole(role=r) for r in roles],
    )
    session.add(user)
    session.flush()
    return user


def set_password(user: User, password: str) -> None:
    if problem := password_problem(password, user.username, user.display_name):
        raise ValidationError({"password": problem})
    user.password_hash = _hasher.hash(password)
    session = object_session(user)
    if session is not None and user.id is not None:  # every other login of hers ends
        logins.end_all(session, user.id)


def deactivate(session: Session, user: User) -> None:
    user.active = False
    logins.end_all(session, user.id)


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        _hasher.hash(password)  # same cost either way, so timing does not reveal usernames
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login = utcnow()
    return user


def password_matches(user: User, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def set_locale(session: Session, user: User, locale: str) -> None:
    """The language of the screens for this user (the request's user object is detached);
    refused, naming the field, for a language the screens do not speak."""
    if locale not in LANGUAGES:
        raise ValidationError({"locale": gettext_("Sprache: Bitte eine der angebotenen wählen.")})
    session.get(User, user.id).locale = locale
