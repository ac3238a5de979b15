"""Accounts are ready for single sign-on: an optional external subject per account, which
the database keeps unique – two accounts can never answer to one identity."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from core.models import User
from core.services.users import create_user


def test_an_external_subject_belongs_to_one_account_only(installation):
    with installation.db.transaction("test") as s:
        anna = create_user(s, "anna", "sicheres-passwort", ["staff"])
        create_user(s, "birgit", "sicheres-passwort", ["staff"])
        assert anna.external_subject is None  # password accounts need none
        anna.external_subject = "https://id.example.org|4711"
    with pytest.raises(IntegrityError), installation.db.transaction("test") as s:
        birgit = s.scalars(select(User).where(User.username == "birgit")).one()
        birgit.external_subject = "https://id.example.org|4711"
    with installation.db.read() as s:
        subjects = dict(s.execute(select(User.username, User.external_subject)).all())
    assert subjects["anna"] == "https://id.example.org|4711" and subjects["birgit"] is None
