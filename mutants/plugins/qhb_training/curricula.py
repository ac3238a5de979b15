"""Curricula as data: the shipped TOML file and an installation's own files."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.i18n import gettext_
from plugins.qhb_training.models import CURRICULUM_KINDS, Curriculum, CurriculumModule

BUILTIN = Path(__file__).parent / "curricula" / "standard.toml"
NUMBERS = ("ue", "kita_hours", "ktpp_hours", "self_study_hours", "counts_ue")
FLAGS = ("lef", "unlocks_licence", "needs_licence", "continuing")


def parse(text: str, origin: str) -> list[dict]:
    """Curriculum records from TOML text; every problem named with its curriculum."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            gettext_("{origin}: keine gültige TOML-Datei ({exc}).").format(origin=origin, exc=exc)
        ) from None
    entries = data.get("curriculum")
    if (
        not isinstance(entries, list)
        or not entries
        or not all(isinstance(e, dict) for e in entries)
    ):
        raise ValidationError(
            gettext_("{origin}: Keine [[curriculum]]-Einträge gefunden.").format(origin=origin)
        )
    records, problems = [], []
    for n, entry in enumerate(entries, 1):
        where = f"Eintrag {n} ({entry.get('code', 'ohne code')})"
        if not entry.get("code") or not entry.get("name"):
            problems.append(gettext_("{where}: code und name sind Pflicht.").format(where=where))
            continue
        if entry.get("kind") not in CURRICULUM_KINDS:
            problems.append(
                gettext_("{where}: kind muss eines von {value} sein.").format(
                    where=where, value=", ".join(CURRICULUM_KINDS)
                )
            )
        record = {
            "code": str(entry["code"])[:40],
            "name": str(entry["name"])[:200],
            "kind": entry.get("kind"),
            "source": str(entry.get("source", "")),
        }
        for key in NUMBERS:
            value = entry.get(key, 0)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 2000:
                problems.append(
                    gettext_("{where}: {key} muss eine ganze Zahl von 0 bis 2000 sein.").format(
                        where=where, key=key
                    )
                )
            record[key] = value
        for key in FLAGS:
            record[key] = bool(entry.get(key, False))
        modules = entry.get("modules", [])
        if not isinstance(modules, list):
            modules = [modules]
        record["modules"] = [
            {"position": i, "title": str(m.get("title", ""))[:200], "ue": m.get("ue", 0)}
            if isinstance(m, dict)
            else {"position": i, "title": "", "ue": None}
            for i, m in enumerate(modules, 1)
        ]
        if any(not m["title"] or not isinstance(m["ue"], int) for m in record["modules"]):
            problems.append(
                gettext_("{where}: jeder Block braucht title und ue (ganze Zahl).").format(
                    where=where
                )
            )
        elif modules and sum(m["ue"] for m in record["modules"]) != record["ue"]:
            problems.append(
                gettext_(
                    "{where}: Die Blöcke ergeben {value} UE, das Curriculum verlangt {value2} UE."
                ).format(
                    where=where, value=sum(m["ue"] for m in record["modules"]), value2=record["ue"]
                )
            )
        records.append(record)
    if problems:
        raise ValidationError(f"{origin}: " + " ".join(problems))
    return records


def import_records(
    session: Session, records: list[dict], *, builtin: bool = False, replace: bool = False
) -> list[Curriculum]:
    """Add curricula; an existing code is kept unless `replace` (then updated in place)."""
    existing = {c.code: c for c in session.scalars(select(Curriculum))}
    added = []
    for record in records:
        record = dict(record)
        modules = record.pop("modules")
        curriculum = existing.get(record["code"])
        if curriculum is not None and not replace:
            continue
        if curriculum is None:
            curriculum = Curriculum(builtin=builtin, **record)
            session.add(curriculum)
        else:
            for key, value in record.items():
                setattr(curriculum, key, value)
            curriculum.modules.clear()
            session.flush()  # the old blocks go before the new ones take their positions
        curriculum.modules.extend(CurriculumModule(**m) for m in modules)
        added.append(curriculum)
    session.flush()
    return added


def install_builtin(session: Session) -> list[Curriculum]:
    """The shipped curricula, where the installation does not have them yet."""
    return import_records(session, parse(BUILTIN.read_text(), BUILTIN.name), builtin=True)


def all_curricula(session: Session, *, active_only: bool = False) -> list[Curriculum]:
    query = select(Curriculum).order_by(Curriculum.id)  # the order of the curricula file
    if active_only:
        query = query.where(Curriculum.active)
    return list(session.scalars(query))


def get_curriculum(session: Session, curriculum_id: int) -> Curriculum:
    curriculum = session.get(Curriculum, curriculum_id)
    if curriculum is None:
        raise NotFound(gettext_("Dieses Curriculum gibt es nicht."))
    return curriculum


def by_code(session: Session, code: str) -> Curriculum:
    curriculum = session.scalars(select(Curriculum).where(Curriculum.code == code)).first()
    if curriculum is None:
        raise NotFound(
            gettext_("Das Curriculum '{code}' gibt es in dieser Installation nicht.").format(
                code=code
            )
        )
    return curriculum


def block_plan(curriculum: Curriculum, most_ue: Decimal) -> list[tuple[int | None, Decimal]]:
    """Lessons that cover every block in full: (block, UE) of at most `most_ue` each, block by
    block, the last one of a block shorter where its UE do not divide evenly. A curriculum
    without blocks gets lessons up to its total UE."""
    blocks = [(m.id, Decimal(m.ue)) for m in curriculum.modules] or [(None, Decimal(curriculum.ue))]
    plan = []
    for module_id, ue in blocks:
        while ue > 0:
            plan.append((module_id, min(most_ue, ue)))
            ue -= most_ue
    return plan
