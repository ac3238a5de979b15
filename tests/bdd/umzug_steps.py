"""Steps of the moving-in stories (features/core/umzug.feature): a workbook written from
the story's table, uploaded, previewed and imported through the administration's screens."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from pytest_bdd import given, parsers, then, when
from sqlalchemy import func, select

from core.forms import parse_date
from core.models import Contract, Person, PersonLink, PersonRole
from core.models.persons import LinkKind, Role
from tests.bdd.conftest import page_text, split_name


@given("eine Arbeitsmappe mit diesen Blättern:", target_fixture="workbook")
def workbook_rows(datatable):
    sheets: dict[str, list[list[str]]] = {}
    for sheet, row in datatable[1:]:
        sheets.setdefault(sheet, []).append([cell.strip() for cell in row.split(";")])
    return sheets


@given(
    parsers.parse('in der Arbeitsmappe auf dem Blatt "{sheet}" wird "{old}" durch "{new}" ersetzt')
)
@when(
    parsers.parse('in der Arbeitsmappe auf dem Blatt "{sheet}" "{old}" durch "{new}" ersetzt wird')
)
def replace_cell(workbook, sheet, old, new):
    workbook[sheet] = [[new if cell == old else cell for cell in row] for row in workbook[sheet]]


def _upload(client, workbook, tmp_path):
    book = Workbook()
    book.remove(book.active)
    for title, rows in workbook.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "umzug.xlsx"
    book.save(path)
    response = client.post(
        "/admin/import", files={"file": ("umzug.xlsx", path.read_bytes())}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    return response.headers["location"]


@when("die Administration die Arbeitsmappe hochlädt")
def upload_workbook(client, workbook, tmp_path, world):
    world["import"] = _upload(client, workbook, tmp_path)
    world["response"] = client.get(world["import"])


@when("die Administration die Übernahme bestätigt")
def confirm_import(client, world):
    world["response"] = client.post(world["import"], data={"confirmed": "yes"})


@given("die Administration hat die Arbeitsmappe übernommen")
def imported_before(client, workbook, tmp_path, world):
    upload_workbook(client, workbook, tmp_path, world)
    confirm_import(client, world)
    assert world["response"].status_code == 200, page_text(world["response"])[:500]


@then(parsers.parse('zeigt die Vorschau "{text}"'))
def preview_shows(world, text):
    assert text in page_text(world["response"]), page_text(world["response"])[:2000]


@then(parsers.parse('die Vorschau zeigt die Spalte "{title}" als "{fills}"'))
def column_shown(world, title, fills):
    assert f"<td>{title}</td><td>{fills}</td>" in page_text(world["response"]).replace("> <", "><")


def _children_named(installation, name: str) -> int:
    with installation.db.read() as s:
        return s.scalar(
            select(func.count())
            .select_from(Person)
            .join(PersonRole, PersonRole.person_id == Person.id)
            .where(PersonRole.role == Role.CHILD, *_named(name))
        )


def _named(name: str):
    parts = split_name(name)
    return Person.first_name == parts["first_name"], Person.last_name == parts["last_name"]


@then(parsers.parse('es gibt kein Kind "{name}"'))
def no_child(installation, name):
    assert _children_named(installation, name) == 0


@then(parsers.parse('gibt es genau ein Kind "{name}"'))
def one_child(installation, name):
    assert _children_named(installation, name) == 1


@then(parsers.parse('"{child}" wird von "{childminder}" ab dem "{start}" betreut'))
def cared_for(installation, child, childminder, start):
    with installation.db.read() as s:
        kid = s.scalars(select(Person).where(*_named(child))).one()
        minder = s.scalars(select(Person).where(*_named(childminder))).one()
        found = s.scalars(select(Contract).where(Contract.child_id == kid.id)).all()
    assert [(c.childminder_id, c.valid_from) for c in found] == [(minder.id, parse_date(start))]
    assert parse_date(start) < date(2100, 1, 1)


@then(parsers.parse('"{guardian}" ist sorgeberechtigt für "{child}"'))
def guardian_of(installation, guardian, child):
    with installation.db.read() as s:
        kid = s.scalars(select(Person).where(*_named(child))).one()
        parent = s.scalars(select(Person).where(*_named(guardian))).one()
        link = s.scalars(
            select(PersonLink).where(
                PersonLink.person_id == kid.id,
                PersonLink.related_id == parent.id,
                PersonLink.kind == LinkKind.GUARDIAN,
            )
        ).one_or_none()
    assert link is not None
