"""The agency's own words in letters: placeholders filled, a wrong one named, everything
beyond text, placeholders and "if" refused before it is saved, the shipped text back on
request; every module's shipped text passes the same checks."""

from __future__ import annotations

import pytest

from core.errors import NotFound, ValidationError
from core.letters import texts
from core.models import LetterText

KIND = "substitute_hub.confirmation"
VALUES = {
    "vorname_kind": "Jörg",
    "zeitraum": "7.–8.12.",
    "vereinbart": 1,
    "offen": 1,
    "betreuungstage": 2,
}


@pytest.fixture
def hub(installation):
    for module in ("substitute_hub", "payments", "qhb_training", "parent_council", "placement"):
        installation.enable(module)
    return installation


def test_hook_letter_texts_every_shipped_text_passes_its_own_checks(hub):
    with hub.db.read() as s:
        found = texts.kinds(s)
        # 8 letters of four modules; of events 11 core, 15 placement, 6 hub, 1 parent council
        assert len(found) == 41
        for spec in found.values():
            assert texts.checked(spec, {"intro": spec.intro, "closing": spec.closing})
            assert texts.preview(s, spec.kind, {"intro": spec.intro, "closing": spec.closing})


def test_an_edited_text_fills_the_placeholders_and_can_be_reset(hub):
    with hub.db.transaction("test") as s:
        texts.save(
            s,
            KIND,
            {
                "intro": "für {{ vorname_kind }} ({{ zeitraum }}) ist gesorgt.\n\n"
                "{% if not vereinbart %}Leider ohne Vertretung.{% endif %}",
                "closing": "Ihr Team",
            },
            "anna",
        )
    with hub.db.read() as s:
        assert texts.paragraphs(s, KIND, VALUES) == ("für Jörg (7.–8.12.) ist gesorgt.", "Ihr Team")
        assert texts.paragraphs(s, KIND, VALUES | {"vereinbart": 0})[1] == "Leider ohne Vertretung."
    with hub.db.transaction("test") as s:
        texts.reset(s, KIND)
    with hub.db.read() as s:
        assert texts.paragraphs(s, KIND, VALUES)[0] == (
            "die Tagespflegeperson von Jörg ist vom 7.–8.12. abwesend."
        )
        assert s.get(LetterText, KIND) is None


@pytest.mark.parametrize(
    "intro, message",
    [
        ("", "Einleitung: Bitte einen Text eingeben."),
        ("Hallo {{ name_kind }}", "Einleitung: Den Platzhalter „name_kind“ gibt es hier nicht."),
        ("Hallo {{ vorname_kind", "Einleitung: Zeile 1: Platzhalter bitte so schreiben"),
        ("{{ vorname_kind.__class__ }}", "Einleitung: Nur Text, Platzhalter"),
        ("{{ ''.__class__.__mro__ }}", "Einleitung: Nur Text, Platzhalter"),
        ("{{ vorname_kind|upper }}", "Einleitung: Nur Text, Platzhalter"),
        ("{% for x in range(99999999) %}x{% endfor %}", "Einleitung: Nur Text, Platzhalter"),
        ("{{ lipsum() }}", "Einleitung: Nur Text, Platzhalter"),
        ("{% include '/etc/passwd' %}", "Einleitung: Nur Text, Platzhalter"),
        ("x" * 4001, "Einleitung: höchstens 4000 Zeichen."),
    ],
)
def test_a_bad_text_is_refused_naming_the_field_and_nothing_changes(hub, intro, message):
    with hub.db.transaction("test") as s, pytest.raises(ValidationError) as refused:
        texts.save(s, KIND, {"intro": intro, "closing": ""}, "anna")
    assert message in refused.value.errors["intro"]
    with hub.db.read() as s:
        assert s.get(LetterText, KIND) is None


def test_a_bad_closing_is_named_as_the_closing(hub):
    with hub.db.read() as s, pytest.raises(ValidationError) as refused:
        texts.checked(texts.get_kind(s, KIND), {"intro": "Hallo", "closing": "{{ x }}"})
    assert refused.value.errors == {
        "closing": "Schluss: Den Platzhalter „x“ gibt es hier nicht. "
        "Möglich: vorname_kind, zeitraum, vereinbart, offen, betreuungstage."
    }


def test_a_kind_of_a_module_that_is_off_is_not_found(installation):
    with installation.db.read() as s, pytest.raises(NotFound):
        texts.get_kind(s, "payments.statement")
