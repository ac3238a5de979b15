"""Every main screen answers on the demo agency with all modules on (as `make run` shows it)."""

from __future__ import annotations

import re
import tomllib

from sqlalchemy import JSON, MetaData, String, Text, select

from plugins.payments.rates import ratefile
from tests.bdd.conftest import visible
from tests.conftest import login
from tests.demo_screens import PUBLIC_URLS, demo_agency


def test_main_screens_render_with_demo_data(client, installation):
    urls = demo_agency(installation)
    login(client, installation, "admin")
    for url in urls + PUBLIC_URLS:
        page = client.get(url)
        assert page.status_code == 200, (url, page.text[:300])
        assert "Traceback" not in page.text


def test_dashboard_shows_what_a_coordinator_looks_at_first(client, installation):
    demo_agency(installation)
    login(client, installation, "admin")
    page = visible(client.get("/"))
    for expected in (
        "Kinder in Betreuung",
        "offene Vertretungsbedarfe in dieser Woche",
        "Nachweise oder Fristen überfällig",
        ": Entwurf, 47 Bescheide,",
        "Elternbeirat",
    ):
        assert expected in page, expected
    html = client.get("/").text
    assert html.count("<rect") == 12  # one column per month of the last year
    assert 'role="img"' in html and "Kinder in Betreuung, jeweils am Monatsersten" in html


# Words only German UI text uses. What the agency typed (names, course titles, agendas) stays
# German in every language, so stored texts are taken out of the page before looking.
GERMAN_WORDS = re.compile(
    r"\b(und|oder|nicht|keine?|bitte|Bitte|mit|für|vom|zum|zur|noch|schon|wird|werden|"
    r"sind|ist|der|die|das|des|dem|den|ein|eine|einen|bis|ab|je|pro|seit|alle|neu|"
    r"anlegen|bearbeiten|löschen|speichern|Speichern|Abbrechen|Zurück|Übersicht)\b"
)


def stored_texts(installation) -> list[str]:
    """Every text in the database, longest first: the data a page shows besides its UI."""
    metadata = MetaData()
    found: set[str] = set()

    def collect(value):
        if isinstance(value, str):
            for part in [value, *value.splitlines()]:
                part = re.sub(r"\s+", " ", part).strip()
                if len(part) >= 4:
                    found.add(part)
        elif isinstance(value, dict | list | tuple):
            for item in value.values() if isinstance(value, dict) else value:
                collect(item)

    with installation.db.read() as s:
        metadata.reflect(bind=s.get_bind())
        for table in metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text | JSON)]
            for row in s.execute(select(*columns)) if columns else ():
                for value in row:
                    collect(value)
    for preset in ratefile.presets().values():  # shipped rate tables with their German sources
        collect(tomllib.loads(preset.read_text()))
    for text in installation.kernel().texts.values():  # letters are German documents
        collect([text.intro, text.closing, *(str(v) for v in text.sample.values())])
    return sorted(found, key=len, reverse=True)


def test_english_screens_have_no_german_leftovers(client, installation):
    urls = [url for url in demo_agency(installation) if url not in PUBLIC_URLS]
    data = stored_texts(installation)
    login(client, installation, "admin")
    client.post("/account", data={"locale": "en"})
    leftovers = {}
    for url in urls:
        text = visible(client.get(url))
        for value in data:
            text = text.replace(value, " ")
        if found := [
            text[max(0, m.start() - 40) : m.end() + 40] for m in GERMAN_WORDS.finditer(text)
        ]:
            leftovers[url] = found
    assert leftovers == {}
