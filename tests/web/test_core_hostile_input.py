"""Hostile input against every form of the demo agency: script and SQL injection, path
traversal, overlong text, wrong types, impossible dates, NUL bytes, missing CSRF tokens.

The forms are read from the pages themselves, so a new form is attacked the day it appears.
Nothing may crash (5xx), a refused request changes no table, and no page ever shows an
injected tag unescaped.
"""

from __future__ import annotations

import re
import secrets
from html.parser import HTMLParser
from urllib.parse import urljoin

from sqlalchemy import MetaData, String, Text, func, literal, select, union_all
from starlette.testclient import TestClient

from tests.conftest import login
from tests.demo_screens import PUBLIC_URLS, demo_agency

XSS = '<script>alert("tagwerk")</script>'
IMG = '"><img src=x onerror=alert(1)>'
CORPUS = {  # markup and injections travel together: a field that escapes one escapes both
    "markup": XSS + IMG,
    "sql and path": "' OR 1=1; DROP TABLE core_person; -- ../../../../etc/passwd",
    "overlong": "x" * 100_000,
    "nul": "Anna\x00Berta",
    "type": "zwölf",
    "date": "31.02.2026",
    "number": "1e999",
    "digits": "²" + "9" * 5000,  # isdigit() says yes, int() says no
}
# What the database itself answers (NUL, overlong text, numbers, dates, SQL): these run on
# PostgreSQL too; escaping markup and reading words as numbers happen before any database
# and are shown on SQLite alone, which keeps the longest test of the suite a minute shorter.
DATABASE_PAYLOADS = ("sql and path", "overlong", "nul", "date", "number", "digits")
# Never stored, whatever the field: NUL is refused for every form, overlong text by every
# field that keeps text (a field the action ignores may let it pass unused).
NEVER_STORED = {"overlong", "nul"}
# Forms that end something for good: attacked too, but last, so the others find their data.
FINAL = re.compile(r"/(delete|discard|finalise|close|letters|withdraw|form-council)\b")


class Forms(HTMLParser):
    """The POST forms of a page: action, enctype and fields with their current values."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method", "get").lower() == "post":
            self._form = {
                "action": a.get("action", ""),
                "enctype": a.get("enctype", ""),
                "fields": {},
            }
            self.forms.append(self._form)
        if self._form is None:
            return
        fields = self._form["fields"]
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                fields.setdefault(a["name"], (kind, None))
            elif kind not in ("submit", "button"):
                fields[a["name"]] = (kind, a.get("value", ""))
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            fields[self._select] = ("select", None)
        elif tag == "option" and self._select:
            kind, value = fields[self._select]
            if value is None or "selected" in a:
                fields[self._select] = (kind, a.get("value", ""))
        elif tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            fields[self._textarea] = ("textarea", "")

    def handle_data(self, data):
        if self._form is not None and self._textarea:
            self._form["fields"][self._textarea] = ("textarea", data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def page_forms(client: TestClient, url: str) -> list[dict]:
    parser = Forms()
    parser.feed(client.get(url).text)
    for form in parser.forms:
        form["action"] = urljoin(url, form["action"] or url)
    return parser.forms


class Tables:
    """Every table's row count and the longest stored text, each read in one query."""

    # a refused code is counted, and reading a child's page is logged, on purpose
    IGNORED = {"core_failed_attempt", "core_audit"}

    def __init__(self, installation):
        self.db = installation.db
        metadata = MetaData()
        with self.db.read() as s:
            metadata.reflect(bind=s.get_bind())
        tables = [t for t in metadata.sorted_tables if t.name not in self.IGNORED]
        self.count_query = union_all(
            *(
                select(literal(t.name).label("t"), func.count().label("n")).select_from(t)
                for t in tables
            )
        )
        texts = [c for t in tables for c in t.columns if isinstance(c.type, String | Text)]
        self.longest_query = select(
            func.max(
                union_all(*(select(func.max(func.length(c)).label("n")) for c in texts))
                .subquery()
                .c.n
            )
        )

    def counts(self) -> dict[str, int]:
        with self.db.read() as s:
            return dict(s.execute(self.count_query).all())

    def longest_text(self) -> int:
        with self.db.read() as s:
            return s.scalar(self.longest_query) or 0


def attackable(form: dict) -> list[str]:
    return [
        name
        for name, (kind, _) in form["fields"].items()
        if name != "csrf_token" and kind not in ("hidden", "checkbox", "radio", "file")
    ]


def submit(client: TestClient, form: dict, name: str, payload: str):
    data = {k: v for k, (kind, v) in form["fields"].items() if v is not None}
    data[name] = payload
    if "form_once" in data:  # as from a freshly rendered form, so every post is checked
        data["form_once"] = secrets.token_urlsafe(24)
    if form["enctype"] == "multipart/form-data":
        files = {
            k: ("x.toml", payload.encode(), "text/plain")
            for k, (kind, _) in form["fields"].items()
            if kind == "file"
        }
        return client.post(form["action"], data=data, files=files or None, follow_redirects=False)
    return client.post(form["action"], data=data, follow_redirects=False)


def test_hostile_input_never_crashes_half_writes_or_reaches_a_page_unescaped(client, installation):
    urls = demo_agency(installation)
    login(client, installation, "admin")
    forms, seen = [], set()
    for url in urls + [
        "/persons/new",
        "/contracts/new",
        "/absences/new",
        "/substitute_hub/providers/new",
    ]:
        for form in page_forms(client, url):
            key = re.sub(r"\d+", "N", form["action"]) + "|" + ",".join(sorted(form["fields"]))
            if key not in seen and attackable(form):
                seen.add(key)
                forms.append(form)
    forms.sort(key=lambda f: bool(FINAL.search(f["action"])))
    assert len(forms) > 30

    tables = Tables(installation)
    corpus = CORPUS
    if installation.db.engine.dialect.name != "sqlite":
        corpus = {label: CORPUS[label] for label in DATABASE_PAYLOADS}
    problems, tried, before = [], 0, None
    for form in forms:
        for name in attackable(form):
            for label, payload in corpus.items():
                before = before or tables.counts()  # unchanged since the last refusal
                response = submit(client, form, name, payload)
                tried += 1
                where = f"{form['action']} {name}={label}: {response.status_code}"
                if response.status_code >= 500:
                    problems.append(where + " (crash)")
                    before = None
                elif response.status_code >= 400:
                    after = tables.counts()
                    if after != before:
                        problems.append(where + " (refused, but tables changed)")
                    before = after
                else:
                    before = None
                    if label in NEVER_STORED and (
                        label == "nul" or tables.longest_text() >= 100_000
                    ):
                        problems.append(where + " (stored)")
                if XSS in response.text or IMG in response.text:
                    problems.append(where + " (unescaped)")
    for url in urls + PUBLIC_URLS:  # what was accepted is shown escaped everywhere
        text = client.get(url).text
        if XSS in text or IMG in text:
            problems.append(f"{url} shows an injected tag unescaped")
    print(f"{tried} hostile inputs into {len(forms)} forms")
    assert tried > 800
    assert problems == [], "\n".join(problems)


def test_every_form_refuses_a_post_without_csrf_token(client, installation):
    urls = demo_agency(installation)
    login(client, installation, "admin")
    forms = {f["action"]: f for url in urls for f in page_forms(client, url)}
    tables = Tables(installation)
    before = tables.counts()
    del client.headers["X-CSRF-Token"]
    for action, form in forms.items():
        data = {k: v for k, (_, v) in form["fields"].items() if v is not None and k != "csrf_token"}
        response = client.post(action, data=data, follow_redirects=False)
        assert response.status_code == 403, action
    assert tables.counts() == before


HOSTILE_FILES = {
    "kein TOML": b"[[curriculum]\nname = ",
    "Binärdaten": bytes(range(256)) * 50,
    "zu groß": b"# " + b"x" * 3_000_000,
    "falsche Typen": (
        b'[[curriculum]]\ncode = 1\nname = ["a"]\nkind = 7\nue = "viel"\nmodules = [1, "x"]\n'
    ),
    "Liste statt Tabellen": b"curriculum = [1, 2, 3]\n",
    "Skript im Namen": (
        '[[curriculum]]\ncode = "x1"\nname = "'
        + XSS.replace('"', '\\"')
        + '"\nkind = "continuing"\n'
        'ue = 8\nmodules = [{ title = "' + IMG.replace('"', '\\"') + '", ue = 8 }]\n'
    ).encode(),
    "überlang": (
        '[[curriculum]]\ncode = "' + "c" * 5000 + '"\nname = "' + "n" * 50_000 + '"\n'
        'kind = "continuing"\nue = 8\n'
    ).encode(),
}


def test_hostile_curriculum_files_are_refused_or_stored_harmlessly(client, installation):
    installation.enable("qhb_training")
    login(client, installation, "admin")
    tables = Tables(installation)
    for label, content in HOSTILE_FILES.items():
        before = tables.counts()
        response = client.post(
            "/qhb_training/curricula/import",
            files={"file": ("../../../etc/passwd", content, "application/toml")},
            follow_redirects=False,
        )
        assert response.status_code < 500, label
        if response.status_code >= 400:
            assert tables.counts() == before, label
            assert 'class="error' in response.text or 'role="alert"' in response.text, label
        assert XSS not in response.text and IMG not in response.text, label
    page = client.get("/qhb_training/curricula").text
    assert XSS not in page and IMG not in page
    assert tables.longest_text() < 50_000
