"""`tagwerk settings list|get|set`: finance is set up from the shell with the checks of the
settings page; a typo, a bad IBAN or a disabled module is one German line and exit code 2."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from core.cli.main import main
from core.settings import settings_of


@pytest.fixture
def cli(installation, tmp_path):
    installation.enable("payments")
    env = {
        "TAGWERK_DATABASE_URL": installation.settings.database_url,
        "TAGWERK_DATA_DIR": str(tmp_path),
        "TAGWERK_SECRET_KEY": "x",
        "TAGWERK_PLUGINS": "",
    }

    def run(*args):
        return CliRunner().invoke(main, list(args), env=env)

    return run


def test_finance_is_set_up_without_the_browser(cli, installation):
    done = cli("settings", "set", "payments.debtor_iban", "DE89 3704 0044 0532 0130 00")
    assert done.exit_code == 0, done.output
    assert done.output.startswith("IBAN des auszahlenden Kontos, falls abweichend vom Briefkopf:")
    assert cli("settings", "set", "payments.debtor_name", "Stadt Beckum").exit_code == 0
    assert cli("settings", "get", "payments.debtor_name").output == "Stadt Beckum\n"
    with installation.db.read() as s:
        assert settings_of(s).get(s, "payments.debtor_name") == "Stadt Beckum"
    listing = cli("settings", "list").output
    assert "* payments.debtor_name = Stadt Beckum" in listing
    assert "  core.state = NW" in listing  # the default, unmarked
    assert "core.letterhead.logo" not in listing


def test_a_bad_value_is_refused_and_nothing_is_stored(cli, installation):
    bad = cli("settings", "set", "core.letterhead.iban", "DE00 1234")
    assert bad.exit_code == 2
    assert "IBAN" in bad.output and "ungültig" in bad.output and "Traceback" not in bad.output
    number = cli("settings", "set", "core.max_contracts", "acht")
    assert number.exit_code == 2 and "bitte eine ganze Zahl angeben" in number.output
    with installation.db.read() as s:
        assert settings_of(s).get(s, "core.max_contracts") == 8


def test_an_unknown_key_suggests_the_nearest_one(cli):
    typo = cli("settings", "get", "payments.debtor_ibn")
    assert typo.exit_code == 2
    assert typo.output.strip() == (
        "Fehler: Unbekannte Einstellung 'payments.debtor_ibn'. "
        "Gemeint ist wohl 'payments.debtor_iban'."
    )


def test_a_key_of_a_disabled_module_says_so(cli):
    result = cli("settings", "set", "qhb_training.anything", "1")
    assert result.exit_code == 2
    assert "gehört zum Modul 'qhb_training', das nicht aktiviert ist" in result.output


def test_the_logo_stays_an_upload(cli):
    result = cli("settings", "set", "core.letterhead.logo", "data:image/png;base64,AAAA")
    assert result.exit_code == 2 and "Seite Einstellungen hochgeladen" in result.output
