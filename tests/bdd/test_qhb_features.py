"""Business stories of the Qualifizierung module (features/qhb_training/)."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from pytest_bdd import given, parsers, scenarios, then, when
from sqlalchemy import select

from core.forms import parse_date
from core.models import Person
from core.models.persons import Role
from plugins.payments import models as pay
from plugins.qhb_training import curricula, licence, progress
from plugins.qhb_training.cli import qhb
from plugins.qhb_training.credentials import Rules, dues
from plugins.qhb_training.models import Attendance, Completion, Course, Lesson
from tests.bdd.conftest import page_text, split_name, visible
from tests.bdd.portal_steps import *  # noqa: F403 – features/*/portal.feature

scenarios("qhb_training")


@pytest.fixture(autouse=True)
def _module_on(installation):
    installation.enable("qhb_training")


def course_named(installation, title) -> Course:
    with installation.db.read() as s:
        course = s.scalars(select(Course).where(Course.title == title)).one()
        course.lessons  # noqa: B018  (loaded while the session is open)
        return course


def person_named(installation, world, name) -> Person:
    if name in world["people"]:
        return world["people"][name]
    with installation.db.read() as s:
        names = split_name(name)
        return s.scalars(
            select(Person).where(
                Person.first_name == names["first_name"], Person.last_name == names["last_name"]
            )
        ).one()


def post(world, client, url, data):
    world["response"] = client.post(url, data=data, follow_redirects=True)
    return world["response"]


# --- given ---------------------------------------------------------------------------------


@given("das Modul Qualifizierung ist aktiv mit den mitgelieferten Curricula")
def builtin_curricula(installation):
    with installation.db.transaction("test") as s:
        curricula.install_builtin(s)


@given(
    parsers.parse(
        'der Kurs "{title}" nach "{code}" vom {start} bis {end} für {low:d} bis {high:d} Personen'
    )
)
def a_course(installation, title, code, start, end, low, high):
    with installation.db.transaction("test") as s:
        s.add(
            Course(
                curriculum_id=curricula.by_code(s, code).id,
                title=title,
                starts_on=parse_date(start),
                ends_on=parse_date(end),
                min_participants=low,
                max_participants=high,
            )
        )


@given(parsers.parse('der Kurs "{title}" hat {n:d} Termine zu je {ue:d} UE ab dem {first}'))
def lessons(installation, client, title, n, ue, first):
    """Entered through the lesson form, one week apart, without a block."""
    plan = [("", Decimal(ue))] * n
    _enter_lessons(client, course_named(installation, title), plan, parse_date(first))


@given(
    parsers.parse(
        'der Kurs "{title}" hat Termine zu höchstens {ue:d} UE für alle Themenblöcke ab dem {first}'
    )
)
def lessons_for_blocks(installation, client, title, ue, first):
    """Every block in full, as a course plan would be: lessons of at most `ue` UE."""
    course = course_named(installation, title)
    with installation.db.read() as s:
        plan = curricula.block_plan(curricula.by_code(s, course.curriculum.code), Decimal(ue))
    _enter_lessons(client, course, plan, parse_date(first))


def _enter_lessons(client, course, plan, day):
    for module_id, ue in plan:
        data = {
            "day": day.isoformat(),
            "starts_at": "08:30",
            "ends_at": "17:00",
            "ue": str(ue),
            "module_id": str(module_id or ""),
        }
        response = client.post(f"/qhb_training/courses/{course.id}/lessons/new", data=data)
        assert response.status_code in (200, 303), page_text(response)[:500]
        day += timedelta(days=7)


@given(parsers.parse('die Tagespflegeperson "{name}" mit Pflegeerlaubnis bis {until}'))
def licensed_childminder(world, make, name, until):
    world["people"][name] = make.childminder(
        **split_name(name), permit_valid_until=parse_date(until)
    )


@given(parsers.parse('"{name}" hat "{curriculum}" am {day} abgeschlossen'))
def completed_elsewhere(world, installation, client, name, curriculum, day):
    person = person_named(installation, world, name)
    with installation.db.read() as s:
        cid = next(c.id for c in curricula.all_curricula(s) if c.name == curriculum)
    with installation.db.transaction("test") as s:
        s.add(
            Completion(
                person_id=person.id,
                curriculum_id=cid,
                completed_on=parse_date(day),
                certificate_no=f"EXT-{person.id}-{cid}",
                external=True,
                proof="Zertifikat",
            )
        )


# --- when ----------------------------------------------------------------------------------


@when(
    parsers.parse('die Fachberatung die Bewerberin "{name}" anlegt und zum Kurs "{title}" anmeldet')
)
def new_applicant(world, installation, client, name, title):
    course = course_named(installation, title)
    post(world, client, f"/qhb_training/courses/{course.id}/applicant", split_name(name))
    world["people"][name] = person_named(installation, {"people": {}}, name)


@when(parsers.parse('die Fachberatung "{name}" zum Kurs "{title}" anmeldet'))
def enrol(world, installation, client, name, title):
    course = course_named(installation, title)
    person = person_named(installation, world, name)
    post(world, client, f"/qhb_training/courses/{course.id}/enrol", {"person_id": person.id})


@when(parsers.parse('die Fachberatung "{name}" vom Kurs "{title}" abmeldet'))
def withdraw(world, installation, client, name, title):
    course = course_named(installation, title)
    person = person_named(installation, world, name)
    confirm = client.get(f"/qhb_training/courses/{course.id}/withdraw/{person.id}")
    assert "vom Kurs abmelden?" in page_text(confirm)
    post(world, client, f"/qhb_training/courses/{course.id}/withdraw/{person.id}", {})


@when(
    parsers.parse(
        'die Fachberatung im Kurs "{title}" für "{name}" alle Termine als anwesend abhakt'
    )
)
def tick_all(world, installation, client, title, name):
    """One click per cell in the attendance grid, as htmx sends it."""
    course = course_named(installation, title)
    person = person_named(installation, world, name)
    for lesson in course.lessons:
        response = client.post(
            f"/qhb_training/courses/{course.id}/attendance/{lesson.id}/{person.id}",
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 200 and "anwesend – ändern" in response.text, response.text


@when(parsers.parse('die Fachberatung die Pflegeerlaubnis für "{name}" zum {day} einträgt'))
def grant(world, installation, client, name, day):
    person = person_named(installation, world, name)
    post(world, client, f"/qhb_training/person/{person.id}/licence", {"granted_on": day})


@when(
    parsers.parse(
        'die Fachberatung für "{name}" "{kind}" über {amount:d} Stunden zu "{code}" '
        'mit Nachweis "{proof}" einträgt'
    )
)
def evidence(world, installation, client, name, kind, amount, code, proof):
    from plugins.qhb_training.models import EVIDENCE_KINDS

    person = person_named(installation, world, name)
    with installation.db.read() as s:
        cid = curricula.by_code(s, code).id
    key = next(k for k, v in EVIDENCE_KINDS.items() if v == kind)
    data = {
        "kind": key,
        "curriculum_id": cid,
        "day": "2025-05-01",
        "amount": amount,
        "proof": proof,
    }
    response = post(world, client, f"/qhb_training/person/{person.id}/evidence", data)
    assert response.status_code == 200 and "eingetragen" in page_text(response)


@when(
    parsers.parse(
        'die Fachberatung für "{name}" "{kind}" über {amount:d} UE mit Titel "{title}" '
        'und Nachweis "{proof}" am {day} einträgt'
    )
)
def external_training(world, installation, client, name, kind, amount, title, proof, day):
    person = person_named(installation, world, name)
    data = {"kind": "external", "day": day, "amount": amount, "title": title, "proof": proof}
    response = post(world, client, f"/qhb_training/person/{person.id}/evidence", data)
    assert response.status_code == 200, page_text(response)[:400]


@when(
    parsers.parse(
        'die Fachberatung für "{name}" die Lernergebnisfeststellung zu "{code}" am {day} '
        "als bestanden einträgt"
    )
)
def assessment(world, installation, client, name, code, day):
    person = person_named(installation, world, name)
    with installation.db.read() as s:
        cid = curricula.by_code(s, code).id
    data = {"curriculum_id": cid, "day": day, "result": "passed"}
    response = post(world, client, f"/qhb_training/person/{person.id}/assessment", data)
    assert "Lernergebnisfeststellung eingetragen: bestanden." in page_text(response)


@when(parsers.parse('die Fachberatung "{part}" für "{name}" abschließt'))
def complete(world, installation, client, part, name):
    person = person_named(installation, world, name)
    with installation.db.read() as s:
        cid = next(c.id for c in curricula.all_curricula(s) if c.name.startswith(part))
    post(world, client, f"/qhb_training/person/{person.id}/complete/{cid}", {})


@when(
    parsers.parse(
        'die Fachberatung zum Kurs "{title}" einen Termin am {day} mit {ue:d} UE '
        "von {start} bis {end} anlegt"
    )
)
def lesson_with_times(world, installation, client, title, day, ue, start, end):
    course = course_named(installation, title)
    data = {"day": day, "starts_at": start, "ends_at": end, "ue": str(ue)}
    post(world, client, f"/qhb_training/courses/{course.id}/lessons/new", data)


@when(
    parsers.parse('die Fachberatung zum Kurs "{title}" einen Termin am {day} mit {ue:d} UE anlegt')
)
def lesson_on(world, installation, client, title, day, ue):
    lesson_with_times(world, installation, client, title, day, ue, "09:00", "16:00")


@when(
    parsers.parse(
        'die Fachberatung für "{name}" am {day} teilweise Anwesenheit mit {ue:d} UE einträgt'
    )
)
def partial(world, installation, client, name, day, ue):
    person = person_named(installation, world, name)
    with installation.db.read() as s:
        lesson = s.scalars(select(Lesson).where(Lesson.day == parse_date(day))).one()
    url = f"/qhb_training/courses/{lesson.course_id}/lessons/{lesson.id}/attendance"
    post(world, client, url, {f"status_{person.id}": "partial", f"ue_{person.id}": str(ue)})


@when(
    parsers.parse(
        'die Fachberatung für "{name}" "Erste Hilfe am Kind" vom {day} '
        'mit Nachweis "{proof}" einträgt'
    )
)
def first_aid(world, installation, client, name, day, proof):
    person = person_named(installation, world, name)
    data = {"kind": "first_aid", "taken_on": day, "proof": proof}
    post(world, client, f"/qhb_training/person/{person.id}/credential", data)


@when(parsers.parse("die nächtliche Prüfung am {day} läuft"))
def nightly(world, installation, day):
    args = ["due", "--on", day, "--exit-code"]
    world["cli"] = CliRunner().invoke(qhb, args, obj=installation, catch_exceptions=False)


@when("die Fachberatung die Fristenliste öffnet")
def due_page(world, client):
    world["response"] = client.get("/qhb_training/due")


# --- then ----------------------------------------------------------------------------------


@then(parsers.parse('hat "{name}" in "{part}" {ue:d} von {total:d} UE'))
def has_ue(world, installation, name, part, ue, total):
    person = person_named(installation, world, name)
    with installation.db.read() as s:
        p = next(p for p in progress.progress(s, person.id) if p.curriculum.name.startswith(part))
    assert (p.ue, p.curriculum.ue) == (ue, total)


@then(parsers.parse('fehlen "{name}" für "{part}" noch "{missing}"'))
def still_missing(world, installation, client, name, part, missing):
    person = person_named(installation, world, name)
    page = page_text(client.get(f"/qhb_training/person/{person.id}"))
    assert f"es fehlen: {missing}" in page


@then(parsers.parse('nennt das Zertifikat von "{name}" "{a}", "{b}" und "{c}"'))
def certificate_text(world, installation, client, name, a, b, c):
    person = person_named(installation, world, name)
    with installation.db.read() as s:
        completion = s.scalars(select(Completion).where(Completion.person_id == person.id)).one()
    response = client.get(f"/qhb_training/person/{person.id}/completions/{completion.id}.pdf")
    assert response.headers["content-type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = re.sub(r"\s+", " ", text)
    for expected in (a, b, c, name):
        assert expected in text, text


@then(parsers.parse('ist "{name}" jetzt Kindertagespflegeperson'))
def is_childminder(world, installation, name):
    person = person_named(installation, world, name)
    with installation.db.read() as s:
        assert s.get(Person, person.id).has_role(Role.CHILDMINDER)


@then(parsers.parse('muss "{name}" Teil 2 bis zum {day} abschließen'))
def part2_due(world, installation, client, name, day):
    person = person_named(installation, world, name)
    with installation.db.read() as s:
        assert licence.part2_deadline(s, person.id, 24) == parse_date(day)
    assert f"Teil 2 abschließen bis {day}" in visible(
        client.get(f"/qhb_training/person/{person.id}")
    )


@then(parsers.parse('hat "{name}" am {day} die Stufe "{label}"'))
def level(world, installation, name, day, label):
    person = person_named(installation, world, name)
    with installation.db.read() as s:
        q = installation.kernel().hook.qualification_level(
            session=s, person=person, on=parse_date(day)
        )
    assert q.label == label and q.ue == 300


@then(parsers.parse('steht für "{name}" keine Frist zu Teil 2 mehr an'))
def no_part2_due(world, installation, name):
    person = person_named(installation, world, name)
    far = Rules(due_days=3650)
    with installation.db.read() as s:
        found = dues(s, far, parse_date("01.07.2026"), person.id)
    assert not [d for d in found if "Teil 2" in d.what]


@then(parsers.parse('nehmen am Kurs "{title}" "{names}" teil'))
def participants(installation, client, title, names):
    course = course_named(installation, title)
    with installation.db.read() as s:
        from plugins.qhb_training.courses import participants as of

        assert sorted(p.name for p in of(s, s.get(Course, course.id))) == names.split(", ")
        assert s.get(Course, course.id).seats_taken == len(names.split(", "))


@then(parsers.parse('hat der Kurs "{title}" {n:d} Termine und keine Anwesenheit'))
def nothing_saved(installation, title, n):
    course = course_named(installation, title)
    with installation.db.read() as s:
        assert len(s.get(Course, course.id).lessons) == n
        assert s.scalars(select(Attendance)).first() is None


@then(parsers.parse('meldet die Prüfung für "{name}" "{head}" mit "{detail}"'))
def nightly_says(world, name, head, detail):
    lines = [ln for ln in world["cli"].output.splitlines() if name in ln and detail in ln]
    assert lines and lines[0].startswith(head), world["cli"].output


@then("endet die Prüfung mit Status 1")
def exit_one(world):
    assert world["cli"].exit_code == 1


@then(parsers.parse('steht dort "{name}" mit "{what}" und "{detail}"'))
def due_row(world, name, what, detail):
    page = page_text(world["response"])
    row = next(r for r in re.findall(r"<tr.*?</tr>", page) if name in r and what in r)
    assert detail in row, row


@then(parsers.parse('zahlt der Lauf "{name}" die Stufe "{label}"'))
def paid_level(world, installation, name, label):
    with installation.db.read() as s:
        run = s.scalars(select(pay.Run).order_by(pay.Run.id.desc())).first()
        lines = [
            ln
            for st in s.scalars(
                select(pay.Statement).where(
                    pay.Statement.run_id == run.id, pay.Statement.name == name
                )
            )
            for ln in st.lines
        ]
    assert lines and all(label in ln.label for ln in lines if ln.component == "foerderleistung"), [
        ln.label for ln in lines
    ]
