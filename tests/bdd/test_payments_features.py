"""Business stories of the Geldleistung module (features/payments/)."""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from decimal import Decimal

from pytest_bdd import given, parsers, scenarios, then, when
from sqlalchemy import select

from core.errors import ValidationError
from core.forms import parse_date
from core.kernel.contributions import PaymentLine, Qualification
from core.models import Childminder
from plugins.payments import models
from plugins.payments.rates import ratefile
from plugins.payments.runs import calc, lifecycle, records
from tests.bdd.conftest import page_text, visible
from tests.bdd.lebenslagen_steps import *  # noqa: F403 – features/*/lebenslagen.feature
from tests.bdd.portal_steps import *  # noqa: F403 – features/*/portal.feature
from tests.bdd.test_core_features import MONTHS

scenarios("payments")

KINDS = {
    "Unfallversicherung": "accident",
    "Alterssicherung": "pension",
    "Kranken- und Pflegeversicherung": "health",
}


def number(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def cents(text: str) -> int:
    return int(number(text) * 100)


def case_of(world) -> records.Case:
    if "case" not in world:
        world["case"] = records.Case(date(2026, 11, 1), 1, "Anna Beispiel")
    return world["case"]


def care(world, child, birth, start, hours, *, special=False, new=False):
    daily = number(hours)
    world.setdefault("ids", {})[child] = len(world.get("ids", {})) + 1
    case_of(world).contracts.append(
        records.CareContract(
            world["ids"][child],
            child,
            parse_date(birth),
            parse_date(start),
            None,
            (daily,) * 5 + (Decimal("0"),) * 2,
            special_needs=special,
            new_child=new,
        )
    )


# --- the arithmetic -------------------------------------------------------------------


@given(parsers.parse('die Satztabelle "{preset}"'))
def rate_table(world, preset):
    world["rates"] = ratefile.load_file(ratefile.presets()[preset])


@given(parsers.parse('die Satztabelle "{preset}" mit der Satzänderung zum {new} statt zum {old}'))
def rate_table_moved(world, preset, new, old):
    raw = tomllib.loads(ratefile.presets()[preset].read_text(encoding="utf-8"))
    change = parse_date(new)
    for period in raw["period"]:
        if period["valid_from"] == parse_date(old):
            period["valid_from"] = change
        elif period.get("valid_to") == parse_date(old) - timedelta(days=1):
            period["valid_to"] = change - timedelta(days=1)
    world["rates"] = ratefile.table_from_dict(raw)


@given(parsers.parse("die Tagespflegeperson hat {ue:d} UE Qualifizierung"))
def qualification(world, ue):
    case_of(world).qualification = Qualification(ue)


@given(
    parsers.parse(
        '"{child}" (geboren am {birth}) wird seit {start} an 5 Tagen je {hours} Stunden betreut'
    )
)
def cared_for(world, child, birth, start, hours):
    care(world, child, birth, start, hours)


@given(
    parsers.parse(
        '"{child}" (geboren am {birth}) mit erhöhtem Förderbedarf wird seit {start} '
        "an 5 Tagen je {hours} Stunden betreut"
    )
)
def cared_for_special(world, child, birth, start, hours):
    care(world, child, birth, start, hours, special=True)


@given(
    parsers.parse(
        '"{child}" (geboren am {birth}) wird ab {start} neu aufgenommen, '
        "an 5 Tagen je {hours} Stunden"
    )
)
def newly_admitted(world, child, birth, start, hours):
    care(world, child, birth, start, hours, new=True)


@given(
    parsers.re(r"die Tagespflegeperson (?:hatte Urlaub|war krank) vom (?P<a>\S+) bis (?P<b>\S+)")
)
def absent(world, a, b):
    case_of(world).absences.append(records.Absence("illness", parse_date(a), parse_date(b)))


@given(parsers.parse("sie weist {kind} über {amount} € monatlich seit {start} nach"))
def proven(world, kind, amount, start):
    case_of(world).contributions.append(
        records.Contribution(KINDS[kind], number(amount), parse_date(start))
    )


@given(parsers.parse("sie betreut außerdem {hours:d} Wochenstunden für andere Jugendämter"))
def external_hours(world, hours):
    case_of(world).external_weekly_hours = Decimal(hours)


@given(
    parsers.parse('die Vertretungsplanung meldet {hours} Std. Vertretung für "{child}" zu {rate} €')
)
def substitute_line(world, hours, child, rate):
    case_of(world).lines.append(
        PaymentLine("vertretung", "Vertretung", number(hours), "Std.", number(rate), child)
    )


@when(parsers.parse("Tagwerk den {month} {year:d} abrechnet"))
def settle(world, month, year):
    case = case_of(world)
    case.month = date(year, MONTHS.index(month) + 1, 1)
    world["statement"] = calc.calculate(world["rates"], case)


def has_line(world, child, label, quantity, rate, amount):
    wanted = (number(quantity), number(rate), cents(amount))
    lines = world["statement"].lines
    assert any(
        ln.child_name == child
        and label in ln.label
        and (ln.quantity, ln.rate, ln.amount_cents) == wanted
        for ln in lines
    ), [(ln.child_name, ln.label, ln.quantity, ln.rate, ln.amount_cents) for ln in lines]


@then(parsers.parse('erhält sie für "{child}" "{label}" {quantity} Std. × {rate} € = {amount} €'))
def line_for_child(world, child, label, quantity, rate, amount):
    has_line(world, child, label, quantity, rate, amount)


@then(parsers.parse('erhält sie "{label}" {quantity} % × {rate} € = {amount} €'))
def reimbursement(world, label, quantity, rate, amount):
    has_line(world, "", label, quantity, rate, amount)


@then(parsers.parse("beträgt die Summe {amount} €"))
def total(world, amount):
    assert world["statement"].total_cents == cents(amount)
    assert world["statement"].problems == []


@then(parsers.parse('meldet die Abrechnung "{problem}"'))
def problem(world, problem):
    assert problem in world["statement"].problems


@then(parsers.parse("ruht die Förderleistung vom {a} bis {b}"))
def resting(world, a, b):
    (note,) = [ln for ln in world["statement"].lines if ln.component == "abwesenheit"]
    assert (note.period_from, note.period_to) == (parse_date(a), parse_date(b))
    assert note.amount_cents == 0


@then(parsers.parse('erhält sie für "{child}" "{label}" {quantity} Monat × {rate} € = {amount} €'))
def band_line_for_child(world, child, label, quantity, rate, amount):
    has_line(world, child, label, quantity, rate, amount)


@given(
    parsers.parse(
        '"{child}" (geboren am {birth}) war bis {end} bei ihr und kommt ab {start} wieder, '
        "an 5 Tagen je {hours} Stunden"
    )
)
def coming_back(world, child, birth, end, start, hours):
    care(world, child, birth, start, hours, new=True)
    case_of(world).contracts[-1].previous_end = parse_date(end)


@given(
    parsers.parse(
        'die Satztabelle "{preset}" zahlt die Eingewöhnung erneut nach mehr als {weeks:d} '
        "Wochen Pause"
    )
)
def rate_table_settling_in_again(world, preset, weeks):
    raw = tomllib.loads(ratefile.presets()[preset].read_text(encoding="utf-8"))
    for period in raw["period"]:
        period["eingewoehnung"]["again_after_weeks"] = weeks
    world["rates"] = ratefile.table_from_dict(raw)


@then(parsers.parse('erhält sie für "{child}" keine Eingewöhnung'))
def no_settling_in(world, child):
    lines = world["statement"].lines
    assert not [ln for ln in lines if ln.child_name == child and ln.component == "eingewoehnung"]
    assert any(ln.child_name == child for ln in lines)  # the care itself is paid


@then(parsers.parse('zeigt die Zeile "{label}" für "{child}" den Rechenweg "{text}"'))
def line_working(world, label, child, text):
    lines = [ln for ln in world["statement"].lines if ln.child_name == child]
    assert any(ln.label.startswith(label) and ln.working == text for ln in lines), [
        (ln.label, ln.working) for ln in lines
    ]


@then(parsers.parse('beträgt die Zwischensumme für "{child}" {amount} €'))
def subtotal(world, child, amount):
    assert world["statement"].subtotals()[child] == cents(amount)


@then(parsers.parse('nennt der Bescheid als Grundlage "{text}"'))
def basis(world, text):
    assert text in world["statement"].basis, world["statement"].basis


# --- rate files --------------------------------------------------------------------------


@given(
    parsers.parse(
        'eine Satztabelle mit {rate} € je Stunde, Monatsfaktor "{factor}" '
        'und Rundungsregel "{rule}"'
    )
)
def rate_table_with_rule(world, rate, factor, rule):
    world["rates"] = ratefile.table_from_dict(
        {
            "name": "Landkreis",
            "source": "VGH Baden-Württemberg, 12 S 352/12",
            "period": [
                {
                    "valid_from": date(2009, 7, 1),
                    "monthly_factor": factor,
                    "rounding": rule,
                    "levels": [{"key": "alle", "label": "alle"}],
                    "age_bands": [{"key": "alle", "label": "alle"}],
                    "components": [{"key": "g", "label": "Laufende Geldleistung"}],
                    "rates": [{"component": "g", "rate": rate}],
                }
            ],
        }
    )


@given(
    parsers.parse('die Satzdatei "{name}" ist die Vorlage "{preset}" mit "{wrong}" statt "{right}"')
)
def rate_file_with_typo(world, tmp_path, name, preset, wrong, right):
    text = ratefile.presets()[preset].read_text(encoding="utf-8")
    assert right in text
    world["rate_file"] = tmp_path / name
    world["rate_file"].write_text(text.replace(right, wrong, 1), encoding="utf-8")


@given(parsers.parse('die Satztabelle "{preset}" mit umgekehrter Reihenfolge der Altersgruppen'))
def rate_table_reordered(world, preset):
    raw = tomllib.loads(ratefile.presets()[preset].read_text(encoding="utf-8"))
    for period in raw["period"]:
        period["age_bands"].reverse()
    world["rates"] = ratefile.table_from_dict(raw)


@when("die Satzdatei geprüft wird")
def check_rate_file(world):
    try:
        world["rates"] = ratefile.load_file(world["rate_file"])
        world["message"] = None
    except ValidationError as exc:
        world["message"] = exc.errors["rates"]


@then(parsers.parse('lautet die Meldung "{message}"'))
def rate_file_message(world, message):
    assert world["message"] == message


# --- runs through the screens ------------------------------------------------------------


@given(parsers.parse('für "{name}" ist keine IBAN hinterlegt'))
def without_iban(world, installation, name):
    with installation.db.transaction("test") as s:
        s.get(Childminder, world["people"][name].id).iban = ""


@when("sie den Lauf abschließt")
def finalise_run(world, client):
    world["response"] = client.post(f"{world['run_url']}/finalise", follow_redirects=True)


@when(parsers.parse('"{name}" {ue:d} UE Qualifizierung nachweist'))
def qualification_proven(world, installation, name, ue):
    with installation.db.transaction("test") as s:
        s.add(models.Profile(person_id=world["people"][name].id, qualification_ue=ue))


@then(parsers.parse('zeigt der Lauf "{label}" für "{name}" {amount} €'))
def run_shows(world, label, name, amount):
    assert label in visible(world["response"])
    html = page_text(world["response"])
    row = re.search(re.escape(name) + r'</a>.*?class="num amount">(-?[\d.]+,\d\d)\s€', html)
    assert row and row.group(1) == amount, html[-1500:]


@then("ist der Lauf abgeschlossen")
def run_final(world, installation):
    assert "abgeschlossen" in page_text(world["response"])
    with installation.db.read() as s:
        assert s.scalars(select(models.Run)).one().status == models.FINAL


@then(parsers.parse("gibt es {n:d} Zahllauf mit zusammen {amount} €"))
def one_run(installation, n, amount):
    with installation.db.read() as s:
        all_runs = lifecycle.all_runs(s)
        assert len(all_runs) == n and sum(r.total_cents for r in all_runs) == cents(amount)


@then(parsers.parse('nennt der Lauf das Problem "{message}" bei "{name}"'))
def names_problem(world, message, name):
    text = visible(world["response"])
    assert re.search(f"Problem {re.escape(name)} {re.escape(message)}", text), text[:1500]


@then(parsers.parse('wird das Abschließen abgelehnt: "{message}"'))
def refused(world, installation, message):
    assert world["response"].status_code == 422
    assert message in visible(world["response"])
    with installation.db.read() as s:
        assert {r.status for r in lifecycle.all_runs(s)} == {models.DRAFT}


@then(parsers.parse("zahlt der abgeschlossene Monatslauf weiterhin {amount} €"))
def original_unchanged(installation, amount):
    with installation.db.read() as s:
        regular = s.scalars(select(models.Run).where(models.Run.kind == models.REGULAR)).one()
        assert regular.status == models.FINAL and regular.total_cents == cents(amount)


@then(parsers.parse("zeigt der Korrekturlauf keine Bescheide und {amount} €"))
def empty_correction(world, amount):
    text = visible(world["response"])
    assert "Korrekturlauf 11/2026" in text and "Keine Bescheide." in text
    assert f"{amount} € Summe" in text
