"""An agency moves in with its workbook: childminders, children with their guardians and
the contracts between them, all or nothing, each record with its source in the audit
log, nobody told of what already was, and the same file twice creates nothing twice."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from core.imports import reading, run
from core.imports.core_sheets import SHEETS
from core.imports.sheets import Field, Sheet
from core.kernel.hookspecs import hookimpl
from core.models import AuditEntry, Childminder, Contract, Person, PersonLink
from core.models.messages import Message
from core.services import contracts
from tests.factories import contract_data

LIMITS = reading.Limits(max_bytes=5_000_000, max_rows=1000)
TODAY = date(2026, 12, 8)

CHILDMINDERS = [
    [
        "Anrede",
        "Name",
        "Vorname",
        "Straße",
        "PLZ",
        "Ort",
        "Erlaubnisnummer",
        "Erlaubnis bis",
        "Plätze",
        "IBAN",
    ],
    [
        "Frau",
        "Wolf",
        "Anna",
        "Marktstraße 1",
        "59269",
        "Beckum",
        "PE-17",
        datetime(2029, 7, 31),
        5,
        "DE02 1203 0000 0000 2020 51",
    ],
    ["Herr", "Brandt", "Jonas", "Kirchweg 4", "59269", "Beckum", "PE-18", "31.07.29", 4, ""],
]
CHILDREN = [
    [
        "Nachname",
        "Vorname",
        "Geb.-Datum",
        "Straße",
        "PLZ",
        "Ort",
        "Elternteil 1 Vorname",
        "Elternteil 1 Nachname",
        "Elternteil 1 E-Mail",
    ],
    [
        "Wolfkind",
        "Mia",
        "03.05.24",
        "Lindenweg 2",
        "59269",
        "Beckum",
        "Eva",
        "Wolfkind",
        "eva@example.org",
    ],
    ["Yilmaz", "Can", datetime(2023, 2, 1), "Lindenweg 9", "59269", "Beckum", "Ayla", "Yilmaz", ""],
]
CONTRACTS = [
    [
        "Kind Nachname",
        "Kind Vorname",
        "Kind Geburtsdatum",
        "Erlaubnisnummer",
        "Beginn",
        "Stunden Mo",
        "Stunden Di",
        "Stunden Mi",
        "Stunden Do",
        "Stunden Fr",
    ],
    ["Wolfkind", "Mia", "3.5.2024", "PE-17", "01.08.2025", 8, 8, 8, 8, 4.5],
    ["Yilmaz", "Can", "2023-02-01", "PE-18", datetime(2025, 9, 1), "6", "6", "6", "0", "0"],
]


def workbook(tmp_path: Path, **sheets) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "umzug.xlsx"
    book.save(path)
    return path


def moving_in(installation, path: Path, dry_run: bool = False) -> run.Report:
    plans = run.plan(path, SHEETS, LIMITS)
    hooks = installation.kernel().hook
    return run.import_file(
        installation.db, path, plans, hooks=hooks, actor="umzug", today=TODAY, dry_run=dry_run
    )


def counts(installation) -> tuple[int, int, int, int]:
    with installation.db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (Person, Childminder, PersonLink, Contract)
        )


def test_a_workbook_moves_in_all_at_once_and_a_second_time_changes_nothing(installation, tmp_path):
    path = workbook(tmp_path, Tagespflegepersonen=CHILDMINDERS, Kinder=CHILDREN, Verträge=CONTRACTS)
    before = counts(installation)
    preview = moving_in(installation, path, dry_run=True)
    assert preview.problems == [] and not preview.imported
    assert counts(installation) == before  # the preview keeps nothing

    report = moving_in(installation, path)
    assert report.problems == [] and report.imported and report.rows == 6
    assert report.counts() == {"neu angelegt": 8, "verknüpft": 2}
    assert counts(installation) == (before[0] + 6, before[1] + 2, before[2] + 2, before[3] + 2)
    with installation.db.read() as s:
        anna = s.scalars(select(Person).where(Person.last_name == "Wolf")).one()
        assert anna.form_of_address == "frau"
        assert anna.childminder.permit_valid_until == date(2029, 7, 31)
        assert anna.childminder.iban == "DE02120300000000202051"
        mia = s.scalars(select(Person).where(Person.first_name == "Mia")).one()
        assert mia.birth_date == date(2024, 5, 3)
        (contract,) = s.scalars(select(Contract).where(Contract.child_id == mia.id)).all()
        assert (contract.childminder_id, contract.valid_from) == (anna.id, date(2025, 8, 1))
        assert [contract.hours(d) for d in ("mo", "fr", "sa")] == [8, 4.5, 0]
        assert not contract.draft
        # moving in records what already is: no family or childminder is told of it
        assert s.scalar(select(func.count()).select_from(Message)) == 0
        sources = set(
            s.scalars(select(AuditEntry.source).where(AuditEntry.entity == "core_person"))
        )
        assert {"umzug.xlsx, Kinder, Zeile 2", "umzug.xlsx, Tagespflegepersonen, Zeile 3"} <= (
            sources
        )

    assert report.warnings == []  # every child has a guardian, every contract its licence
    again = moving_in(installation, path)
    assert again.problems == [] and again.counts() == {"schon vorhanden": 8}
    assert counts(installation) == (before[0] + 6, before[1] + 2, before[2] + 2, before[3] + 2)


def test_a_contract_typed_by_the_office_is_told_an_imported_one_not(installation, make):
    anna, mia = make.childminder(email="anna@example.org"), make.child()
    with installation.db.transaction("test") as s:
        contracts.save_contract(s, contract_data(mia, anna), hooks=installation.kernel().hook)
        assert s.scalar(select(func.count()).select_from(Message)) > 0


def test_one_bad_row_keeps_the_whole_file_out_and_names_row_column_and_value(
    installation, tmp_path
):
    childminders = [row[:] for row in CHILDMINDERS]
    childminders[2][7] = "31.02.2029"  # no such day
    children = [row[:] for row in CHILDREN]
    children[1][4] = "5926"  # no postal code
    contracts_ = [row[:] for row in CONTRACTS]
    contracts_[2][3] = "PE-99"  # nobody has this licence
    path = workbook(
        tmp_path, Tagespflegepersonen=childminders, Kinder=children, Verträge=contracts_
    )
    before = counts(installation)
    report = moving_in(installation, path)
    assert not report.imported and report.rows == 6
    assert counts(installation) == before
    assert [p.text() for p in report.problems] == [
        "Tagespflegepersonen, Zeile 3, Spalte H (Erlaubnis bis) „31.02.2029“: Pflegeerlaubnis "
        "gültig bis: '31.02.2029' ist kein gültiges Datum (TT.MM.JJJJ).",
        "Kinder, Zeile 2, Spalte E (PLZ) „5926“: PLZ: fünf Ziffern, z. B. 59269.",
        # Mia's row was refused, so her contract finds no child
        "Betreuungsverträge, Zeile 2, Spalte A (Kind Nachname) „Wolfkind“: Kind: Mia Wolfkind "
        "ist weder erfasst noch in der Tabelle Kinder dieser Datei.",
        "Betreuungsverträge, Zeile 3, Spalte D (Erlaubnisnummer) „PE-99“: Tagespflegeperson: "
        "PE-99 ist weder erfasst noch in der Tabelle Tagespflegepersonen dieser Datei.",
    ]


def test_a_file_without_a_required_column_says_which(installation, tmp_path):
    path = workbook(tmp_path, Kinder=[["Nachname", "Vorname"], ["Wolf", "Mia"]])
    try:
        run.plan(path, SHEETS, LIMITS)
    except Exception as exc:  # noqa: BLE001 - the message is what is checked
        message = exc.errors["mapping"]
    assert message.startswith("Tabelle Kinder: Es fehlt eine Spalte für Geburtsdatum.")


def test_hook_import_sheets_lets_a_module_bring_its_own_sheet(installation, tmp_path):
    seen = []

    def store(ctx, values):
        seen.append(values)
        ctx.note("neu angelegt", f"Notiz {values['text']}")

    class Notes:
        @hookimpl
        def import_sheets(self):
            text = Field("text", "Notiz", required=True, synonyms=("Bemerkung",))
            return [Sheet("notes", "Notizen", (text,), store, order=90)]

    kernel = installation.kernel()
    plugin = Notes()
    kernel.pm.register(plugin)
    try:
        sheets = [s for found in kernel.hook.import_sheets() for s in found]
        assert {s.key for s in sheets} == {"childminders", "children", "contracts", "notes"}
        path = tmp_path / "notizen.csv"
        path.write_text("Bemerkung\nRuft morgens an\n")
        plans = run.plan(path, sheets, LIMITS)
        report = run.import_file(
            installation.db, path, plans, hooks=kernel.hook, actor="t", today=TODAY
        )
    finally:
        kernel.pm.unregister(plugin)
    assert report.outcomes == [("Notizen", 2, "neu angelegt", "Notiz Ruft morgens an")]
    assert seen == [{"text": "Ruft morgens an"}]


def test_a_child_without_guardian_and_a_contract_past_the_licence_are_worth_a_look(
    installation, tmp_path
):
    children = [row[:] for row in CHILDREN]
    children[2][6:9] = ["", "", ""]  # Can without a parent
    contracts_ = [row[:] for row in CONTRACTS]
    contracts_[0].append("Ende")
    contracts_[1].append("31.07.2030")  # Anna's licence ends 31.07.2029
    contracts_[2].append("")
    path = workbook(
        tmp_path, Tagespflegepersonen=CHILDMINDERS, Kinder=children, Verträge=contracts_
    )
    report = moving_in(installation, path)
    assert report.imported
    assert [w.text() for w in report.warnings] == [
        "Kinder, Zeile 3, Spalte A (Nachname) „Yilmaz“: Can Yilmaz hat keine sorgeberechtigte "
        "Person; Briefe erreichen niemanden.",
        "Betreuungsverträge, Zeile 2, Spalte K (Ende) „31.07.2030“: Der Vertrag läuft über das "
        "Ende der Pflegeerlaubnis von Anna Wolf am 31.07.2029 hinaus.",
    ]


def test_a_file_wrong_on_every_row_stops_at_the_first_fifty_problems(installation, tmp_path):
    rows = [["Nachname", "Vorname", "Geburtsdatum"]] + [
        [f"Kind{n}", "Mia", "morgen"] for n in range(500)
    ]
    report = moving_in(installation, workbook(tmp_path, Kinder=rows))
    assert len(report.problems) == run.MAX_PROBLEMS and report.stopped
    assert report.rows == run.MAX_PROBLEMS
