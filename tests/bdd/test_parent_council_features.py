"""Business stories of the Elternbeirat module (features/parent_council/)."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from pytest_bdd import given, parsers, scenarios, then, when
from sqlalchemy import func, inspect, select
from starlette.testclient import TestClient

from core.models import AuditEntry, Message, Person
from core.models.persons import LinkKind
from core.services.persons import add_link
from plugins.parent_council import codes
from plugins.parent_council.models import (
    Council,
    Election,
    Response,
    SealedBallot,
    SpentCode,
    Urn,
)
from tests.bdd.conftest import page_text, split_name, visible
from tests.conftest import with_site_url
from tests.workers import work_off

scenarios("parent_council")

CODE = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")


@pytest.fixture(autouse=True)
def _module_on(installation):
    installation.enable("parent_council")
    with_site_url(installation)  # the letters name where to vote


@pytest.fixture
def parent(app):
    """A parent's phone: another browser, not logged in."""
    with TestClient(app) as c:
        yield c


def csrf(client) -> str:
    page = client.get("/parent_council/wahl")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def person(world, make, name, *roles, **fields):
    if name not in world["people"]:
        world["people"][name] = make.person(*roles, **split_name(name), **fields)
    return world["people"][name]


def printed_letters(client, installation, url: str) -> list[str]:
    """Codes are sent as a job: start it, let it run, read its file to print."""
    job = client.post(url, follow_redirects=False).headers["location"]
    assert job.startswith("/letters/"), job
    work_off(installation)
    assert "Briefe zum Drucken" in client.get(job).text
    return pdf_pages(client.get(f"{job}/print.pdf"))


def pdf_pages(response) -> list[str]:
    assert response.headers["content-type"] == "application/pdf", response.text[:300]
    pages = PdfReader(io.BytesIO(response.content)).pages
    return [re.sub(r"\s+", " ", p.extract_text()) for p in pages]


def family(world, make, installation, minder_name, children, guardian_name):
    minder = world["people"].get(minder_name) or make.childminder(**split_name(minder_name))
    world["people"][minder_name] = minder
    guardian = person(world, make, guardian_name, "guardian", street="Marktstr. 1")
    for child_name in children:
        child = make.child(**split_name(child_name))
        world["people"][child_name] = child
        with installation.db.transaction("test") as s:
            add_link(s, s.get(Person, child.id), s.get(Person, guardian.id), LinkKind.GUARDIAN)
        make.contract(child, minder)


# --- given -------------------------------------------------------------------------------


@given("das Modul Elternbeirat ist aktiv")
def module_on():
    pass


@given(parsers.parse('"{minder}" betreut "{a}" und "{b}", Kinder von "{guardian}"'))
def siblings(world, make, installation, minder, a, b, guardian):
    family(world, make, installation, minder, [a, b], guardian)


@given(parsers.parse('"{minder}" betreut "{child}", Kind von "{guardian}"'))
def one_child(world, make, installation, minder, child, guardian):
    family(world, make, installation, minder, [child], guardian)


@given(parsers.parse('{n:d} Familien mit je einem Kind, abwechselnd bei "{a}" und "{b}"'))
def families(world, make, installation, n, a, b):
    for i in range(n):
        minder = (a, b)[i % 2]
        family(world, make, installation, minder, [f"Kind{i} F{i}"], f"Elternteil{i} F{i}")


@given(parsers.parse('"{name}" möchte Post per E-Mail an "{address}"'))
def wants_email(world, installation, name, address):
    with installation.db.transaction("test") as s:
        chosen = s.get(Person, world["people"][name].id)
        chosen.email, chosen.channel, chosen.email_consent_on = address, "email", date.today()


@given("ein Mailserver ist eingerichtet")
def mail_server(world, request):
    world["inbox"] = request.getfixturevalue("mailbox")


# --- election ----------------------------------------------------------------------------


def new_election(world, client, seats, deputies, quorum, basis, start, end):
    data = {
        "title": "Elternvertretung 2026",
        "cutoff_on": date.today().isoformat(),
        "candidacy_until": min(start, date.today()).isoformat(),
        "voting_from": start.isoformat(),
        "voting_until": end.isoformat(),
        "basis": basis,
        "seats": str(seats),
        "deputies": str(deputies),
        "quorum_percent": str(quorum),
        "term_months": "12",
    }
    response = client.post("/parent_council/elections/new", data=data, follow_redirects=True)
    assert "Wahl angelegt." in response.text, page_text(response)[:600]
    world["election_url"] = str(response.url).replace(str(client.base_url), "")


@when(
    parsers.parse(
        "die Fachberatung eine Wahl ab heute mit {seats:d} Elternvertretung, {deputies:d} "
        "Stellvertretung, Quorum {quorum:d} % und einer Stimme je {basis} anlegt"
    )
)
def election_from_today(world, client, seats, deputies, quorum, basis):
    today = date.today()
    new_election(
        world,
        client,
        seats,
        deputies,
        quorum,
        "child" if basis == "Kind" else "family",
        today,
        today + timedelta(days=14),
    )


@when(
    parsers.parse(
        "die Fachberatung eine Wahl mit {seats:d} Elternvertretung anlegt, die erst morgen beginnt"
    )
)
def election_tomorrow(world, client, seats):
    tomorrow = date.today() + timedelta(days=1)
    new_election(world, client, seats, 0, 0, "child", tomorrow, tomorrow + timedelta(days=14))


def stand(world, client, installation, names):
    for name in names:
        response = client.post(
            f"{world['election_url']}/candidates",
            data={"person_id": world["people"][name].id, "statement": ""},
            follow_redirects=True,
        )
        assert f"{name} kandidiert." in page_text(response), page_text(response)[:800]


@when(parsers.parse('"{a}", "{b}" und "{c}" kandidieren'))
def three_stand(world, client, installation, a, b, c):
    stand(world, client, installation, [a, b, c])


@when(parsers.parse('"{a}" und "{b}" kandidieren'))
def two_stand(world, client, installation, a, b):
    stand(world, client, installation, [a, b])


@when(parsers.parse('"{a}" kandidiert'))
def one_stands(world, client, installation, a):
    stand(world, client, installation, [a])


@when("die Fachberatung den Wahlschlüssel erzeugt und der Wahlausschuss ihn notiert")
def election_key(world, client):
    page = page_text(client.post(f"{world['election_url']}/key"))
    world["key"] = re.search(r"<strong>([A-Z2-9]{5}(?:-[A-Z2-9]{5}){4})</strong>", page).group(1)
    checked = client.post(f"{world['election_url']}/key/check", data={"key": world["key"]})
    assert "Der Wahlschlüssel passt zu dieser Wahl." in page_text(checked)


@when("die Fachberatung die Codes erzeugt und die Wahlbriefe druckt")
def election_letters(world, client, installation):
    if "key" not in world:
        election_key(world, client)
    url = f"{world['election_url']}/letters"
    assert "Codes erzeugen: Wahlbriefe" in client.get(url).text
    pages = printed_letters(client, installation, url)
    world["letters"] = pages
    world["codes"] = {}
    for text in pages:
        label = re.search(r"wählen – (.+?) \(bei", text)
        code = CODE.search(text).group(0)
        for child in label.group(1).split(", "):
            world["codes"][child] = code


@then(parsers.parse("enthält das PDF {n:d} Briefe mit je einem eigenen Code"))
def letters_count(world, n):
    codes = [CODE.search(text).group(0) for text in world["letters"]]
    assert len(world["letters"]) == n and len(set(codes)) == n


@then(
    parsers.parse('erhält "{address}" {n:d} E-Mails mit je einem Code, der in keinem Brief steht')
)
def mailed_codes(world, installation, address, n):
    work_off(installation)
    mails = [m for m in world["inbox"].received if m["To"].addresses[0].addr_spec == address]
    printed = {CODE.search(text).group(0) for text in world["letters"]}
    assert len(mails) == n
    for mail in mails:
        text = mail.get_body(preferencelist=("plain",)).get_content()
        code = CODE.search(text).group(0)
        assert code not in printed
        for child in re.search(r"wählen – (.+?) \(bei", text).group(1).split(", "):
            world["codes"][child] = code


@then("ist nach dem Versand kein Code mehr in Tagwerk gespeichert")
def no_code_kept(installation):
    with installation.db.read() as s:
        messages = s.scalars(select(Message)).all()
        assert messages and all(m.confidential and m.status == "sent" for m in messages)
        assert not any(CODE.search(m.text + m.html) for m in messages)


@then(parsers.parse('steht in einem Brief "{text}"'))
def letter_text(world, text):
    assert any(text in page for page in world["letters"]), world["letters"]


def vote_online(world, parent, code, choices):
    token = csrf(parent)
    step1 = parent.post("/parent_council/wahl", data={"code": code, "csrf_token": token})
    world["response"] = step1
    if step1.status_code != 200:
        return
    world["response"] = parent.post(
        "/parent_council/wahl/abgeben",
        data={"code": code, "choices": choices, "csrf_token": token},
    )


def candidate_ids(installation, names) -> list[str]:
    with installation.db.read() as s:
        election = s.scalars(select(Election).order_by(Election.id.desc())).first()
        by_name = {c.name: c.id for c in election.candidates}
    return [str(by_name[n]) for n in names]


@when(parsers.parse('mit dem Code für "{child}" online "{name}" gewählt wird'))
def online_vote(world, parent, installation, child, name):
    vote_online(
        world, parent, world["codes"][child.split()[0]], candidate_ids(installation, [name])
    )


@when(
    parsers.parse(
        'mit dem Code für "{child}" ein Stimmzettel mit einer erfundenen Kandidatur abgegeben wird'
    )
)
def tampered_vote(world, parent, child):
    vote_online(world, parent, world["codes"][child], ["999999"])


@when("jemand einen erfundenen Code eingibt")
def unknown_code(world, parent):
    world["response"] = parent.post(
        "/parent_council/wahl", data={"code": codes.new_code(), "csrf_token": csrf(parent)}
    )


@when(parsers.parse("jemand {n:d} erfundene Codes hintereinander ausprobiert"))
def brute_force(world, parent, n):
    token = csrf(parent)
    for _ in range(n + 1):
        world["response"] = parent.post(
            "/parent_council/wahl", data={"code": codes.new_code(), "csrf_token": token}
        )


@when(parsers.parse('der Code für "{child}" {n:d}-mal mit einem falschen Zeichen eingegeben wird'))
def typos(world, parent, child, n):
    token, code = csrf(parent), world["codes"][child]
    for i in range(n):
        wrong = next(ch for ch in codes.ALPHABET[i % 20 :] if ch != code[i % 4])
        world["response"] = parent.post(
            "/parent_council/wahl",
            data={"code": code[: i % 4] + wrong + code[i % 4 + 1 :], "csrf_token": token},
        )


@then(
    parsers.parse('auf einem anderen Gerät im selben WLAN wird mit dem Code für "{child}" gewählt')
)
def other_device(world, app, installation, child):
    choice = candidate_ids(installation, ["Aylin Kaya"])
    with TestClient(app) as phone:  # same client address as the blocked device
        vote_online(world, phone, world["codes"][child], choice)
    assert "Danke für Ihre Stimme!" in page_text(world["response"]), page_text(world["response"])


@then(
    parsers.parse('wird auch der richtige Code für "{child}" von diesem Gerät vorerst abgewiesen')
)
def blocked_even_right(world, parent, child):
    response = parent.post(
        "/parent_council/wahl", data={"code": world["codes"][child], "csrf_token": csrf(parent)}
    )
    assert response.status_code == 429 and "Zu viele ungültige Codes" in page_text(response)


@when(
    parsers.parse(
        'der Stimmzettel mit dem Code für "{child}" per Briefwahl für "{a}" und "{b}" gezählt wird'
    )
)
def postal_vote(world, client, installation, child, a, b):
    response = client.post(
        f"{world['election_url']}/postal",
        data={
            "code": world["codes"][child],
            "channel": "postal",
            "choices": candidate_ids(installation, [a, b]),
        },
        follow_redirects=True,
    )
    assert "Stimmzettel gezählt" in page_text(response), page_text(response)[:800]


@when("die Fachberatung die Wahl ohne Begründung vor ihrem Ende auszählen will")
def count_without_reason(world, client):
    url = f"{world['election_url']}/close"
    assert "Die Wahl läuft noch bis" in page_text(client.get(url))
    world["response"] = client.post(url, data={"reason": "  ", "key": world["key"]})


@when("die Fachberatung mit einem falschen Wahlschlüssel auszählen will")
def count_with_wrong_key(world, client):
    wrong = "ABCDE-FGHJK-MNPQR-STUVW-XYZ23"
    data = {"reason": "Auszählung in der Elternversammlung", "key": wrong}
    world["response"] = client.post(f"{world['election_url']}/close", data=data)


@then("ist noch nichts ausgezählt")
def not_counted(world, installation):
    assert world["response"].status_code == 422
    with installation.db.read() as s:
        assert all(e.result is None and not e.closed for e in s.scalars(select(Election)))


@when("die Fachberatung die Wahl in der Elternversammlung auszählt")
def count_votes(world, client):
    url = f"{world['election_url']}/close"
    assert "auszählen und abschließen?" in client.get(url).text
    world["response"] = client.post(
        url,
        data={"reason": "Auszählung in der Elternversammlung", "key": world["key"]},
        follow_redirects=True,
    )
    assert "Die Wahl ist ausgezählt." in world["response"].text


@then(parsers.parse('sagt die Seite "{message}"'))
def page_says(world, message):
    assert message in page_text(world["response"]), page_text(world["response"])[-1500:]


@then(parsers.parse("beträgt die Wahlbeteiligung {share} % und das Quorum ist {state}"))
def turnout(world, share, state):
    text = visible(world["response"])
    assert f"Wahlbeteiligung {share} %" in text
    assert ("nicht erreicht" in text) == (state == "nicht erreicht"), text


def result(installation) -> dict:
    with installation.db.read() as s:
        return s.scalars(select(Election).order_by(Election.id.desc())).first().result


@then(parsers.parse('ist "{name}" mit {votes:d} Stimmen als {role} gewählt'))
@then(parsers.parse('ist "{name}" mit {votes:d} Stimme als {role} gewählt'))
def elected(installation, name, votes, role):
    r = result(installation)
    group = r["representatives"] if role == "Elternvertretung" else r["deputies"]
    assert [(x["name"], x["votes"]) for x in group] == [(name, votes)]


@then("ist niemand gewählt")
def nobody(installation):
    r = result(installation)
    assert r["representatives"] == [] and r["deputies"] == []


@then(parsers.parse('ist genau eine von beiden gewählt und das Protokoll nennt "{text}"'))
def tie(world, client, installation, text):
    r = result(installation)
    assert len(r["representatives"]) == 1 and r["representatives"][0]["votes"] == 1
    pages = pdf_pages(client.get(f"{world['election_url']}/protocol.pdf"))
    assert text in " ".join(pages)


@then(parsers.parse('nennt das Wahlprotokoll "{a}", "{b}" und "{c}"'))
def protocol(world, client, a, b, c):
    text = " ".join(pdf_pages(client.get(f"{world['election_url']}/protocol.pdf")))
    for expected in (a, b, c):
        assert expected in text, text


@then("lässt sich keine Stimme einer wählenden Person zuordnen")
def secret(installation):
    """The urn holds contents only, sorted; used codes are marks without a person; no log."""
    tables = inspect(installation.db.engine)
    assert {c["name"] for c in tables.get_columns("pc_urn")} == {"election_id", "ballots"}
    assert {c["name"] for c in tables.get_columns("pc_spent_code")} == {
        "mark",
        "election_id",
        "survey_id",
        "channel",
    }
    for table in ("pc_urn", "pc_spent_code"):
        targets = {fk["referred_table"] for fk in tables.get_foreign_keys(table)}
        assert targets <= {"pc_election", "pc_survey"}, targets
    with installation.db.read() as s:
        (ballots,) = s.scalars(select(Urn.ballots)).all()
        assert len(ballots) == 2 and ballots == sorted(ballots)
        assert s.scalar(select(func.count()).select_from(SealedBallot)) == 0  # opened, gone
        logged = s.scalar(
            select(func.count()).where(
                AuditEntry.entity.in_(["pc_urn", "pc_spent_code", "pc_voter"])
            )
        )
        assert logged == 0


@then("ist noch kein Stimmzettel gezählt")
def no_ballot(installation):
    with installation.db.read() as s:
        assert all(not ballots for ballots in s.scalars(select(Urn.ballots)))
        assert s.scalar(select(func.count()).select_from(SpentCode)) == 0


@then("ist die abgeschlossene Wahl unveränderlich")
def immutable(world, client, installation):
    with installation.db.read() as s:
        before = s.scalars(select(Urn.ballots)).all()
    edit = client.post(f"{world['election_url']}/edit", data={"title": "anders"})
    assert edit.status_code == 422 and "unveränderlich" in page_text(edit)
    again = client.post(f"{world['election_url']}/close")
    assert again.status_code == 422
    letters = client.post(f"{world['election_url']}/letters")
    assert letters.status_code == 422
    with installation.db.read() as s:
        assert s.scalars(select(Urn.ballots)).all() == before


@when("die Fachberatung den Elternbeirat bildet")
def form_council(world, client):
    world["response"] = client.post(f"{world['election_url']}/council", follow_redirects=True)
    assert "gebildet." in world["response"].text


@then(parsers.parse('gehören "{a}" als Elternvertretung und "{b}" als Stellvertretung dazu'))
def council_members(installation, a, b):
    with installation.db.read() as s:
        council = s.scalars(select(Council)).one()
        assert {(m.name, m.role) for m in council.members} == {(a, "representative"), (b, "deputy")}


# --- survey ------------------------------------------------------------------------------


@when(
    parsers.parse(
        'die Fachberatung die Elternbefragung "{title}" ab heute für {days:d} Tage '
        "mit Mindestzahl {n:d} anlegt"
    )
)
def new_survey(world, client, title, days, n):
    today = date.today()
    data = {
        "title": title,
        "audience": "parents",
        "opens_on": today.isoformat(),
        "closes_on": (today + timedelta(days=days)).isoformat(),
        "min_group": str(n),
    }
    response = client.post("/parent_council/surveys/new", data=data, follow_redirects=True)
    assert "Befragung angelegt." in response.text
    world["survey_url"] = str(response.url).replace(str(client.base_url), "")


@when("die Fachberatung die Codes erzeugt und die Einladungen druckt")
def survey_letters(world, client, installation):
    pages = printed_letters(client, installation, f"{world['survey_url']}/letters")
    world["letters"] = pages
    world["survey_codes"] = [CODE.search(text).group(0) for text in pages]


def answer(world, parent, installation, grade, comment=""):
    code = world["survey_codes"].pop(0)
    world["last_code"] = code
    token = csrf(parent)
    form = parent.post("/parent_council/umfrage", data={"code": code, "csrf_token": token})
    assert form.status_code == 200, page_text(form)[-800:]
    data = {"code": code, "csrf_token": token}
    for name in re.findall(r'name="(q\d+)" value="1"', form.text):
        data[name] = str(grade)
    if comment:
        data[re.search(r'<textarea id="f-(q\d+)"', form.text).group(1)] = comment
    world["response"] = parent.post("/parent_council/umfrage/absenden", data=data)
    assert "Danke für Ihre Antworten!" in world["response"].text


@when(parsers.parse("{n:d} Familien alle Bereiche mit Note {grade:d} bewerten"))
def many_answer(world, parent, installation, n, grade):
    for _ in range(n):
        answer(world, parent, installation, grade)


@when(
    parsers.parse(
        'eine weitere Familie alle Bereiche mit Note {grade:d} bewertet und "{comment}" schreibt'
    )
)
def one_answers(world, parent, installation, grade, comment):
    answer(world, parent, installation, grade, comment)


@then(parsers.parse('zeigt die Auswertung "{text}"'))
def survey_shows(world, client, text):
    page = visible(client.get(world["survey_url"]))
    assert text in page, page[-1500:]


@then(
    parsers.parse(
        'zeigt die Auswertung {n:d} Antworten, Rücklauf "{rate}" '
        'und für "{dim}" den Durchschnitt "{mean}"'
    )
)
def survey_numbers(world, client, n, rate, dim, mean):
    response = client.get(world["survey_url"])
    page = visible(response)
    assert f"{n} Antworten" in page and f"{rate} Rücklauf" in page, page
    assert re.search(re.escape(dim) + r" \d+ " + re.escape(mean), page), page
    assert "<svg" in response.text and "Durchschnittsnote je Bereich" in response.text


@then(parsers.parse('zeigt die Auswertung die Anmerkung "{text}"'))
def survey_comment(world, client, text):
    assert text in visible(client.get(world["survey_url"]))


@then(parsers.parse('enthält der Bericht (PDF) "{a}", "{b}" und "{c}"'))
def survey_pdf(world, client, a, b, c):
    text = " ".join(pdf_pages(client.get(f"{world['survey_url']}/report.pdf")))
    for expected in (a, b, c):
        assert expected in text, text


@when("dieselbe Familie mit ihrem Code noch einmal antwortet")
def answer_again(world, parent):
    world["response"] = parent.post(
        "/parent_council/umfrage", data={"code": world["last_code"], "csrf_token": csrf(parent)}
    )


@then(parsers.parse("sind es weiterhin {n:d} Antworten"))
def still(installation, n):
    with installation.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Response)) == n
