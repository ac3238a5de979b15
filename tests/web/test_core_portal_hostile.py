"""The hostile-input corpus against the portal's forms, as the childminder herself and as
a stranger on its public pages: nothing crashes, a refusal changes no table, and nothing
injected comes back unescaped."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.conftest import csrf_of
from tests.web.test_core_hostile_input import (
    CORPUS,
    IMG,
    XSS,
    Tables,
    attackable,
    page_forms,
    submit,
)

PAGES = [
    "/portal/",
    "/portal/absences",
    "/payments/portal/proofs",
    "/qhb_training/portal/certificates",
    "/placement/portal/",
]


def _attack(client: TestClient, forms: list[dict], tables: Tables) -> list[str]:
    problems = []
    for form in forms:
        for name in attackable(form):
            for label, payload in CORPUS.items():
                before = tables.counts()
                response = submit(client, form, name, payload)
                where = f"{form['action']} {name}={label}: {response.status_code}"
                if response.status_code >= 500:
                    problems.append(where + " (crash)")
                elif response.status_code >= 400 and tables.counts() != before:
                    problems.append(where + " (refused, but tables changed)")
                if XSS in response.text or IMG in response.text:
                    problems.append(where + " (unescaped)")
    return problems


def test_hostile_input_into_the_portal(app, installation, two):  # noqa: F811
    installation.enable("payments")
    installation.enable("qhb_training")
    installation.enable("placement")
    clients, _jana, _petra = two
    jana = clients["jana"]
    tables = Tables(installation)
    forms = [f for url in PAGES for f in page_forms(jana, url) if attackable(f)]
    assert {f["action"].split("//", 1)[-1].split("/", 1)[-1] for f in forms} >= {
        "portal/absences",
        "payments/portal/proofs",
        "qhb_training/portal/certificates",
        "placement/portal/",
    }
    problems = _attack(jana, forms, tables)
    stranger = TestClient(app, follow_redirects=False)
    stranger.headers["X-CSRF-Token"] = csrf_of(stranger)
    problems += _attack(stranger, page_forms(stranger, "/portal/reset"), tables)
    for url in [*PAGES, "/portal/absences?kind=vacation"]:
        text = jana.get(url).text
        if XSS in text or IMG in text:
            problems.append(f"{url} shows an injected tag unescaped")
    assert problems == [], "\n".join(problems)
