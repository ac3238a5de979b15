"""Fixtures of the service tests beyond the shared ones in tests/conftest.py."""

from __future__ import annotations

import pytest

from core.models import Person
from core.models.persons import LinkKind
from core.services.persons import add_link
from plugins.qhb_training import curricula


@pytest.fixture
def qhb(installation):
    installation.enable("qhb_training")
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)
    return installation


@pytest.fixture
def families(installation, make):
    """Two childminders, five children, four families (one with siblings)."""
    installation.enable("parent_council")
    jana = make.childminder(first_name="Jana", last_name="Wolf")
    olga = make.childminder(first_name="Olga", last_name="Esser")
    parents = {}
    for child_name, minder, parent in (
        ("Mia", jana, "Sara"),
        ("Emil", jana, "Sara"),
        ("Lina", olga, "Aylin"),
        ("Ben", olga, "Nina"),
        ("Ida", olga, "Eva"),
    ):
        if parent not in parents:
            parents[parent] = make.person("guardian", first_name=parent, last_name="Muster")
        child = make.child(first_name=child_name, last_name="Muster")
        with installation.db.transaction("test") as s:
            add_link(
                s, s.get(Person, child.id), s.get(Person, parents[parent].id), LinkKind.GUARDIAN
            )
        make.contract(child, minder)
    return parents


@pytest.fixture
def electorate(installation, make):
    """30 children at six childminders, each with a guardian of their own; six candidates."""
    installation.enable("parent_council")
    guardians = []
    for m in range(6):
        minder = make.childminder(first_name=f"Tagesmutter{m}", last_name="Wolf")
        for c in range(5):
            child = make.child(first_name=f"Kind{m}{c}", last_name="Muster")
            guardian = make.person("guardian", first_name=f"Eltern{m}{c}", last_name="Muster")
            with installation.db.transaction("test") as s:
                add_link(s, s.get(Person, child.id), s.get(Person, guardian.id), LinkKind.GUARDIAN)
            make.contract(child, minder)
            guardians.append(guardian)
    return guardians
