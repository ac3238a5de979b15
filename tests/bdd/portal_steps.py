"""Steps of the modules' portal stories (features/payments/portal.feature,
features/qhb_training/portal.feature): a childminder in her own browser, the office in
the scenario's client. The story modules import them."""

from __future__ import annotations

from datetime import date, timedelta

from pytest_bdd import given, parsers, then, when
from sqlalchemy import select
from starlette.testclient import TestClient

from core.forms import parse_date
from core.services import accounts
from plugins.payments import models as pay
from plugins.payments.rates.tables import INSURANCE_KINDS
from plugins.qhb_training import curricula
from plugins.qhb_training.models import CREDENTIAL_KINDS, Course, Credential, Enrolment, Recognition
from tests.bdd.conftest import page_text, split_name
from tests.conftest import with_site_url
from tests.files import pdf_bytes
from tests.portal_helpers import set_password

ENROLMENT = {"angemeldet": "enrolled", "auf der Warteliste": "waiting", "abgemeldet": "withdrawn"}


def _key(labels: dict, label: str) -> str:
    return next(key for key, text in labels.items() if text == label)


def _cents(euros: str) -> int:
    whole, _, rest = euros.partition(",")
    return int(whole.replace(".", "")) * 100 + int(rest or 0)


@given(parsers.parse('die Tagespflegeperson "{name}" hat einen Zugang zum Portal'))
def with_portal(world, app, installation, make, name):
    person = make.childminder(**split_name(name))
    with_site_url(installation)
    with installation.db.transaction("test") as s:
        invitation = accounts.invite(s, person.id, "staff-user")
        username = invitation.user.username
    link = "/portal/password/" + invitation.link.rsplit("/", 1)[1]
    world["people"][name] = person
    world.setdefault("portals", {})[name] = set_password(app, link, username)


def _portal(world, name) -> TestClient:
    return world["portals"][name]


# --- money ---------------------------------------------------------------------------


@when(
    parsers.parse(
        '"{name}" im Portal einen Nachweis "{kind}" über {euros} € im Monat ab {start} einreicht'
    )
)
def hands_in_proof(world, name, kind, euros, start):
    response = _portal(world, name).post(
        "/payments/portal/proofs",
        data={
            "kind": _key(INSURANCE_KINDS, kind),
            "monthly": euros,
            "valid_from": parse_date(start).isoformat(),
        },
        files={"file": ("nachweis.pdf", pdf_bytes(), "application/pdf")},
    )
    assert response.status_code == 303, page_text(response)[:400]


def _only_proof(installation) -> pay.Proof:
    with installation.db.read() as s:
        return s.scalars(select(pay.Proof)).one()


@when("die Finanzabteilung den Nachweis anerkennt")
def finance_accepts(installation, client):
    proof = _only_proof(installation)
    url = f"/payments/person/{proof.childminder_id}/proofs/{proof.id}/accept"
    assert client.post(url, follow_redirects=False).status_code == 303


@when(parsers.parse('die Finanzabteilung den Nachweis ablehnt mit "{reason}"'))
def finance_rejects(installation, client, reason):
    proof = _only_proof(installation)
    url = f"/payments/person/{proof.childminder_id}/proofs/{proof.id}/reject"
    assert client.post(url, data={"reason": reason}, follow_redirects=False).status_code == 303


@then(parsers.parse('hat "{name}" den Beitrag "{kind}" über {euros} € ab {start}'))
def has_contribution(world, installation, name, kind, euros, start):
    with installation.db.read() as s:
        rows = s.scalars(
            select(pay.Contribution).where(
                pay.Contribution.childminder_id == world["people"][name].id
            )
        ).all()
    found = [(c.kind, c.monthly_cents, c.valid_from) for c in rows]
    assert found == [(_key(INSURANCE_KINDS, kind), _cents(euros), parse_date(start))]


@then(parsers.parse('hat "{name}" keinen Beitrag'))
def no_contribution(world, installation, name):
    with installation.db.read() as s:
        assert s.scalars(select(pay.Contribution)).all() == []


@then(parsers.parse('sieht "{name}" bei ihren Nachweisen "{text}"'))
def sees_in_proofs(world, name, text):
    assert text in page_text(_portal(world, name).get("/payments/portal/proofs"))


@then(parsers.parse('steht bei "{name}" unter Zu erledigen "{text}"'))
def has_task(world, name, text):
    start = page_text(_portal(world, name).get("/portal/"))
    assert text in start.split("Zu erledigen", 1)[1]


# --- qualification -------------------------------------------------------------------


@given(
    parsers.parse('der Kurs "{title}" für QHB Teil 1 beginnt in {days:d} Tagen mit {seats:d} Platz')
)
def course_soon(world, installation, title, days, seats):
    installation.enable("qhb_training")
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)
        starts = date.today() + timedelta(days=days)
        course = Course(
            curriculum_id=curricula.by_code(s, "qhb1").id,
            title=title,
            starts_on=starts,
            ends_on=starts + timedelta(days=90),
            min_participants=1,
            max_participants=seats,
        )
        s.add(course)
        s.flush()
        world.setdefault("courses", {})[title] = course.id


@when(parsers.parse('"{name}" sich im Portal zum Kurs "{title}" anmeldet'))
def enrols(world, name, title):
    url = f"/qhb_training/portal/courses/{world['courses'][title]}/enrol"
    assert _portal(world, name).post(url).status_code == 303


@when(parsers.parse('"{name}" sich im Portal vom Kurs "{title}" abmeldet'))
def leaves(world, name, title):
    url = f"/qhb_training/portal/courses/{world['courses'][title]}/withdraw"
    assert _portal(world, name).post(url).status_code == 303


@then(parsers.parse('ist "{name}" beim Kurs "{title}" "{state}"'))
def enrolment_state(world, installation, name, title, state):
    with installation.db.read() as s:
        found = s.scalar(
            select(Enrolment.status).where(
                Enrolment.course_id == world["courses"][title],
                Enrolment.person_id == world["people"][name].id,
            )
        )
    assert found == ENROLMENT[state]


@when(parsers.parse('"{name}" im Portal die Bescheinigung "{kind}" vom {day} einreicht'))
def hands_in_certificate(world, name, kind, day):
    response = _portal(world, name).post(
        "/qhb_training/portal/certificates",
        data={"kind": _key(CREDENTIAL_KINDS, kind), "taken_on": parse_date(day).isoformat()},
        files={"file": ("bescheinigung.pdf", pdf_bytes(), "application/pdf")},
    )
    assert response.status_code == 303, page_text(response)[:400]


@when("die Fachberatung die Bescheinigung anerkennt")
def staff_accept(installation, client):
    with installation.db.read() as s:
        row = s.scalars(select(Recognition)).one()
    url = f"/qhb_training/person/{row.person_id}/recognitions/{row.id}/accept"
    assert client.post(url, follow_redirects=False).status_code == 303


@then(parsers.parse('hat "{name}" den Nachweis "{kind}" gültig bis {until}'))
def has_credential(world, installation, name, kind, until):
    with installation.db.read() as s:
        found = s.execute(
            select(Credential.kind, Credential.valid_until).where(
                Credential.person_id == world["people"][name].id
            )
        ).all()
    assert [tuple(row) for row in found] == [(_key(CREDENTIAL_KINDS, kind), parse_date(until))]


# pytest-bdd keeps each step as a fixture in this module's namespace; the story modules
# take exactly those with a star import
__all__ = [name for name in globals() if name.startswith("pytestbdd_")]
