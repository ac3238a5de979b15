"""Passwords that are common, expected or a keyboard walk are refused (NIST SP 800-63B
5.1.1.2), for staff and portal alike; ones a person makes up of several words pass."""

from __future__ import annotations

import pytest

from core.errors import ValidationError
from core.models import User
from core.services.users import password_problem, set_password

WEAK = ["passwort123", "password1234", "qwertzuiop", "abcdefghijk", "x" * 12, "tagwerk1234"]
GOOD = ["sicheres-passwort", "mein-eigenes-passwort", "Hafer Lampe Sonntag", "tagwerk-demo"]


@pytest.mark.parametrize("password", WEAK)
def test_common_and_expected_passwords_are_refused(password):
    assert password_problem(password).startswith("Passwort: zu leicht zu erraten")


@pytest.mark.parametrize("password", GOOD)
def test_passwords_of_several_words_pass(password):
    assert password_problem(password) is None


def test_the_length_is_said_first_and_a_new_password_is_checked_too():
    assert password_problem("kurz") == "Passwort: mindestens 10 Zeichen."
    user = User(username="birgit", display_name="Birgit Kranz", password_hash="x")
    with pytest.raises(ValidationError) as refused:
        set_password(user, "passwort123")
    assert "zu leicht" in refused.value.errors["password"] and user.password_hash == "x"
