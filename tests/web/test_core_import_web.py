"""Moving in on screen: upload, the preview that keeps nothing, the confirmation that
imports all or nothing, the report; a file with problems lists them and imports nothing;
only the administration may, and a waiting file is reachable by its own random name only."""

from __future__ import annotations

import io
import os
import re
import time

from openpyxl import load_workbook
from sqlalchemy import func, select

from core.imports import waiting
from core.models import Person
from tests.conftest import login

CSV = (
    "Nachname;Vorname;Geburtsdatum;PLZ;Elternteil 1 Vorname;Elternteil 1 Nachname;Lieblingsfarbe\n"
    "Wolfkind;Mia;03.05.24;59269;Eva;Wolfkind;blau\n"
    "Yilmaz;Can;01.02.2023;59269;;;grün\n"
)


def people(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


def upload(client, content: str, name: str = "kinder.csv"):
    return client.post(
        "/admin/import",
        files={"file": (name, content.encode("cp1252"), "text/csv")},
        follow_redirects=False,
    )


def test_upload_preview_confirm_and_report(client, installation):
    login(client, installation, "admin")
    before = people(installation)
    response = upload(client, CSV)
    assert response.status_code == 303
    page_url = response.headers["location"]
    assert re.fullmatch(r"/admin/import/[\w-]{20,}", page_url)
    preview = client.get(page_url)
    assert preview.status_code == 200
    text = preview.text
    assert "Vorschau: kinder.csv" in text
    assert "Geburtsdatum" in text and "nicht übernommen" in text  # Lieblingsfarbe
    assert "3 neu angelegt, 1 verknüpft" in text
    assert people(installation) == before  # looking keeps nothing
    done = client.post(page_url, data={"confirmed": "yes"})
    assert done.status_code == 200 and "Übernommen: kinder.csv" in done.text
    assert people(installation) == before + 3
    assert client.get(page_url).status_code == 404  # the file is gone once imported
    report = client.get(f"{page_url}/bericht.csv")
    assert (
        report.status_code == 200 and "umzug-bericht.csv" in report.headers["content-disposition"]
    )
    text = report.content.decode("utf-8-sig")
    assert text.splitlines()[0] == "Blatt;Zeile;Ergebnis;Was"
    assert "Kinder;2;neu angelegt;Kind Mia Wolfkind" in text
    assert "Kinder;2;verknüpft;Eva Wolfkind ist sorgeberechtigt für Mia Wolfkind" in text
    again = client.post(page_url, data={"confirmed": "yes"})
    assert again.status_code == 404 and people(installation) == before + 3


def test_a_file_with_problems_lists_them_and_imports_nothing(client, installation):
    login(client, installation, "admin")
    before = people(installation)
    page_url = upload(client, CSV.replace("03.05.24", "33.05.24")).headers["location"]
    preview = client.get(page_url)
    assert "1 Problem – nichts wird übernommen" in preview.text
    assert "Kinder, Zeile 2, Spalte C (Geburtsdatum) „33.05.24“" in preview.text
    assert "Jetzt übernehmen" not in preview.text
    forced = client.post(page_url, data={"confirmed": "yes"})
    assert forced.status_code == 422 and people(installation) == before
    dropped = client.post(f"{page_url}/drop", follow_redirects=False)
    assert dropped.status_code == 303 and client.get(page_url).status_code == 404


def test_wrong_files_are_refused_naming_the_field(client, installation):
    login(client, installation, "admin")
    assert "Bitte eine .xlsx- oder .csv-Datei." in upload(client, "x", "bild.png").text
    page_url = upload(client, "<html><table><tr><td>x</td></tr></table></html>", "a.csv")
    refused = client.get(page_url.headers["location"])
    assert refused.status_code == 422 and "Webseite (HTML)" in refused.text


def test_only_the_administration_imports_and_names_are_not_guessable(client, installation):
    login(client, installation, "staff")
    assert client.get("/admin/import").status_code == 403
    assert upload(client, CSV).status_code == 403
    login(client, installation, "admin")
    for token in ("../../etc/passwd", "abc", "x" * 22):
        assert client.get(f"/admin/import/{token}").status_code == 404


def test_a_template_filled_in_moves_in_and_its_legend_stays_out(client, installation, tmp_path):
    login(client, installation, "admin")
    assert client.get("/admin/import-templates/pets.xlsx").status_code == 404
    response = client.get("/admin/import-templates/children.xlsx")
    assert response.status_code == 200
    assert "vorlage-children.xlsx" in response.headers["content-disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Kinder", "Legende"]
    header = [c.value for c in book["Kinder"][1]]
    assert header[:3] == ["Nachname", "Vorname", "Geburtsdatum"]
    legend = [[c.value for c in row][:4] for row in book["Legende"].iter_rows()]
    assert ["Geburtsdatum", "ja", "Datum, z. B. 01.03.2024 oder 1.3.24", "03.05.2024"] in legend
    book["Kinder"].append(["Wolfkind", "Mia", "03.05.24"])
    path = tmp_path / "kinder.xlsx"
    book.save(path)
    page_url = client.post(
        "/admin/import", files={"file": ("kinder.xlsx", path.read_bytes())}, follow_redirects=False
    ).headers["location"]
    preview = client.get(page_url)
    assert preview.status_code == 200 and "1 Zeile: 1 neu angelegt" in preview.text


def test_files_left_waiting_are_swept_after_a_day(client, installation):
    login(client, installation, "admin")
    page_url = upload(client, CSV).headers["location"]
    data_dir = installation.settings.data_dir
    token = page_url.rsplit("/", 1)[1]
    kept = sorted(p.name for p in waiting.folder(data_dir).glob(f"{token}.*"))
    assert kept == [f"{token}.csv", f"{token}.name"]
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in waiting.folder(data_dir).glob("*"))
    assert waiting.sweep(data_dir) == 0  # not yet a day old
    day_ago = time.time() - 25 * 3600
    for path in waiting.folder(data_dir).glob(f"{token}.*"):
        os.utime(path, (day_ago, day_ago))
    assert waiting.sweep(data_dir) == 2
    assert client.get(page_url).status_code == 404
