"""`tagwerk import`: the preview, the import, the same file again, and a file with problems
– exit code 2, German messages naming sheet, row, column and value, nothing imported."""

from __future__ import annotations

from sqlalchemy import func, select

from core.models import Person
from tests.db.test_core_cli import cli  # noqa: F401 - the fixture

CSV = (
    "Nachname;Vorname;Geburtsdatum;PLZ;Elternteil 1 Vorname;Elternteil 1 Nachname\n"
    "Wolfkind;Mia;03.05.24;59269;Eva;Wolfkind\n"
    "Yilmaz;Can;01.02.2023;59269;;\n"
)


def people(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_preview_import_and_again(cli, installation, tmp_path):  # noqa: F811
    path = tmp_path / "kinder.csv"
    path.write_text(CSV, encoding="cp1252")
    before = people(installation)
    preview = cli("import", str(path), "--dry-run")
    assert preview.exit_code == 0, preview.output
    assert "Vorschau ohne Fehler (2 Zeilen): 3 neu angelegt, 1 verknüpft." in preview.output
    assert people(installation) == before
    done = cli("import", str(path))
    assert "Übernommen (2 Zeilen): 3 neu angelegt, 1 verknüpft." in done.output
    assert people(installation) == before + 3
    again = cli("import", str(path))
    assert "Übernommen (2 Zeilen): 3 schon vorhanden." in again.output
    assert people(installation) == before + 3


def test_a_file_with_problems_imports_nothing_and_exits_with_2(cli, installation, tmp_path):  # noqa: F811
    path = tmp_path / "kinder.csv"
    path.write_text(CSV.replace("03.05.24", "33.05.24"))
    before = people(installation)
    result = cli("import", str(path), "--sheet", "children")
    assert result.exit_code == 2
    assert (
        "Fehler: Kinder, Zeile 2, Spalte C (Geburtsdatum) „33.05.24“: Geburtsdatum: '33.05.24' "
        "ist kein gültiges Datum (TT.MM.JJJJ)." in result.output
    )
    assert "Nichts übernommen: 1 Problem(e) in 2 Zeilen." in result.output
    assert people(installation) == before
    wrong = cli("import", str(path), "--sheet", "kinder")
    assert wrong.exit_code == 2 and "--sheet: eine von childminders, children, contracts" in (
        wrong.output
    )
