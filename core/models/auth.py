"""Users who log in, with roles that grant plugin-declared permissions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow


class User(Base):
    __tablename__ = "core_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    locale: Mapped[str] = mapped_column(String(10), default="de")
    last_login: Mapped[datetime | None]
    # how an identity provider names this person ("issuer|sub"), for single sign-on;
    # None for accounts that sign in with a password only
    external_subject: Mapped[str | None] = mapped_column(String(255), unique=True, index=True)

    roles: Mapped[list[UserRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    portal: Mapped[PortalAccount | None] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def person_id(self) -> int | None:
        """The person a portal account belongs to; None for office staff."""
        return self.portal.person_id if self.portal is not None else None

    @property
    def role_names(self) -> set[str]:
        return {r.role for r in self.roles}


class UserRole(Base):
    __tablename__ = "core_user_role"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("core_user.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(50), primary_key=True)


class PortalAccount(Base):
    """A childminder's own login: the person whose data the portal shows her, and only
    hers. Erasing the person deletes the account with her."""

    __tablename__ = "core_portal_account"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("core_user.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("core_person.id", ondelete="CASCADE"), unique=True
    )

    @property
    def audit_person_id(self) -> int:
        return self.person_id


class LoginSession(Base):
    """One login. The browser's cookie carries a random token, stored here only as its
    SHA-256 hash; ending the row ends the login wherever the cookie was copied to, and a
    user created later can never take it over (it is not the user id that logs in)."""

    __tablename__ = "core_login_session"
    __audit__ = False

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the token
    user_id: Mapped[int] = mapped_column(ForeignKey("core_user.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)


class AccountToken(Base):
    """A one-time link to set a password: the invitation to the portal or a reset. Only
    the token's SHA-256 hash is stored; using it, or a newer link, deletes it."""

    __tablename__ = "core_account_token"
    __audit__ = False

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the token
    user_id: Mapped[int] = mapped_column(ForeignKey("core_user.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(20))  # "invite" or "reset"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
