"""District screens: the admin list and form, the person form's choice by hand, the person
list and the dashboard filtered by district, home districts on the account page."""

from __future__ import annotations

from sqlalchemy import select

from core.models import District
from tests.conftest import login

HX = {"HX-Request": "true"}


def district_id(installation, name: str) -> int:
    with installation.db.read() as s:
        return s.scalar(select(District.id).where(District.name == name))


def make_two(admin):
    for data in (
        {"name": "Beckum", "areas": "59269"},
        {"name": "Neubeckum", "areas": "59269 Spiekersstraße"},
    ):
        r = admin.post("/admin/districts/new", data=data, follow_redirects=False)
        assert r.status_code == 303, r.text


def test_admin_creates_district_and_sees_how_many_persons_moved(admin, make):
    make.person("guardian", postal_code="59269", street="Spiekersstraße 4")
    r = admin.post(
        "/admin/districts/new", data={"name": "Neubeckum", "areas": "59269 Spiekersstr."}
    )
    assert "Neubeckum gespeichert; 1 Person hat jetzt einen anderen Bezirk." in r.text
    assert '<td class="number">1</td>' in r.text and "davon 1 einzelne Straße" in r.text


def test_bad_areas_come_back_with_the_input_and_the_line(admin, installation):
    r = admin.post(
        "/admin/districts/new",
        data={"name": "Mitte", "areas": "44135\nabc"},
        headers=HX,
    )
    assert r.status_code == 422
    assert "Zeile 2: &#39;abc&#39; ist keine Postleitzahl" in r.text
    assert "44135\nabc</textarea>" in r.text and 'aria-invalid="true"' in r.text
    assert district_id(installation, "Mitte") is None


def test_removing_asks_first_and_names_the_persons(admin, installation, make):
    make_two(admin)
    make.person("guardian", postal_code="59269", street="Spiekersstraße 4")
    neubeckum = district_id(installation, "Neubeckum")
    asked = admin.get(f"/admin/districts/{neubeckum}/delete")
    assert "Bezirk Neubeckum entfernen?" in asked.text and "1 Person gehört" in asked.text
    assert district_id(installation, "Neubeckum") == neubeckum
    done = admin.post(f"/admin/districts/{neubeckum}/delete")
    assert "Bezirk Neubeckum wurde entfernt." in done.text
    assert district_id(installation, "Neubeckum") is None


def test_unknown_district_is_404(admin):
    assert admin.get("/admin/districts/999").status_code == 404
    assert admin.post("/admin/districts/999/delete").status_code == 404


def test_staff_may_not_edit_districts(staff):
    assert staff.get("/admin/districts").status_code == 403
    assert staff.post("/admin/districts/new", data={"name": "X", "areas": ""}).status_code == 403


def test_person_form_offers_districts_and_shows_how_it_was_found(admin, installation, make):
    make_two(admin)
    person = make.person("guardian", postal_code="59269", street="Spiekersstraße 4")
    page = admin.get(f"/persons/{person.id}").text
    assert "Neubeckum <small>(aus der Anschrift)</small>" in page
    form = admin.get(f"/persons/{person.id}/edit").text
    assert '<option value="">aus der Anschrift</option>' in form
    beckum = district_id(installation, "Beckum")
    r = admin.post(
        f"/persons/{person.id}/edit",
        data={
            "first_name": person.first_name,
            "last_name": person.last_name,
            "roles": "guardian",
            "postal_code": "59269",
            "street": "Spiekersstraße 4",
            "district_id": str(beckum),
        },
    )
    assert "Beckum <small>(von Hand gewählt)</small>" in r.text
    assert f'<option value="{beckum}" selected>' in admin.get(f"/persons/{person.id}/edit").text


def test_person_list_filters_by_district(admin, make):
    make_two(admin)
    make.person("guardian", last_name="Kernstadt", postal_code="59269", street="Markt 1")
    make.person("guardian", last_name="Neu", postal_code="59269", street="Spiekersstraße 2")
    make.person("guardian", last_name="Fremd", postal_code="48143")
    page = admin.get("/persons").text  # no home districts: everyone
    assert "Kernstadt" in page and "Neu," in page and "Fremd" in page
    assert "<td>Neubeckum</td>" in page
    only = admin.get("/persons?district=none", headers=HX).text
    assert "Fremd" in only and "Kernstadt" not in only and "1 Person" in only


def test_home_districts_are_the_default_filter_and_all_stays_one_click_away(
    client, installation, make
):
    admin = login(client, installation, "admin")
    make_two(admin)
    make.person("guardian", last_name="Kernstadt", postal_code="59269", street="Markt 1")
    make.person("guardian", last_name="Neu", postal_code="59269", street="Spiekersstraße 2")
    neubeckum = district_id(installation, "Neubeckum")
    r = admin.post("/account/districts", data={"districts": str(neubeckum)})
    assert "Meine Bezirke gespeichert." in r.text
    assert f'value="{neubeckum}" checked' in r.text
    page = admin.get("/persons").text
    assert '<option value="mine" selected>meine Bezirke (Neubeckum)</option>' in page
    assert "Neu," in page and "Kernstadt" not in page
    assert "Kernstadt" in admin.get("/persons?district=all").text
    for n in range(25):
        make.person("guardian", last_name=f"Neu{n}", postal_code="59269", street="Spiekersstr. 1")
    paged = admin.get("/persons").text
    assert "&district=mine&page=2" in paged and "Kernstadt" not in paged


def test_tampered_home_districts_are_refused(admin):
    make_two(admin)
    r = admin.post("/account/districts", data={"districts": "999"})
    assert "Bitte nur angebotene Bezirke wählen." in r.text


def test_dashboard_counts_the_chosen_district(admin, installation, make):
    make_two(admin)
    cm = make.childminder(postal_code="59269", street="Spiekersstraße 2")
    make.childminder(postal_code="59269", street="Markt 2")
    make.contract(make.child(), cm)
    neubeckum = district_id(installation, "Neubeckum")
    page = admin.get(f"/?district={neubeckum}").text
    assert '<span class="value">1</span> Tagespflegepersonen' in page
    assert '<span class="value">1</span> Kinder in Betreuung' in page
    beckum = admin.get(f"/?district={district_id(installation, 'Beckum')}").text
    assert '<span class="value">0</span> Kinder in Betreuung' in beckum
    everyone = admin.get("/?district=all").text
    assert '<span class="value">2</span> Tagespflegepersonen' in everyone
