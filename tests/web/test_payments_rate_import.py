"""Importing a rate table on the screen: a preview shows what is added, replaced and
changed; nothing is saved before confirming; an own file with a typo is refused naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from plugins.payments import models
from plugins.payments.rates import ratefile
from tests.conftest import csrf_of, login


@pytest.fixture
def finance(client, installation):
    installation.enable("payments")
    return login(client, installation, "finance")


def stored(installation) -> int:
    with installation.db.read() as s:
        return s.scalar(select(func.count()).select_from(models.RatePeriod))


def post(client, data=None, files=None):
    return client.post(
        "/payments/rates/import",
        data={"csrf_token": csrf_of(client), **(data or {})},
        files=files,
        follow_redirects=False,
    )


def test_a_preset_is_previewed_then_saved_on_confirming(finance, installation):
    preview = post(finance, {"preset": "beispiel"})
    assert preview.status_code == 200
    assert "Vorschau: Beispiel (fiktiv)" in preview.text
    assert "alle Sätze kommen neu hinzu" in preview.text
    assert stored(installation) == 0  # the preview saved nothing
    done = post(finance, {"preset": "beispiel", "confirm": "1"})
    assert done.status_code == 303 and stored(installation) == 2


def test_an_own_file_shows_each_changed_rate_against_the_stored_period(finance, installation):
    post(finance, {"preset": "beispiel", "confirm": "1"})
    text = (
        ratefile.presets()["beispiel"]
        .read_text(encoding="utf-8")
        .replace(
            '{ component = "foerderleistung", level = "ue300", age = "u3", rate = "5.45" }',
            '{ component = "foerderleistung", level = "ue300", age = "u3", rate = "5,60" }',
        )
    )
    text = text.replace('hours = "20"', 'hours = "25"')
    files = {"file": ("kreis.toml", text.encode(), "text/plain")}
    preview = post(finance, {"replace": "on"}, files)
    assert preview.status_code == 200
    page = " ".join(preview.text.replace("\xa0", " ").split())
    assert "<td>foerderleistung / ue300 / u3</td><td>5,45 €</td><td>5,60 €</td>" in page
    assert "<td>eingewoehnung.hours</td><td>20</td><td>25</td>" in page
    assert "Ersetzt: Beispiel (fiktiv)" in page
    assert stored(installation) == 2
    # the confirmation carries the file's text, not the upload
    confirm = post(
        finance, {"replace": "on", "confirm": "1", "toml": text, "filename": "kreis.toml"}
    )
    assert confirm.status_code == 303
    with installation.db.read() as s:
        bodies = [p.body for p in s.scalars(select(models.RatePeriod))]
    assert any(
        r.get("rate") == "5,60"
        for body in bodies
        for r in body["rates"]
        if r.get("level") == "ue300"
    )


def test_an_own_file_with_a_typo_is_refused_naming_file_and_key(finance, installation):
    text = ratefile.presets()["beispiel"].read_text(encoding="utf-8")
    files = {"file": ("kreis.toml", text.replace("monthly_factor", "monthly_faktor").encode())}
    refused = post(finance, {}, files)
    assert refused.status_code == 422
    assert "kreis.toml, Zeitraum 1: unbekannter Schlüssel" in refused.text
    assert "gemeint ist wohl" in refused.text
    assert stored(installation) == 0


def test_an_overlap_without_replacing_is_refused_at_confirming(finance, installation):
    post(finance, {"preset": "beispiel", "confirm": "1"})
    preview = post(finance, {"preset": "beispiel"})
    assert "zum Übernehmen „Überschneidende Zeiträume ersetzen“ wählen" in preview.text
    refused = post(finance, {"preset": "beispiel", "confirm": "1"})
    assert refused.status_code == 422 and "überschneidet sich" in refused.text
    assert stored(installation) == 2


def test_a_file_too_large_or_not_utf8_is_refused(finance):
    big = post(finance, {}, {"file": ("gross.toml", b"#" * (256 * 1024 + 1))})
    assert big.status_code == 422 and "größer als 256 KB" in big.text
    latin = post(finance, {}, {"file": ("alt.toml", "name = 'Düren'".encode("latin-1"))})
    assert latin.status_code == 422 and "nicht UTF-8" in latin.text


def test_importing_the_same_table_again_shows_no_change(finance):
    post(finance, {"preset": "beispiel", "confirm": "1"})
    again = post(finance, {"preset": "beispiel", "replace": "on"})
    assert again.text.count("Keine Änderung gegenüber Beispiel (fiktiv).") == 2


def test_the_preview_lists_bands_per_day_with_their_edges(finance, installation):
    text = (Path(__file__).parents[1] / "data" / "rates-per-day.toml").read_bytes()
    preview = post(finance, {}, {"file": ("tage.toml", text, "text/plain")})
    assert preview.status_code == 200
    page = " ".join(preview.text.replace("\xa0", " ").split())
    assert "<caption>Stundenstufen</caption>" in page
    assert "<td>t2</td><td>1 bis 2 Std. täglich</td><td>ab 1 bis 2 Std./Tag</td>" in page
    assert (
        "<td>t6</td><td>über 4 bis unter 6 Std. täglich</td><td>über 4 bis unter 6 Std./Tag</td>"
        in page
    )
    assert "<td>t10</td><td>6 bis 10 Std. täglich</td><td>ab 6 bis 10 Std./Tag</td>" in page
    assert stored(installation) == 0


def test_an_own_file_with_contradictory_edges_is_refused_naming_band_and_keys(
    finance, installation
):
    text = (Path(__file__).parents[1] / "data" / "rates-per-day.toml").read_text(encoding="utf-8")
    text = text.replace('per = "day", below = "6"', 'per = "day", below = "6", up_to = "6"')
    refused = post(finance, {}, {"file": ("tage.toml", text.encode(), "text/plain")})
    assert refused.status_code == 422
    page = " ".join(refused.text.replace("\xa0", " ").split())
    assert "tage.toml, Zeitraum 1, hour_bands Nr. 3: hour_bands: &#39;up_to&#39; und" in page
    assert stored(installation) == 0
