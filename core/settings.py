"""Installation settings: rules that differ by Land or agency, with defaults from hooks.

This is the machinery only; each package and module declares its own settings beside its
code and hands them to the kernel through the hook `setting_specs`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import PluginError, ValidationError
from core.i18n import gettext_
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
