"""Data protection: the complete record of a person (Art. 15), erasure after the retention
period that keeps payment records for their own ten years (Art. 17), reads of children's
data in the audit log."""

from __future__ import annotations

import io
import json
import random
from datetime import date, datetime

from click.testing import CliRunner
from pypdf import PdfReader
from sqlalchemy import func, select, update

from core.cli.main import main
from core.demo.builder import build_demo
from core.models import Absence, AuditEntry, Contract, Person, PersonLink
from core.models.calendar import AbsenceKind
from core.models.persons import LinkKind
from core.services import privacy
from core.services.persons import add_link
from plugins.payments import models as pay
from plugins.payments.runs import lifecycle
from plugins.qhb_training.models import Credential
from tests.conftest import login
from tests.demo_screens import MODULES

TODAY = date(2026, 11, 23)


def all_modules(installation):
    for name in MODULES:
        installation.enable(name)
    return installation.kernel()


def test_the_record_of_a_childminder_holds_every_modules_data(installation):
    kernel = all_modules(installation)
    with installation.db.transaction("demo") as s:
        build_demo(s, "beckum", 2026, today=TODAY)
        kernel.hook.demo_data(session=s, rng=random.Random(2026), scale="beckum")
        lifecycle.compute(s, date(2026, 11, 1), hooks=kernel.hook, actor="demo")
    with installation.db.read() as s:
        cm_id = s.scalar(
            select(Credential.person_id).join(
                pay.Statement, pay.Statement.childminder_id == Credential.person_id
            )
        )
        person = s.get(Person, cm_id)
        sections = privacy.person_record(s, person)
        titles = {section.title for section in sections}
        assert {"Stammdaten", "Betreuungsverträge"} <= titles
        assert {"pay_statement.childminder_id", "qhb_credential.person_id"} <= titles
        exported = json.loads(privacy.record_json(person, sections))
        assert exported["abschnitte"][0]["rows"][0]["Nachname"] == person.last_name
        pdf = privacy.record_pdf(person, sections, "Kindertagespflege Beckum")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Auskunft über gespeicherte Daten" in text and person.last_name in text
    assert "pay_statement" in text


def _old_family(installation, make):
    """A childminder, a child and a parent whose care ended in mid-2021, and a childminder
    still at work today."""
    cm = make.childminder(first_name="Rita", last_name="Altmann", street="Weg 1", iban="")
    child = make.child(first_name="Ole", last_name="Vormann")
    parent = make.person("guardian", first_name="Petra", last_name="Vormann", phone="0251 1")
    make.contract(child, cm, start=date(2020, 1, 1), end=date(2021, 6, 30))
    current = make.childminder(first_name="Jana", last_name="Wolf")
    make.contract(make.child(first_name="Mia", last_name="Neu"), current)
    with installation.db.transaction("test") as s:
        add_link(s, s.get(Person, child.id), s.get(Person, parent.id), LinkKind.GUARDIAN)
        s.add(
            Absence(
                childminder_id=cm.id,
                kind=AbsenceKind.ILLNESS,
                start=date(2021, 3, 1),
                end=date(2021, 3, 5),
                note="Grippe",
            )
        )
        run = pay.Run(month=date(2015, 11, 1), kind="regular", status="final")
        s.add_all([run, pay.Run(month=date(2016, 11, 1), kind="regular", status="final")])
        s.flush()
        s.add(pay.Statement(run_id=run.id, childminder_id=cm.id, name="Rita Altmann", iban="DE1"))
        s.flush()
        # the records were written back then, not today
        s.execute(update(AuditEntry).values(at=datetime(2021, 7, 1, 9, 0)))
    return cm, child, parent, current


def test_hook_person_erased_keeps_payment_records_and_removes_the_rest(installation, make):
    all_modules(installation)
    cm, child, parent, current = _old_family(installation, make)
    with installation.db.read() as s:
        due = {p.id for p, _ in privacy.due_for_erasure(s, TODAY, 3)}
        assert due == {cm.id, child.id, parent.id}  # not Jana Wolf, whose care runs on
        assert not privacy.due_for_erasure(s, TODAY, 6)  # a longer period: nobody yet
    env = {"TAGWERK_DATABASE_URL": installation.settings.database_url}
    result = CliRunner().invoke(main, ["privacy", "purge", "--on", "2026-11-23", "--yes"], env=env)
    assert result.exit_code == 0, result.output
    assert "3 Personen gelöscht, 1 Aufzeichnungen entfernt." in result.output
    with installation.db.read() as s:
        for pid in (cm.id, child.id, parent.id):
            person = s.get(Person, pid)
            assert person.first_name == "gelöscht" and person.anonymised_on == TODAY
            assert (person.birth_date, person.street, person.phone) == (None, "", "")
        assert s.get(Person, current.id).last_name == "Wolf"
        assert s.scalar(select(func.count()).select_from(PersonLink)) == 0
        assert s.scalar(select(func.count()).select_from(Absence)) == 0
        assert s.scalar(select(func.count()).where(Contract.childminder_id == cm.id)) == 1
        # the 2015 run's retention ended with 2025; 2016 stays until the end of 2026
        assert s.scalars(select(pay.Run.month)).all() == [date(2016, 11, 1)]
        log = json.dumps([e.changes for e in s.scalars(select(AuditEntry))], ensure_ascii=False)
    for gone in ("Altmann", "Vormann", "Grippe", "0251 1", "Weg 1"):
        assert gone not in log, gone


def test_hook_purge_records_keeps_a_statement_beyond_the_person_it_pays(installation, make):
    all_modules(installation)
    cm, *_ = _old_family(installation, make)
    with installation.db.transaction("test") as s:
        run = pay.Run(month=date(2021, 6, 1), kind="regular", status="final")
        s.add(run)
        s.flush()
        s.add(pay.Statement(run_id=run.id, childminder_id=cm.id, name="Rita Altmann", iban="DE2"))
    with installation.db.transaction("test") as s:
        privacy.purge(s, installation.kernel().hook, TODAY, 3)
    with installation.db.read() as s:
        kept = s.scalars(select(pay.Statement).where(pay.Statement.run_id == run.id)).one()
        assert (kept.name, kept.iban) == ("Rita Altmann", "DE2")  # § 147 AO: ten years


def test_reading_a_childs_data_is_logged(client, installation, make):
    child = make.child(first_name="Ole", last_name="Vormann")
    cm = make.childminder(first_name="Rita", last_name="Altmann")
    login(client, installation, "staff")
    assert client.get(f"/persons/{child.id}").status_code == 200
    assert client.get(f"/persons/{child.id}/contracts").status_code == 200
    assert client.get(f"/persons/{cm.id}").status_code == 200
    exported = client.get(f"/persons/{child.id}/export.json")
    assert exported.headers["content-type"] == "application/json"
    assert json.loads(exported.content)["person_id"] == child.id
    with installation.db.read() as s:
        reads = s.execute(
            select(AuditEntry.actor, AuditEntry.person_id, AuditEntry.changes)
            .where(AuditEntry.action == "read")
            .order_by(AuditEntry.id)  # in the order read, not as the rows happen to lie
        ).all()
    assert [(actor, pid) for actor, pid, _ in reads] == [("staff-user", child.id)] * 3
    assert [changes["seite"] for *_, changes in reads] == [
        f"/persons/{child.id}",
        f"/persons/{child.id}/contracts",
        f"/persons/{child.id}/export.json",
    ]


def test_the_data_protection_page_lists_who_is_due_and_asks_before_erasing(
    client, installation, make
):
    all_modules(installation)
    cm, child, parent, _ = _old_family(installation, make)
    login(client, installation, "admin")
    page = client.get("/admin/privacy").text
    for name in ("Altmann, Rita", "Vormann, Ole", "Vormann, Petra"):
        assert name in page
    assert "Wolf" not in page
    asked = client.get("/admin/privacy/erase").text
    assert "3 Personen endgültig löschen?" in asked and "nicht rückgängig" in asked
    with installation.db.read() as s:
        assert s.get(Person, child.id).last_name == "Vormann"  # asking changed nothing
    done = client.post("/admin/privacy/erase", follow_redirects=True)
    assert "3 Personen gelöscht" in done.text and "Niemand ist fällig." in done.text
    with installation.db.read() as s:
        assert {s.get(Person, p.id).first_name for p in (cm, child, parent)} == {"gelöscht"}
