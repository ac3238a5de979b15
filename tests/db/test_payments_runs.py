"""Monthly runs on the database: review, finalise, corrections, documents and exports."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pluggy
import pytest
import sepaxml
import xmlschema
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from core.errors import ValidationError
from core.kernel import hookspecs
from core.kernel.contributions import PaymentLine, Qualification
from core.kernel.hookspecs import hookimpl
from core.models import Childminder, Contract, Person
from core.settings import settings_of
from plugins.payments import documents, exports, models
from plugins.payments.rates import periods
from plugins.payments.runs import lifecycle

NOV, DEC = date(2026, 11, 1), date(2026, 12, 1)


@pytest.fixture
def pay(installation):
    installation.enable("payments")
    with installation.db.transaction("test") as s:
        periods.import_preset(s, "beispiel")
    return installation


def compute(inst, month=NOV, hooks=None, **kw):
    """A run with the hooks of the installation's enabled modules unless others are given."""
    with inst.db.transaction("test") as s:
        run = lifecycle.compute(s, month, hooks=hooks or inst.kernel().hook, actor="test", **kw)
        return run.id


def snapshot(inst, run_id):
    """Everything a reviewer sees of a run, without ids."""
    with inst.db.read() as s:
        run = lifecycle.get_run(s, run_id)
        return (
            run.total_cents,
            [
                (
                    st.name,
                    st.total_cents,
                    [(ln.label, ln.quantity, ln.rate, ln.amount_cents) for ln in st.lines],
                )
                for st in lifecycle.statements(s, run)
            ],
            [(p.person_name, p.blocking, p.message) for p in run.problems],
        )


OFFICE = documents.Sender("Jugendamt", "Markt 1", "59269 Beckum", "DE89370400440532013000")


def finalise(inst, run_id):
    with inst.db.transaction("test") as s:
        lifecycle.finalise(s, run_id, "test", OFFICE)


@pytest.fixture
def agency(pay, make):
    """Two childminders with one full-time child each (40 h, under 3, no qualification)."""
    anna, berta = (
        make.childminder(first_name="Anna", last_name="Adler"),
        make.childminder(first_name="Berta", last_name="Bach"),
    )
    make.contract(make.child(first_name="Mia"), anna)
    make.contract(make.child(first_name="Tom"), berta)
    return {"anna": anna, "berta": berta}


FULL_MONTH = 77074 + 28578  # 173.20 h × 4.45 € + 173.20 h × 1.65 €


def test_a_draft_run_pays_every_childminder_with_a_contract(pay, agency):
    run_id = compute(pay)
    total, statements, problems = snapshot(pay, run_id)
    assert [(name, cents) for name, cents, _ in statements] == [
        ("Anna Adler", FULL_MONTH),
        ("Berta Bach", FULL_MONTH),
    ]
    assert total == 2 * FULL_MONTH and problems == []


def test_recomputing_a_draft_gives_the_identical_run(pay, agency):
    first = snapshot(pay, compute(pay))
    again = compute(pay)
    assert snapshot(pay, again) == first
    with pay.db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.Run)) == 1
        assert s.scalar(select(func.count()).select_from(models.Statement)) == 2


def test_blocking_problems_are_listed_per_person_and_stop_finalising(pay, agency, make):
    with pay.db.transaction("test") as s:
        s.get(Childminder, agency["berta"].id).iban = ""
        s.add(
            models.Contribution(
                childminder_id=agency["anna"].id,
                kind="pension",
                monthly_cents=-500,
                valid_from=date(2026, 1, 1),
            )
        )
    with pay.db.transaction("test") as s:  # an import bypassing the form's IBAN check
        s.get(Childminder, agency["anna"].id).iban = "DE00123456789012345678"
    no_hours = make.childminder(first_name="Carla", last_name="Christ")
    with pay.db.transaction("test") as s:  # as an import could leave it; the form refuses it
        s.add(
            Contract(
                child_id=make.child().id, childminder_id=no_hours.id, valid_from=date(2026, 1, 1)
            )
        )
    run_id = compute(pay)
    _, _, problems = snapshot(pay, run_id)
    assert [(name, blocking, message) for name, blocking, message in problems] == [
        ("Anna Adler", True, "Nachgewiesener Beitrag Alterssicherung ist negativ (-5 €)."),
        ("Anna Adler", True, "IBAN DE00123456789012345678 ist ungültig."),
        ("Berta Bach", True, "IBAN fehlt – keine Überweisung möglich."),
        ("Carla Christ", True, "Vertrag für Vorname" + problems[3][2].split("Vorname")[1]),
    ]
    assert "hat keine gebuchten Stunden" in problems[3][2]
    with pytest.raises(ValidationError, match="4 offene"):
        finalise(pay, run_id)
    with pay.db.read() as s:
        assert lifecycle.get_run(s, run_id).status == models.DRAFT


def test_missing_rates_for_the_month_block_the_run(pay, agency):
    run_id = compute(pay, month=date(2025, 6, 1))
    _, _, problems = snapshot(pay, run_id)
    assert (None, True, "Für 06/2025 sind keine Sätze hinterlegt.") in [
        (None if not p[0] else p[0], p[1], p[2]) for p in problems
    ]


def test_a_finalised_run_never_changes_and_a_rerun_pays_only_the_difference(pay, agency, make):
    original = compute(pay)
    finalise(pay, original)
    before = snapshot(pay, original)
    make.contract(make.child(first_name="Lea"), agency["anna"], start=date(2026, 11, 16))
    correction = compute(pay)
    assert correction != original
    assert snapshot(pay, original) == before
    with pay.db.read() as s:
        run = lifecycle.get_run(s, correction)
        assert (run.kind, run.corrects_id) == (models.CORRECTION, original)
        (st,) = lifecycle.statements(s, run)  # Berta unchanged: not in the correction
        assert st.name == "Anna Adler"
        labels = [ln.label for ln in st.lines]
        assert all(label.startswith("neu: ") for label in labels)
        lea = 38537 + 14289 + 8900 + 3300  # 86.60 h × 4.45 + × 1.65, 20 h settling-in each
        assert st.total_cents == lea
        assert st.previous_cents == FULL_MONTH
    finalise(pay, correction)
    with pay.db.read() as s:
        assert lifecycle.paid_totals(s, NOV)[agency["anna"].id] == FULL_MONTH + lea
    assert compute(pay) not in (original, correction)  # next correction draft: empty
    with pay.db.read() as s:
        assert (
            s.scalars(select(models.Run).where(models.Run.status == "draft")).one().statement_count
            == 0
        )


def test_a_changed_line_is_reversed_and_paid_anew(pay, agency):
    finalise(pay, compute(pay))
    with pay.db.transaction("test") as s:
        s.add(models.Profile(person_id=agency["anna"].id, qualification_ue=300))
    correction = compute(pay)
    with pay.db.read() as s:
        (st,) = lifecycle.statements(s, lifecycle.get_run(s, correction))
        got = [(ln.label.split(":")[0], ln.quantity, ln.rate, ln.amount_cents) for ln in st.lines]
    assert got == [
        ("bisher", Decimal("-173.20"), Decimal("4.45"), -77074),
        ("neu", Decimal("173.20"), Decimal("5.45"), 94394),
    ]


def test_one_regular_run_and_one_draft_per_month_are_enforced_by_the_database(pay, agency):
    finalise(pay, compute(pay))
    with pytest.raises(IntegrityError), pay.db.transaction("test") as s:
        s.add(models.Run(month=NOV, kind=models.REGULAR, status=models.FINAL))
        s.flush()
    compute(pay)
    with pytest.raises(IntegrityError), pay.db.transaction("test") as s:
        s.add(models.Run(month=NOV, kind=models.CORRECTION, status=models.DRAFT))
        s.flush()


def test_a_crash_mid_run_leaves_nothing_behind(pay, agency, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("Stromausfall")

    monkeypatch.setattr(lifecycle, "_review", boom)
    with pytest.raises(RuntimeError):
        compute(pay)
    with pay.db.read() as s:
        assert s.scalar(select(func.count()).select_from(models.Run)) == 0
    monkeypatch.undo()
    run_id = compute(pay)
    finalise(pay, run_id)
    monkeypatch.setattr(lifecycle, "utcnow", boom)
    with pytest.raises(RuntimeError):
        compute(pay)  # the correction run fails after its statements were written
    with pay.db.read() as s:
        assert [r.id for r in lifecycle.all_runs(s)] == [run_id]


def test_review_warns_about_large_changes_and_childminders_without_contract(pay, agency, make):
    finalise(pay, compute(pay))
    with pay.db.transaction("test") as s:
        contract = s.scalars(
            select(Contract).where(Contract.childminder_id == agency["berta"].id)
        ).one()
        contract.valid_to = date(2026, 11, 30)
        contract.hours_mo = Decimal("2")
    run_id = compute(pay, month=DEC, change_percent=20)
    _, statements, problems = snapshot(pay, run_id)
    assert ("Berta Bach", False, "Im Vormonat bezahlt, in diesem Monat kein Vertrag.") in problems
    assert not [p for p in problems if p[1]]
    with pay.db.read() as s:
        (st,) = lifecycle.statements(s, lifecycle.get_run(s, run_id))
        assert st.previous_cents == FULL_MONTH and st.change_percent == 0
    with pay.db.transaction("test") as s:
        s.add(
            models.Extra(
                childminder_id=agency["anna"].id,
                label="Bonus",
                amount_cents=40000,
                valid_from=DEC,
                valid_to=date(2026, 12, 31),
            )
        )
    _, _, problems = snapshot(pay, compute(pay, month=DEC, change_percent=20))
    assert ("Anna Adler", False, "Betrag ändert sich gegenüber dem Vormonat um +38 %.") in problems


class OtherModules:
    """Stands in for qhb_training and substitute_hub answering through the hooks."""

    def __init__(self, payee_id):
        self.payee_id = payee_id

    @hookimpl
    def payment_payees(self, session, month):
        return [self.payee_id]

    @hookimpl
    def qualification_level(self, session, person, on):
        return Qualification(ue=300, label="QHB")

    @hookimpl
    def payment_lines(self, session, childminder, month):
        if childminder.first_name == "Berta":
            return [
                PaymentLine(
                    "vertretung",
                    "Vertretung für Mia",
                    Decimal("10"),
                    "Std.",
                    Decimal("5.45"),
                    "Mia",
                )
            ]
        return []


def test_qualification_and_substitute_lines_come_through_hooks(pay, agency):
    pm = pluggy.PluginManager("tagwerk")
    pm.add_hookspecs(hookspecs)
    pm.register(OtherModules(agency["berta"].id))
    run_id = compute(pay, hooks=pm.hook)
    _, statements, _ = snapshot(pay, run_id)
    anna, berta = statements
    assert anna[2][0][2] == Decimal("5.45")  # Förderleistung at the 300-UE rate
    assert berta[2][-1] == ("Vertretung für Mia", Decimal("10.00"), Decimal("5.4500"), 5450)


def test_pdf_statements_combined_file_and_summary(pay, agency, tmp_path):
    run_id = compute(pay)
    finalise(pay, run_id)
    with pay.db.transaction("test") as s:
        store = settings_of(s)
        store.set(s, "core.agency_name", "Jugendamt Musterstadt")
        store.set(s, "core.letterhead.street", "Am Markt 1")
        store.set(s, "core.letterhead.appeal_authority", "Stadt Musterstadt, Rechtsamt")
        s.get(Person, agency["anna"].id).form_of_address = "frau"
    with pay.db.read() as s:
        run = lifecycle.get_run(s, run_id)
        data = documents.statement_data(s, run)
        context = documents.run_context(s, run)
        summary = documents.render_summary(context, data, [])
    seen = []
    target = tmp_path / "data" / "payments" / "run-1"
    combined = documents.render_run(
        context, data, target, workers=1, progress=seen.append, root=tmp_path / "data"
    )
    assert seen == [2]
    # statements hold her income: the installation's user only, from the data folder down
    assert {f.stat().st_mode & 0o777 for f in target.iterdir()} == {0o600}
    for folder in (target, target.parent, tmp_path / "data"):
        assert folder.stat().st_mode & 0o777 == 0o700
    text = "\n".join(p.extract_text() for p in PdfReader(combined).pages)
    assert "Anna Adler" in text and "Berta Bach" in text
    single = PdfReader(target / f"bescheid-{agency['anna'].id}.pdf")
    page = " ".join(p.extract_text() for p in single.pages).replace("\xa0", " ")
    assert "Bescheid über die laufende Geldleistung für November 2026" in page
    assert "Jugendamt Musterstadt · Am Markt 1" in page and "Berta Bach" not in page
    assert "Sehr geehrte Frau Adler," in page
    assert "zur Niederschrift bei Stadt Musterstadt, Rechtsamt" in page
    assert "173,20 Std." in page and "4,45 €" in page and "770,74 €" in page
    assert "§ 23 Abs. 2 und 2a SGB VIII" in page and "DE89370400440532013000" in page
    summary_text = PdfReader(io.BytesIO(summary)).pages[0].extract_text().replace("\xa0", " ")
    assert "2.113,04 €" in summary_text


def sepa_xml(inst, run_id, **kw) -> str:
    with inst.db.read() as s:
        return exports.sepa_transfer(
            s,
            lifecycle.get_run(s, run_id),
            sender=documents.Sender(
                "Stadt Musterstadt", "Markt 1", "59269 Beckum", iban="DE02120300000000202051"
            ),
            execution_date=date(2026, 12, 1),
            **kw,
        ).decode()


def xsd(schema: str) -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(Path(sepaxml.__file__).parent / "schemas" / f"{schema}.xsd")


def test_sepa_file_validates_and_pays_each_positive_statement(pay, agency):
    run_id = compute(pay)
    with pytest.raises(ValidationError, match="nur für abgeschlossene"):
        sepa_xml(pay, run_id)
    finalise(pay, run_id)
    xml = sepa_xml(pay, run_id)
    assert 'xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"' in xml
    xsd("pain.001.001.09").validate(xml)  # raises on any deviation from the schema
    assert "<NbOfTxs>2</NbOfTxs>" in xml and f"<CtrlSum>{2 * FULL_MONTH / 100:.2f}</CtrlSum>" in xml
    assert xml.count("<Nm>Anna Adler</Nm>") == 1
    # the paying office's structured address: street, postcode, town, country
    assert "<StrtNm>Markt 1</StrtNm><PstCd>59269</PstCd><TwnNm>Beckum</TwnNm><Ctry>DE</Ctry>" in (
        xml
    )
    assert "<ReqdExctnDt><Dt>2026-12-01</Dt></ReqdExctnDt>" in xml


def test_the_2009_format_stays_selectable_for_a_bank_that_asks_for_it(pay, agency):
    run_id = compute(pay)
    finalise(pay, run_id)
    with pay.db.transaction("test") as s:
        settings_of(s).set(s, "payments.sepa_format", "pain.001.001.03")
    xml = sepa_xml(pay, run_id)
    assert 'xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"' in xml
    xsd("pain.001.001.03").validate(xml)
    assert "<ReqdExctnDt>2026-12-01</ReqdExctnDt>" in xml
    with pay.db.transaction("test") as s, pytest.raises(ValidationError, match="nicht zulässig"):
        settings_of(s).set(s, "payments.sepa_format", "pain.001.001.02")


def test_csv_and_xlsx_exports_hold_every_line(pay, agency):
    run_id = compute(pay)
    with pay.db.read() as s:
        run = lifecycle.get_run(s, run_id)
        csv_text = exports.to_csv(s, run).decode("utf-8-sig")
        book = load_workbook(io.BytesIO(exports.to_xlsx(s, run)))
    rows = csv_text.strip().splitlines()
    assert rows[0].startswith("Lauf;Monat;Tagespflegeperson")
    assert len(rows) == 1 + 4 and "173,20" in rows[1] and "770,74" in rows[1]
    sheet = book.active
    assert sheet.max_row == 5 and sheet.cell(2, 14).value == pytest.approx(770.74)


def test_hook_delete_blockers_keep_a_childminder_in_a_run(pay, agency):
    from core.kernel.lifecycle import blockers

    def reasons():
        with pay.db.read() as s:
            person = s.get(Childminder, agency["anna"].id).person
            return blockers(pay.kernel().hook, s, person)

    run_id = compute(pay)
    assert "Die Person steht in einem Zahllauf-Entwurf" in reasons()[0]
    finalise(pay, run_id)
    assert reasons() == [
        "Für diese Person gibt es abgeschlossene Zahlläufe (Aufbewahrungspflicht)."
    ]


def test_two_people_computing_the_same_month_at_once_leave_one_draft(pay, agency):
    import threading

    from sqlalchemy.exc import DBAPIError

    barrier, outcomes, hooks = threading.Barrier(2), [], pay.kernel().hook

    def compute_now():
        try:
            with pay.db.transaction("test") as s:
                barrier.wait()
                outcomes.append(lifecycle.compute(s, NOV, hooks=hooks, actor="test").month)
        except DBAPIError as exc:  # the loser is told; its transaction changed nothing
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=compute_now) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert NOV in outcomes
    with pay.db.read() as s:
        (run,) = lifecycle.all_runs(s)
        assert run.status == models.DRAFT and run.statement_count == 2
        assert s.scalar(select(func.count()).select_from(models.Statement)) == 2


def test_a_childminder_named_like_a_formula_stays_text_in_every_export(pay, make):
    name = '=HYPERLINK("http://evil.example","Klick")'
    make.contract(make.child(first_name="Mia"), make.childminder(first_name=name, last_name="X"))
    run_id = compute(pay)
    with pay.db.read() as s:
        run = lifecycle.get_run(s, run_id)
        csv_text = exports.to_csv(s, run).decode("utf-8-sig")
        book = load_workbook(io.BytesIO(exports.to_xlsx(s, run)))
    cells = [c for row in csv.reader(io.StringIO(csv_text), delimiter=";") for c in row]
    assert f"'{name} X" in cells and f"{name} X" not in cells
    cells = [c for row in book.active.iter_rows() for c in row if "HYPERLINK" in str(c.value)]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_a_licence_that_ended_stops_the_pay_and_blocks_the_run_until_renewed(agency, pay):
    """Anna's Pflegeerlaubnis ended on 15.11.: she is paid until then, the review lists her
    as a blocking problem; renewed, the next computation pays the whole month."""
    whole = snapshot(pay, compute(pay))
    with pay.db.transaction("test") as s:
        s.get(Childminder, agency["anna"].id).permit_valid_until = date(2026, 11, 15)
    total, statements, problems = snapshot(pay, compute(pay))
    paid = {name: cents for name, cents, _ in statements}
    assert 0 < paid["Anna Adler"] < {name: cents for name, cents, _ in whole[1]}["Anna Adler"]
    ended = (
        "Pflegeerlaubnis endete am 15.11.2026: die Betreuung bis 30.11.2026 wird nicht bezahlt. "
        "Erlaubnis verlängern oder Verträge beenden."
    )
    assert ("Anna Adler", True, ended) in problems
    with pay.db.read() as s:
        draft = s.scalar(select(models.Run.id).where(models.Run.status == models.DRAFT))
    with pytest.raises(ValidationError):
        finalise(pay, draft)
    with pay.db.transaction("test") as s:
        s.get(Childminder, agency["anna"].id).permit_valid_until = date(2031, 11, 15)
    assert snapshot(pay, compute(pay)) == whole
