"""Business stories of the core: contracts, calendar, modules (features/core/)."""

from __future__ import annotations

import re
from datetime import date

from icalendar import Calendar
from pytest_bdd import given, parsers, scenarios, then, when
from sqlalchemy import func, select

from core.forms import parse_date
from core.models import Absence, Contract, District, Message
from core.services import calendar as calendar_service
from core.services import districts as district_service
from core.settings import settings_of
from tests.bdd.conftest import page_text, split_name, visible
from tests.bdd.umzug_steps import *  # noqa: F403 – features/core/umzug.feature
from tests.conftest import with_site_url
from tests.factories import contract_data
from tests.portal_helpers import LINK, set_password

scenarios("core")

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def hours_between(first: str, last: str, hours: str) -> tuple[str, ...]:
    a, b = WEEKDAYS.index(first), WEEKDAYS.index(last)
    return tuple(hours if a <= i <= b else "0" for i in range(7))


def child_named(world, make, name):
    if name not in world["people"]:
        world["people"][name] = make.child(**split_name(name))
    return world["people"][name]


# --- Given ---------------------------------------------------------------------


@given(parsers.parse('die Tagespflegeperson "{name}" mit Pflegeerlaubnis für {n:d} Kinder'))
def childminder(world, make, name, n):
    world["people"][name] = make.childminder(max_children=n, **split_name(name))


@given(parsers.parse('"{name}" betreut {n:d} Kinder von {first} bis {last}'))
def childminder_cares_for(world, make, name, n, first, last):
    for _ in range(n):
        make.contract(
            make.child(),
            world["people"][name],
            start=date(2026, 1, 1),
            hours=hours_between(first, last, "8"),
        )


@given(parsers.parse('"{child}" hat bei "{name}" einen Vertrag ab {start}'))
def existing_contract(world, make, child, name, start):
    make.contract(child_named(world, make, child), world["people"][name], start=parse_date(start))


@given(parsers.parse('"{name}" hat Urlaub vom {start} bis {end}'))
def vacation(world, installation, name, start, end):
    with installation.db.transaction() as s:
        calendar_service.save_absence(
            s,
            {
                "childminder_id": world["people"][name].id,
                "kind": "vacation",
                "start": start,
                "end": end,
            },
            hooks=installation.kernel().hook,
        )


@given(parsers.parse('der Bezirk "{name}" mit den Gebieten "{areas}"'))
def district(installation, name, areas):
    with installation.db.transaction() as s:
        district_service.save_district(s, {"name": name, "areas": areas.replace("; ", "\n")})


@given(parsers.parse('"{name}" wohnt in "{street}, {code}"'))
def lives_in(world, make, name, street, code):
    person = make.person("guardian", street=street, postal_code=code, **split_name(name))
    world["people"][name] = person


@given(parsers.parse('das Bundesland ist "{state}"'))
def state_is(installation, state):
    with installation.db.transaction() as s:
        settings_of(s).set(s, "core.state", state)


# --- When ----------------------------------------------------------------------


@when(
    parsers.parse(
        'die Fachberatung für "{child}" bei "{name}" ab {start} einen Vertrag über '
        "{hours} Stunden von {first} bis {last} anlegt"
    )
)
def create_contract(world, make, client, child, name, start, hours, first, last):
    data = contract_data(
        child_named(world, make, child),
        world["people"][name],
        start=parse_date(start),
        hours=hours_between(first, last, hours),
    )
    world["response"] = client.post("/contracts/new", data=data)


@when(
    parsers.parse('die Fachberatung für "{name}" {kind} vom {start} bis {end} kurzfristig einträgt')
)
def enter_absence(world, client, name, kind, start, end):
    kinds = {"Krankheit": "illness", "Urlaub": "vacation", "Fortbildung": "training"}
    world["response"] = client.post(
        "/absences/new",
        data={
            "childminder_id": world["people"][name].id,
            "kind": kinds[kind],
            "start": start,
            "end": end,
            "planned": "short_notice",
        },
    )


@when(parsers.parse('die Administration das Modul "{name}" {action}'))
def switch_module(world, client, name, action):
    verb = {"aktiviert": "enable", "deaktiviert": "disable"}[action]
    world["response"] = client.post(f"/admin/plugins/{name}/{verb}")
    assert world["response"].status_code == 200


@when(parsers.parse('die Administration "{name}" mit der Anschrift "{street}, {code}" anlegt'))
def create_with_address(world, client, name, street, code):
    data = {**split_name(name), "roles": "guardian", "street": street, "postal_code": code}
    world["response"] = client.post("/persons/new", data=data)
    world["people"][name] = world["response"].url.path.rsplit("/", 1)[-1]


def district_id_of(installation, name: str) -> int:
    with installation.db.read() as s:
        return s.scalar(select(District.id).where(District.name == name))


def person_data(world, name: str, street: str, code: str) -> dict:
    return {**split_name(name), "roles": "guardian", "street": street, "postal_code": code}


@when(parsers.parse('die Administration für "{name}" den Bezirk "{district}" von Hand wählt'))
def choose_district(world, client, installation, name, district):
    person = world["people"][name]
    chosen = str(district_id_of(installation, district))
    data = person_data(world, name, person.street, person.postal_code) | {"district_id": chosen}
    world["response"] = client.post(f"/persons/{person.id}/edit", data=data)
    world["chosen"] = chosen


@when(parsers.parse('"{name}" nach "{street}, {code}" umzieht'))
def moves(world, client, name, street, code):
    # the edit form shows the district chosen by hand, so it comes back with the new address
    data = person_data(world, name, street, code) | {"district_id": world["chosen"]}
    world["response"] = client.post(f"/persons/{world['people'][name].id}/edit", data=data)


@when(parsers.parse('die Administration den Bezirk "{name}" mit den Gebieten "{areas}" anlegt'))
def create_district(world, client, name, areas):
    data = {"name": name, "areas": areas.replace("; ", "\n")}
    world["response"] = client.post("/admin/districts/new", data=data)


@when(parsers.parse('die Administration "{name}" als ihren Bezirk wählt'))
def home_district(world, client, installation, name):
    chosen = {"districts": str(district_id_of(installation, name))}
    world["response"] = client.post("/account/districts", data=chosen)


# --- Then ----------------------------------------------------------------------


@then(parsers.parse('steht bei "{name}" der Bezirk "{shown}"'))
def district_shown(world, client, name, shown):
    person = world["people"][name]
    person_id = person if isinstance(person, str) else person.id
    assert f"Bezirk {shown}" in visible(client.get(f"/persons/{person_id}"))


@then(parsers.parse('zeigt die Personenliste "{shown}" und nicht "{hidden}"'))
def list_shows(world, client, shown, hidden):
    page = visible(client.get("/persons"))
    assert shown in page and hidden not in page
    world["listed"] = (shown, hidden)


@then(parsers.parse('mit "alle Bezirke" zeigt sie beide'))
def list_shows_all(world, client):
    page = visible(client.get("/persons?district=all"))
    assert all(name in page for name in world["listed"])


@then(parsers.parse('bei "{child}" steht ein Vertrag über {hours:d} Wochenstunden'))
def contract_listed(world, client, child, hours):
    page = page_text(client.get(f"/persons/{world['people'][child].id}/contracts"))
    assert re.search(rf"<td>{hours}</td>", page)


@then(parsers.parse("es sind weiterhin {n:d} Verträge gespeichert"))
def contract_count(installation, n):
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Contract)) == n


@then(parsers.parse('zeigt der Kalender für {month} {year:d} an {n:d} Tagen "{title}"'))
def calendar_shows(client, month, year, n, title):
    page = page_text(client.get(f"/calendar?month={year}-{MONTHS.index(month) + 1:02d}"))
    assert page.count(title) == n


@then(parsers.parse('der iCal-Export für "{name}" enthält {n:d} Termine "{title}"'))
def ical_contains(world, client, name, n, title):
    body = client.get(f"/calendar.ics?childminder={world['people'][name].id}").content
    titles = [str(e["summary"]) for e in Calendar.from_ical(body).walk("VEVENT")]
    assert titles.count(title) == n


@then(parsers.parse("zeigt der Kalender für {month} {year:d} {n:d} Feiertage"))
def holidays_shown(client, month, year, n):
    page = client.get(f"/calendar?month={year}-{MONTHS.index(month) + 1:02d}").text
    assert page.count('class="event holiday"') == n


@given(parsers.parse('das Menü enthält keinen Eintrag "{label}"'))
@then(parsers.parse('enthält das Menü keinen Eintrag "{label}"'))
def menu_without(client, label):
    nav = client.get("/").text.split("</nav>")[0]
    assert f">{label}<" not in nav


@then(parsers.parse('enthält das Menü den Eintrag "{label}"'))
def menu_with(client, label):
    nav = client.get("/").text.split("</nav>")[0]
    assert f">{label}<" in nav


@then(parsers.parse('die Seite "{url}" ist erreichbar'))
def page_reachable(client, url):
    assert client.get(url).status_code == 200


@then(parsers.parse('die Seite "{url}" gibt es nicht'))
def page_missing(client, url):
    assert client.get(url).status_code == 404


# --- The portal ------------------------------------------------------------------


@given(
    parsers.parse(
        'die Tagespflegeperson "{name}" mit der E-Mail-Adresse "{email}" betreut "{child}"'
    )
)
def childminder_with_email(world, make, name, email, child):
    world["people"][name] = make.childminder(email=email, **split_name(name))
    make.contract(child_named(world, make, child), world["people"][name])


@when(parsers.parse('die Fachberatung "{name}" zum Portal einlädt'))
def invites(world, client, name):
    with_site_url(client.app.state.installation)
    world["response"] = client.post(f"/persons/{world['people'][name].id}/portal/invite")
    world["link"] = LINK.search(world["response"].text).group(1)


@then(parsers.parse('geht an "{address}" die E-Mail "{subject}"'))
@then(parsers.parse('geht an "{address}" die E-Mail "{subject}" mit einem Link'))
def mail_to(world, installation, address, subject):
    with installation.db.read() as s:
        mails = s.scalars(select(Message).where(Message.to_address == address)).all()
    # the period follows the subject; other notices to her (a contract entered) pass by
    [mail] = [m for m in mails if m.subject.startswith(subject)]
    if "link" in world:
        assert world["link"] in mail.text


@when(parsers.parse('"{name}" mit dem Link ihr Passwort festlegt und sich anmeldet'))
def sets_password(world, app, name):
    world["portal"] = set_password(app, world["link"], world["people"][name].email)


@given(parsers.parse('"{name}" ist im Portal angemeldet'))
def portal_login(world, app, client, name):
    invites(world, client, name)
    world["portal"] = set_password(app, world.pop("link"), world["people"][name].email)


@given(parsers.parse('Meldungen aus dem Portal gehen an "{address}"'))
def office_address(installation, address):
    with installation.db.transaction() as s:
        settings_of(s).set(s, "core.portal_notify", address)


@when(parsers.parse('"{name}" sich für heute krank meldet'))
def reports_ill(world, name):
    today = date.today().isoformat()
    world["response"] = world["portal"].post(
        "/portal/absences", data={"kind": "illness", "start": today, "end": today}
    )


@when(parsers.parse('"{name}" die Abwesenheit von "{other}" aufruft'))
def opens_other(world, installation, name, other):
    with installation.db.read() as s:
        absence = s.scalars(
            select(Absence).where(Absence.childminder_id == world["people"][other].id)
        ).one()
    world["response"] = world["portal"].get(f"/portal/absences/{absence.id}")


@when(parsers.parse('"{name}" diese Abwesenheit zurücknehmen will'))
def takes_back(world, installation, name):
    with installation.db.read() as s:
        absence = s.scalars(
            select(Absence).where(Absence.childminder_id == world["people"][name].id)
        ).one()
    world["response"] = world["portal"].post(f"/portal/absences/{absence.id}/cancel")


@then(parsers.parse('zeigt ihre Startseite "{text}"'))
def home_shows(world, text):
    assert text in visible(world["portal"].get("/portal/"))


@then(parsers.parse('hat "{name}" heute die kurzfristige Abwesenheit "{kind}"'))
def absent_today(world, installation, name, kind):
    assert world["response"].status_code == 303
    with installation.db.read() as s:
        absence = s.scalars(
            select(Absence).where(Absence.childminder_id == world["people"][name].id)
        ).one()
    assert (absence.kind, absence.start, absence.planned) == ("illness", date.today(), False)
    assert kind in visible(world["portal"].get(f"/portal/absences/{absence.id}"))


@then(parsers.parse('antwortet das Portal "{message}"'))
def portal_answers(world, message):
    assert world["response"].status_code in (404, 422)
    assert message in page_text(world["response"])
