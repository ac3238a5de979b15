"""`tagwerk payments calc` and `tagwerk payments rates check` work as the README says: on a
machine with nothing set up, as a real process, with German errors and no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
BEISPIEL = ROOT / "plugins" / "payments" / "rates" / "presets" / "beispiel.toml"
CASE = ROOT / "tests" / "data" / "case-beispiel.json"
PER_DAY = ROOT / "tests" / "data" / "rates-per-day.toml"


def tagwerk(tmp_path, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "TAGWERK_DATABASE_URL": f"sqlite:///{tmp_path / 'nie-angelegt.db'}"}
    env.pop("TAGWERK_PLUGINS", None)
    return subprocess.run(
        [sys.executable, "-m", "core.cli.main", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_hook_offline_commands_calc_runs_before_any_database_exists(tmp_path):
    done = tagwerk(
        tmp_path,
        "payments",
        "calc",
        "--rates",
        str(BEISPIEL),
        "--case",
        str(CASE),
        "--json",
    )
    assert done.returncode == 0, done.stderr
    statement = json.loads(done.stdout)
    assert statement["total"] == "2088.56"
    assert statement["lines"][0]["amount"] == "445.99"
    assert not (tmp_path / "nie-angelegt.db").exists()  # no database left behind
    table = tagwerk(tmp_path, "payments", "calc", "--rates", str(BEISPIEL), "--case", str(CASE))
    assert table.returncode == 0 and "2.088,56" in table.stdout


def test_rates_check_accepts_a_preset_and_names_its_periods(tmp_path):
    done = tagwerk(tmp_path, "payments", "rates", "check", "duesseldorf-2015")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Düsseldorf 2015: in Ordnung, 1 Zeitraum/Zeiträume.")
    assert "8 Stundenstufen" in done.stdout
    per_day = tagwerk(tmp_path, "payments", "rates", "check", str(PER_DAY))
    assert per_day.returncode == 0, per_day.stderr
    assert "4 Stundenstufen je Betreuungstag" in per_day.stdout


def test_a_typo_in_a_rate_file_is_one_german_line_and_exit_code_2(tmp_path):
    typo = tmp_path / "kreis.toml"
    typo.write_text(
        BEISPIEL.read_text(encoding="utf-8").replace("monthly_factor", "monthly_faktor", 1),
        encoding="utf-8",
    )
    done = tagwerk(tmp_path, "payments", "rates", "check", str(typo))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "Fehler: kreis.toml, Zeitraum 1: unbekannter Schlüssel 'monthly_faktor' in period "
        "– gemeint ist wohl 'monthly_factor'."
    )
    assert "Traceback" not in done.stderr


def test_a_bad_case_file_is_named_not_a_traceback(tmp_path):
    case = tmp_path / "fall.json"
    data = json.loads(CASE.read_text(encoding="utf-8"))
    data["contracts"][0]["hours"] = {"mon": "8"}
    case.write_text(json.dumps(data), encoding="utf-8")
    done = tagwerk(tmp_path, "payments", "calc", "--rates", str(BEISPIEL), "--case", str(case))
    assert done.returncode == 2
    assert "hours: unbekannte Angabe 'mon' – gemeint ist wohl 'mo'." in done.stderr
    assert "Traceback" not in done.stderr
