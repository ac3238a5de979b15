"""Steps of the stories that cross modules ("Lebenslagen", features/*/lebenslagen.feature):
the childminder in her portal, the office planning, and what reaches everyone affected.
The story modules import them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from icalendar import Calendar
from pytest_bdd import given, parsers, then, when
from sqlalchemy import func, select

from core.files import uploads
from core.forms import parse_date
from core.models import Childminder, Contract, Message, Person
from core.models.messages import POST
from core.services import contracts, portal
from plugins.payments import models as pay
from plugins.payments import proofs
from plugins.payments.runs import lifecycle
from plugins.placement import offers, requests
from plugins.substitute_hub import booking, letters
from plugins.substitute_hub.models import Need, Placement, Provider
from tests.event_world import MONDAY, OFFICE, TODAY, World
from tests.files import pdf_bytes


def _mails(installation, **where) -> list[Message]:
    with installation.db.read() as s:
        query = select(Message).order_by(Message.id)
        for column, value in where.items():
            query = query.where(getattr(Message, column) == value)
        return list(s.scalars(query))


@given(
    '"Jana Wolf" betreut "Mia Brockmann", deren Mutter E-Mail liest und deren Vater Post bekommt'
)
def family(world, installation, make):
    world["events"] = World(installation, make)


@given('"Mia Brockmann" ist im "Stützpunkt Nord" angemeldet, dort arbeitet "Hanna Nord"')
def hub(world):
    assert world["events"].hub_id  # the world enrols her with the hub and its member


@when('"Jana Wolf" sich im Portal für zwei Tage krank meldet')
def reports(world, installation):
    w = world["events"]
    data = {
        "kind": "illness",
        "start": MONDAY.isoformat(),
        "end": (MONDAY + timedelta(days=1)).isoformat(),
    }
    with installation.db.transaction("test") as s:
        absence = portal.report_absence(s, s.get(Person, w.jana.id), data, TODAY, hooks=w.hooks)
        world["absence"] = absence.id


@when('das Büro "Mia" am ersten Tag im Stützpunkt unterbringt und den Eltern schreibt')
def office_plans(world, installation):
    w = world["events"]
    with installation.db.transaction("test") as s:
        need = s.scalars(select(Need).where(Need.day == MONDAY)).one()
        booking.book(s, need, s.get(Provider, w.hub_id))
        letters.queue(s, MONDAY, MONDAY + timedelta(days=1), "staff")


@when('"Jana Wolf" die Krankmeldung im Portal zurücknimmt')
def takes_back(world, installation):
    w = world["events"]
    with installation.db.transaction("test") as s:
        jana = s.get(Person, w.jana.id)
        portal.cancel_absence(s, jana, world["absence"], TODAY, hooks=w.hooks)


@then(parsers.parse('bekommt das Büro eine E-Mail "{subject}"'))
def office_hears(installation, subject):
    subjects = [m.subject for m in _mails(installation, to_address=OFFICE)]
    assert any(s.startswith(subject) for s in subjects), subjects


@then(parsers.parse('liest "{name}" "{words}"'))
def reads(world, installation, name, words):
    """She got a notice (e-mail) with these words."""
    if "events" in world:
        person = {"Jana Wolf": world["events"].jana, "Hanna Nord": world["events"].hanna}[name]
    else:
        person = world["people"][name]
    texts = [" ".join(m.text.split()) for m in _mails(installation, to_address=person.email)]
    assert any(words in t for t in texts), texts


@then("bekommt die Mutter eine Kalenderdatei, die beide Tage austrägt")
def mother_calendar(installation):
    [mail] = _mails(
        installation, to_address="sara@example.org", kind="substitute_hub.care_cancelled"
    )
    with installation.db.read() as s:
        ics = next(a.content for a in s.get(Message, mail.id).attachments)
    calendar = Calendar.from_ical(ics)
    assert str(calendar["METHOD"]) == "CANCEL"
    days = sorted(e.decoded("DTSTART") for e in calendar.walk("VEVENT"))
    assert days == [MONDAY, MONDAY + timedelta(days=1)]
    assert {str(e["STATUS"]) for e in calendar.walk("VEVENT")} == {"CANCELLED"}


@then(parsers.parse('liegt für den Vater ein Brief "{subject}" zum Drucken bereit'))
def father_letter(installation, subject):
    [letter] = _mails(installation, status=POST)
    assert (letter.to_name, letter.subject) == ("Tom Brockmann", subject)


@then("hat der Stützpunkt keinen Platz mehr belegt")
def hub_free(installation):
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 0


@then("bekommen die Eltern nichts")
def parents_nothing(installation):
    parents = [
        m
        for m in _mails(installation)
        if m.to_address == "sara@example.org" or m.to_name == "Tom Brockmann"
    ]
    assert parents == []


# --- placement, contracts and money ------------------------------------------------------

MONTHS = {
    "Januar": 1,
    "Februar": 2,
    "März": 3,
    "April": 4,
    "Mai": 5,
    "Juni": 6,
    "Juli": 7,
    "August": 8,
    "September": 9,
    "Oktober": 10,
    "November": 11,
    "Dezember": 12,
}


@given(parsers.parse('"{name}" liest E-Mail unter "{address}"'))
def reads_email(world, installation, name, address):
    with installation.db.transaction("test") as s:
        person = s.get(Person, world["people"][name].id)
        person.email, person.channel, person.email_consent_on = address, "email", TODAY
    world["people"][name].email = address


@when(
    parsers.parse(
        'eine Familie für "{child}" (geboren am {birth}) ab {start} montags von {a:d} bis '
        "{b:d} Uhr anfragt"
    )
)
def family_asks(world, installation, child, birth, start, a, b):
    data = {
        "child_first_name": child,
        "child_last_name": "Kranz",
        "child_birth_date": parse_date(birth).isoformat(),
        "guardian_first_name": "Eva",
        "guardian_last_name": "Kranz",
        "email": "eva@example.org",
        "postal_code": "59269",
        "needed_from": parse_date(start).isoformat(),
        "mo_start": f"{a:02d}:00",
        "mo_end": f"{b:02d}:00",
    }
    installation.enable("placement")
    with installation.db.transaction("test") as s:
        world["request"] = requests.save_request(s, data, today=TODAY).id


@when(parsers.parse('das Büro ihr den Platz bei "{name}" anbietet und die Familie annimmt'))
def offered_and_accepted(world, installation, name):
    hooks = installation.kernel().hook
    with installation.db.transaction("test") as s:
        request = requests.get_request(s, world["request"])
        offer = offers.make_offer(s, request, world["people"][name].id, "fachberatung", TODAY)
    with installation.db.transaction("test") as s:
        offers.accept(s, offers.get_offer(s, offer.id), hooks, TODAY)


def _contract_of(session, child: str) -> Contract:
    return session.scalars(
        select(Contract)
        .join(Person, Person.id == Contract.child_id)
        .where(Person.first_name == child)
    ).one()


@then(parsers.parse('endet der Vertragsentwurf für "{child}" am {end}'))
def draft_ends(installation, child, end):
    with installation.db.read() as s:
        contract = _contract_of(s, child)
        assert contract.draft and contract.valid_to == parse_date(end)


@when(parsers.parse('das Büro den Vertrag für "{child}" unterschreibt'))
def signs(installation, child):
    with installation.db.transaction("test") as s:
        contracts.sign_contract(s, _contract_of(s, child), hooks=installation.kernel().hook)


@when(parsers.parse('das Büro den Vertrag für "{child}" zum {end} beendet'))
def ends_contract(installation, child, end):
    with installation.db.transaction("test") as s:
        contract = _contract_of(s, child)
        data = contracts.contract_form_data(contract) | {"valid_to": parse_date(end).isoformat()}
        contracts.save_contract(s, data, contract, hooks=installation.kernel().hook)


def _statement(installation, month: str, name: str, world):
    label, year = month.split()
    first = date(int(year), MONTHS[label], 1)
    with installation.db.read() as s:
        results = lifecycle.calculate_month(s, first, installation.kernel().hook)
    wanted = world["people"][name].id
    return next((st for st, _ in results if st.childminder_id == wanted), None)


def _lines(statement, child: str) -> list:
    if statement is None:
        return []
    return [ln for ln in statement.lines if ln.child_name.startswith(child)]


@then(parsers.parse('zahlt der {month} "{name}" für "{child}" "{label}"'))
def pays(world, installation, month, name, child, label):
    lines = _lines(_statement(installation, month, name, world), child)
    assert any(ln.label.startswith(label) and ln.amount_cents > 0 for ln in lines), lines


@then(parsers.parse('zahlt der {month} "{name}" für "{child}" "{label}" für "{share}"'))
def pays_share(world, installation, month, name, child, label, share):
    lines = _lines(_statement(installation, month, name, world), child)
    assert any(ln.label.startswith(label) and share in ln.working for ln in lines), lines


@then(parsers.parse('zahlt der {month} "{name}" für "{child}" nichts'))
def pays_nothing(world, installation, month, name, child):
    assert _lines(_statement(installation, month, name, world), child) == []


@then(parsers.parse('nennt der {month} für "{name}" das Problem "{problem}"'))
def names_problem(world, installation, month, name, problem):
    statement = _statement(installation, month, name, world)
    assert any(p.startswith(problem) for p in statement.problems), statement.problems


@given(parsers.parse('die Pflegeerlaubnis von "{name}" gilt bis {until}'))
def licence_until(world, installation, name, until):
    with installation.db.transaction("test") as s:
        s.get(Childminder, world["people"][name].id).permit_valid_until = parse_date(until)


def _hand_in(installation, person_id: int, kind: str, euros: str, start: str) -> int:
    whole, _, rest = euros.partition(",")
    with installation.db.transaction("test") as s:
        upload = uploads.keep(
            s,
            installation.settings.data_dir,
            person_id=person_id,
            purpose="payments.proof",
            file=uploads.Incoming("Beitrag.pdf", pdf_bytes()),
            kind=uploads.PDF,
            actor="jana",
        )
        proof = pay.Proof(
            childminder_id=person_id,
            kind=kind,
            monthly_cents=int(whole) * 100 + int(rest),
            valid_from=parse_date(start),
            valid_to=None,
            upload_id=upload.id,
        )
        s.add(proof)
        s.flush()
        return proof.id


def _accept(installation, person_id: int, proof_id: int) -> None:
    with installation.db.transaction("test") as s:
        proofs.accept(s, person_id, proof_id, "finance")


@given(
    parsers.parse(
        '"{name}" hat einen anerkannten Nachweis "{kind}" über {euros} € im Monat ab {start}'
    )
)
def accepted_proof(world, installation, name, kind, euros, start):
    person_id = world["people"][name].id
    _accept(installation, person_id, _hand_in(installation, person_id, kind, euros, start))


@when(
    parsers.parse(
        '"{name}" einen Nachweis "{kind}" über {euros} € im Monat ab {start} einreicht und '
        "die Finanzabteilung ihn anerkennt"
    )
)
def new_proof(world, installation, name, kind, euros, start):
    person_id = world["people"][name].id
    _accept(installation, person_id, _hand_in(installation, person_id, kind, euros, start))


@then(parsers.parse("gilt ihr Beitrag über {euros} € bis {end}"))
def contribution_ends(installation, euros, end):
    whole, _, rest = euros.partition(",")
    with installation.db.read() as s:
        old = s.scalars(
            select(pay.Contribution).where(
                pay.Contribution.monthly_cents == int(whole) * 100 + int(rest)
            )
        ).one()
    assert old.valid_to == parse_date(end)


@then(parsers.parse('erstattet der {month} "{name}" "{label}" einmal mit {euros} € als Beitrag'))
def refunds_once(world, installation, month, name, label, euros):
    statement = _statement(installation, month, name, world)
    refunds = [ln for ln in statement.lines if ln.label == label]
    assert len(refunds) == 1, refunds
    assert refunds[0].rate == Decimal(euros.replace(",", "."))
    assert not statement.problems, statement.problems
