"""Installation settings: rules that differ by Land or agency, with defaults from hooks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import letterhead
from core.errors import PluginError, ValidationError
from core.i18n import N_, gettext_
from core.mail import checked_address
from core.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    default: object
    kind: type = str  # int, str, bool
    choices: tuple[str, ...] = ()
    # for text: returns the value to store or raises ValueError with a German message
    check: Callable[[str, str], str] | None = None
    section: str = ""  # a group of the settings page ("letterhead"); "logo" is an upload

    def parse(self, raw: object) -> object:
        if self.choices and str(raw) not in self.choices:
            raise ValidationError(
                {
                    self.key: gettext_("{label}: '{raw}' ist nicht zulässig ({value}).").format(
                        label=self.label, raw=raw, value=", ".join(self.choices)
                    )
                }
            )
        if self.kind is bool:
            return raw in (True, "1", "true", "on", "ja")
        if self.kind is int:
            try:
                return int(raw)
            except (TypeError, ValueError):
                message = gettext_("{label}: bitte eine ganze Zahl angeben.").format(
                    label=self.label
                )
                raise ValidationError({self.key: message}) from None
        if self.check is not None and str(raw).strip():
            try:
                return self.check(str(raw), gettext_(self.label))
            except ValueError as exc:
                raise ValidationError({self.key: str(exc)}) from None
        return str(raw).strip() if self.check is not None else str(raw)


def _letterhead(key: str, label: str, check=None) -> SettingSpec:
    return SettingSpec(f"core.letterhead.{key}", label, "", check=check, section="letterhead")


LETTERHEAD_SETTINGS = [
    _letterhead("department", N_("Abteilung oder Fachdienst")),
    _letterhead("street", N_("Straße und Hausnummer")),
    _letterhead("postal_code", N_("PLZ"), letterhead.postal_code),
    _letterhead("city", N_("Ort")),
    _letterhead("phone", N_("Telefon")),
    _letterhead("email", N_("E-Mail für Rückfragen"), checked_address),
    _letterhead("website", N_("Website"), letterhead.website),
    _letterhead("contact", N_("Ansprechperson")),
    _letterhead("bank", N_("Bank")),
    _letterhead("iban", N_("IBAN"), letterhead.iban),
    _letterhead("signature", N_("Unterschriftszeile (z. B. „Im Auftrag, Anna Schulte“)")),
    _letterhead("appeal_authority", N_("Widerspruch ist zu richten an (Behörde mit Anschrift)")),
    SettingSpec(letterhead.LOGO_KEY, N_("Logo"), "", section="logo"),
]


def _site_url(raw: str, label: str) -> str:
    """The address links in mails start with: a scheme and a host, nothing after a path."""
    parts = urlsplit(raw.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise ValueError(
            gettext_("{label}: eine Adresse wie https://tagwerk.beckum.de angeben.").format(
                label=label
            )
        )
    return raw.strip().rstrip("/")


CORE_SETTINGS = [
    SettingSpec(
        "core.state",
        N_("Bundesland (für Feiertage, Kürzel wie NW)"),
        "NW",
        choices=tuple(holidays.Germany.subdivisions),
    ),
    SettingSpec("core.agency_name", N_("Name des Trägers"), "Kindertagespflege"),
    *LETTERHEAD_SETTINGS,
    SettingSpec(
        "core.mail_sender",
        N_("E-Mail-Absender (Adresse, von der Tagwerk Nachrichten sendet)"),
        "",
        check=checked_address,
    ),
    SettingSpec(
        "core.mail_reply_to",
        N_("Antworten an (E-Mail-Adresse für Rückfragen, leer: an den Absender)"),
        "",
        check=checked_address,
    ),
    SettingSpec("core.max_children_default", N_("Gleichzeitig betreute Kinder (Standard)"), 5, int),
    SettingSpec(
        "core.max_contracts", N_("Höchstzahl laufender Verträge je Tagespflegeperson"), 8, int
    ),
    SettingSpec(
        "core.large_group_max_children", N_("Kinder je Großtagespflege (Standard)"), 9, int
    ),
    SettingSpec("core.max_weekly_hours", N_("Höchste Wochenstunden je Vertrag"), 60, int),
    SettingSpec(
        "core.session_idle_minutes",
        N_("Anmeldung endet nach … Minuten ohne Nutzung"),
        120,
        int,
    ),
    SettingSpec(
        "core.session_absolute_hours", N_("Anmeldung endet spätestens nach … Stunden"), 12, int
    ),
    SettingSpec(
        "core.site_url",
        N_("Adresse von Tagwerk für Links in E-Mails (z. B. https://tagwerk.beckum.de)"),
        "",
        check=_site_url,
    ),
    SettingSpec(
        "core.portal_invite_days",
        N_("Einladungslink zum Portal gilt … Tage"),
        14,
        int,
    ),
    SettingSpec(
        "core.portal_notify",
        N_("Meldungen aus dem Portal (Krankheit, Urlaub) an (E-Mail-Adresse, leer: keine)"),
        "",
        check=checked_address,
    ),
    SettingSpec(
        "core.upload_max_kb",
        N_("Hochgeladene Nachweise: höchstens … KB je Datei (bis 15360)"),
        10240,
        int,
    ),
    SettingSpec(
        "core.virus_scan",
        N_("Virenprüfung hochgeladener Dateien (clamav: mit ClamAV, wo installiert; off: keine)"),
        "clamav",
        choices=("clamav", "off"),
    ),
    SettingSpec(
        "core.retention_years",
        N_("Aufbewahrung: personenbezogene Daten löschen … Jahre nach Ende der Betreuung"),
        3,
        int,
    ),
    SettingSpec(
        "core.purge_nightly",
        N_("Nachts automatisch löschen, wessen Aufbewahrungsfrist abgelaufen ist"),
        False,
        bool,
    ),
]


class InstallationSettings:
    """Reads settings with their declared defaults; one query per lookup batch. Built once
    per kernel (`Kernel.settings`); code reads it through `settings_of(session)` or `setting`."""

    def __init__(self, specs: list[SettingSpec]):
        self.specs: dict[str, SettingSpec] = {}
        for spec in specs:
            if spec.key in self.specs:
                raise PluginError(
                    gettext_("Die Einstellung '{key}' wird doppelt deklariert.").format(
                        key=spec.key
                    )
                )
            self.specs[spec.key] = spec

    def get(self, session: Session, key: str) -> object:
        spec = self.specs[key]
        stored = session.get(Setting, key)
        return spec.default if stored is None else stored.value

    def many(self, session: Session, *keys: str) -> list[object]:
        """Several settings in one query (for lookups on every request)."""
        stored = {
            s.key: s.value for s in session.scalars(select(Setting).where(Setting.key.in_(keys)))
        }
        return [stored.get(k, self.specs[k].default) for k in keys]

    def all(self, session: Session) -> dict[str, object]:
        stored = {s.key: s.value for s in session.scalars(select(Setting))}
        return {k: stored.get(k, spec.default) for k, spec in self.specs.items()}

    def set(self, session: Session, key: str, raw: object) -> None:
        if key not in self.specs:
            raise ValidationError(
                {key: gettext_("Unbekannte Einstellung '{key}'.").format(key=key)}
            )
        value = self.specs[key].parse(raw)
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


def kernel_of(session: Session):
    """The kernel (enabled modules and what they declare) of this session's installation."""
    kernel = session.info.get("kernel")
    if kernel is None:
        installation = session.info.get("installation")
        if installation is None:
            raise RuntimeError("Diese Sitzung gehört zu keiner Installation.")
        kernel = session.info["kernel"] = installation.kernel()
    return kernel


def settings_of(session: Session) -> InstallationSettings:
    """The settings of the installation this session belongs to, with the defaults its
    enabled modules declare – the one way to read a setting."""
    return kernel_of(session).settings


def setting(session: Session, key: str) -> object:
    return settings_of(session).get(session, key)
