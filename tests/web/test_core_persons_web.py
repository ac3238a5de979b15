"""Person screens: search as you type, paging, forms with inline errors, tabs, delete."""

from __future__ import annotations

from sqlalchemy import func, select

from core.models import Person

HX = {"HX-Request": "true"}


def count(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_search_as_you_type_returns_only_the_results(staff, make):
    make.child(first_name="Emil", last_name="Brockmann", city="Neubeckum")
    make.child(first_name="Frieda", last_name="Hagedorn", city="Beckum")
    full = staff.get("/persons?q=brock")
    assert "<html" in full.text and "Emil" in full.text and "Frieda" not in full.text
    partial = staff.get("/persons?q=brock", headers=HX)
    assert "HX-Request" in partial.headers["Vary"]
    assert "<html" not in partial.text and partial.text.lstrip().startswith('<div id="results"')
    assert "Brockmann, Emil" in partial.text and "1 Person" in partial.text


def test_person_list_pages_through_results(staff, make):
    for n in range(27):
        make.child(first_name=f"K{n:02d}", last_name="Abel")
    first = staff.get("/persons?q=abel").text
    assert "27 Personen, Seite 1 von 2" in first and "nächste Seite" in first
    second = staff.get("/persons?q=abel&page=2").text
    assert "Abel, K25" in second and "Abel, K00" not in second


def test_create_person_without_javascript(staff, installation):
    r = staff.post(
        "/persons/new",
        data={
            "first_name": "Petra",
            "last_name": "Kamp",
            "roles": "childminder",
            "employment": "self_employed",
            "max_children": "4",
            "postal_code": "59269",
            "city": "Beckum",
            "permit_valid_until": "31.07.2029",
            "iban": "DE89370400440532013000",
        },
    )
    assert r.status_code == 200
    assert "Petra Kamp wurde angelegt." in r.text
    assert "gültig bis 31.07.2029" in r.text and "höchstens 4" in r.text


def test_invalid_form_returns_422_with_field_errors_and_writes_nothing(staff, installation):
    r = staff.post(
        "/persons/new",
        data={
            "first_name": "",
            "last_name": "Kamp",
            "roles": "childminder",
            "iban": "DE00123",
            "employment": "self_employed",
        },
    )
    assert r.status_code == 422
    assert "<html" in r.text  # full page without htmx
    assert "Vorname: Bitte ausfüllen." in r.text
    assert "IBAN: Die IBAN ist ungültig" in r.text
    assert 'value="Kamp"' in r.text  # nothing the user typed is lost
    assert count(installation) == 0


def test_htmx_form_error_swaps_only_the_form(staff, installation):
    r = staff.post(
        "/persons/new", data={"first_name": "X", "last_name": "", "roles": "child"}, headers=HX
    )
    assert r.status_code == 422
    assert r.text.lstrip().startswith('<form id="person-form"')
    assert 'aria-invalid="true"' in r.text and "Nachname: Bitte ausfüllen." in r.text


def test_person_detail_tabs_come_from_core_and_plugins(staff, installation, make):
    child = make.child(first_name="Lotte")
    page = staff.get(f"/persons/{child.id}").text
    assert "Stammdaten" in page and "Verträge" in page and "Verlauf" in page
    assert "Vertretung" not in page
    installation.enable("substitute_hub")
    page = staff.get(f"/persons/{child.id}").text
    assert f'href="/substitute_hub/person/{child.id}"' in page
    tab = staff.get(f"/substitute_hub/person/{child.id}", headers=HX)
    assert tab.text.lstrip().startswith('<div id="person-tabs"')
    assert "Kein laufender Vertrag." in tab.text


def test_audit_tab_shows_who_changed_what(staff, installation, make):
    child = make.child(first_name="Lotte", last_name="Ahlers")
    staff.post(
        f"/persons/{child.id}/edit",
        data={"first_name": "Lotte", "last_name": "Ahlers-Berg", "roles": "child"},
    )
    audit = staff.get(f"/persons/{child.id}/audit").text
    assert "staff-user" in audit and "Ahlers → Ahlers-Berg" in audit


def test_delete_asks_first_and_refuses_while_contracts_exist(staff, installation, make):
    cm, child = make.childminder(), make.child()
    make.contract(child, cm)
    confirm = staff.get(f"/persons/{child.id}/delete").text
    assert "Löschen ist nicht möglich" in confirm and "1 Betreuungsverträge" in confirm
    r = staff.post(f"/persons/{child.id}/delete")
    assert r.status_code == 422
    assert count(installation) == 2
    lonely = make.child()
    assert "Endgültig löschen" in staff.get(f"/persons/{lonely.id}/delete").text
    r = staff.post(f"/persons/{lonely.id}/delete")
    assert "wurde gelöscht" in r.text and count(installation) == 2


def test_link_a_guardian_from_the_child_page(staff, installation, make):
    child = make.child()
    mother = make.person("guardian", first_name="Sandra", last_name="Ahlers")
    options = staff.get("/persons/options?q=ahlers&role=guardian", headers=HX).text
    assert f'value="{mother.id}"' in options
    r = staff.post(f"/persons/{child.id}/links", data={"kind": "guardian", "related_id": mother.id})
    assert "Verknüpfung mit Sandra Ahlers gespeichert." in r.text
    assert f'href="/persons/{mother.id}"' in r.text


def test_unknown_person_is_a_404_page(staff):
    r = staff.get("/persons/999999")
    assert r.status_code == 404 and "Person 999999 gibt es nicht." in r.text


def test_letters_by_email_need_an_address_and_consent(staff, installation):
    base = {"first_name": "Kim", "last_name": "Baum", "roles": "guardian"}
    refused = staff.post("/persons/new", data=base | {"channel": "email"})
    assert refused.status_code == 422
    assert "Für E-Mail braucht es eine Adresse und das Einverständnis" in refused.text
    bad = staff.post("/persons/new", data=base | {"email": "kim(at)baum.de"})
    assert (
        bad.status_code == 422 and "E-Mail: &#39;kim(at)baum.de&#39; ist keine gültige" in bad.text
    )
    assert count(installation) == 0
    done = staff.post(
        "/persons/new",
        data=base
        | {
            "email": "Kim.Baum@Example.org",
            "channel": "email",
            "email_consent": "on",
            "form_of_address": "frau",
        },
        follow_redirects=False,
    )
    assert done.status_code == 303
    with installation.db.read() as s:
        person = s.scalars(select(Person)).one()
    assert (person.channel, person.form_of_address) == ("email", "frau")
    assert person.email == "Kim.Baum@example.org"  # the domain as mail servers compare it
    assert person.email_consent_on is not None
    page = staff.get(f"/persons/{person.id}").text
    assert "Briefe per</dt><dd>E-Mail (Einverständnis vom" in page


def test_consent_keeps_its_date_and_ends_when_unticked(staff, make, installation):
    from datetime import date

    person = make.person("guardian", email="eva@example.org")
    with installation.db.transaction("test") as s:
        s.get(Person, person.id).email_consent_on = date(2025, 3, 1)
    form = {
        "first_name": "Eva",
        "last_name": "Ott",
        "roles": "guardian",
        "email": "eva@example.org",
    }
    staff.post(f"/persons/{person.id}/edit", data=form | {"email_consent": "on"})
    with installation.db.read() as s:
        assert s.get(Person, person.id).email_consent_on == date(2025, 3, 1)
    staff.post(f"/persons/{person.id}/edit", data=form)
    with installation.db.read() as s:
        assert s.get(Person, person.id).email_consent_on is None


def test_the_letterhead_is_set_on_the_settings_page_with_checked_fields(client, installation):
    from tests.conftest import login

    admin = login(client, installation, "admin")
    page = admin.get("/admin/settings").text
    assert "Briefkopf und Absender" in page and "Unterschriftszeile" in page
    bad = admin.post("/admin/settings", data={"core.letterhead.postal_code": "5926"})
    assert bad.status_code == 422 and "PLZ: fünf Ziffern" in bad.text
    done = admin.post(
        "/admin/settings",
        data={
            "core.letterhead.iban": "de02 1203 0000 0000 2020 51",
            "core.letterhead.city": "Beckum",
        },
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert 'value="DE02 1203 0000 0000 2020 51"' in admin.get("/admin/settings").text
