"""A fictional agency with realistic shape (its sizes and places: `core.demo.scales`),
deterministic from a seed, built with bulk inserts."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from faker.providers.person.de_DE import Provider as Names
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from core.demo import bulk, districts, letterhead, values
from core.demo.scales import GROUP_NAMES, LAST_NAMES, STREETS, Scale, scale_named
from core.errors import ValidationError
from core.files import virus_scan
from core.models import (
    Absence,
    AuditEntry,
    Childminder,
    ClosingDay,
    Contract,
    LargeGroup,
    Person,
    PersonDistrict,
    PersonLink,
    PersonRole,
)
from core.models.calendar import AbsenceKind
from core.models.contracts import CareType
from core.models.persons import Address, Employment, LinkKind, Role
from core.settings import settings_of


class DemoBuilder:
    def __init__(
        self,
        session: Session,
        scale: Scale,
        seed: int,
        today: date,
        progress: Callable[[str, int], None] | None = None,
    ):
        self.session, self.scale, self.today = session, scale, today
        self.rng = random.Random(seed)
        # how persons like their letters: drawn apart, so the rest of the demo stays the same
        self.letters_rng = random.Random(seed + 1)
        self.streets_rng = random.Random(seed + 2)  # Beckum's Ortsteile by street, likewise
        self.progress = progress or (lambda _label, _n: None)
        self.person_ids = bulk.Ids(session, Person)
        self.rows: dict[type, list[dict]] = {
            m: []
            for m in (
                Person,
                PersonRole,
                PersonDistrict,
                Childminder,
                PersonLink,
                Contract,
                Absence,
            )
        }
        self.areas = districts.create(session, scale.region)
        self.counts: dict[str, int] = {}

    # --- small generators ---------------------------------------------------

    def _address(self) -> dict:
        postal_code, city = self.rng.choice(self.scale.region.cities)
        street = f"{self.rng.choice(STREETS)} {self.rng.randint(1, 120)}"
        return {
            "street": districts.street_for(city, street, self.streets_rng),
            "postal_code": postal_code,
            "city": city,
        }

    def _phone(self) -> str:
        return f"{self.scale.region.area_code} {self.rng.randint(100000, 9999999)}"

    def _person(
        self,
        first: str,
        last: str,
        born: date | None,
        roles: tuple[Role, ...],
        address: dict,
        email: bool = True,
        form_of_address: Address = Address.NEUTRAL,
    ) -> int:
        pid = self.person_ids.take()
        slug = f"{first}.{last}".lower().replace(" ", "").replace("ß", "ss")
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
            slug = slug.replace(a, b)
        self.rows[Person].append(
            {
                "id": pid,
                "first_name": first,
                "last_name": last,
                "birth_date": born,
                **address,
                "phone": self._phone() if email else "",
                "email": f"{slug}{pid}@example.org" if email else "",
                "notes": "",
                **values.letters(self.letters_rng, self.today, email, form_of_address),
            }
        )
        self.rows[PersonRole].extend({"person_id": pid, "role": r} for r in roles)
        district = self.areas.district_for(address["postal_code"], address["street"])
        if district is not None:
            self.rows[PersonDistrict].append(
                {"person_id": pid, "district_id": district, "manual": False}
            )
        return pid

    def _birth(self, min_age: int, max_age: int) -> date:
        return self.today - timedelta(days=self.rng.randint(min_age * 365, max_age * 365))

    # --- the agency -----------------------------------------------------------

    def build(self) -> dict[str, int]:
        rng, s = self.rng, self.scale
        group_ids = self._large_groups()
        members_needed = [g for g in group_ids for _ in range(2)]
        childminders = []
        for i in range(s.childminders):
            female = rng.random() < 0.93
            first = rng.choice(Names.first_names_female if female else Names.first_names_male)
            address = self._address()
            pid = self._person(
                first,
                rng.choice(LAST_NAMES),
                self._birth(26, 64),
                (Role.CHILDMINDER,),
                address,
                form_of_address=Address.FRAU if female else Address.HERR,
            )
            group = members_needed[i] if i < len(members_needed) else None
            max_children = 5 if rng.random() < 0.85 else 4
            self.rows[Childminder].append(
                {
                    "person_id": pid,
                    "permit_number": f"PE-{self.today.year - rng.randint(0, 4)}-{pid:06d}",
                    "permit_valid_until": self.today + timedelta(days=rng.randint(20, 5 * 365)),
                    "max_children": max_children,
                    "employment": Employment.EMPLOYED
                    if rng.random() < 0.08
                    else Employment.SELF_EMPLOYED,
                    "iban": values.iban(rng) if rng.random() < 0.96 else "",
                    "large_group_id": group,
                }
            )
            childminders.append((pid, max_children, group, address))
            if i % 1000 == 999:
                self.progress("Tagespflegepersonen", 1000)
        self._families(childminders)
        self._absences([c[0] for c in childminders])
        self._staff()
        self._flush()
        self._closing_days()
        return self.counts

    def _large_groups(self) -> list[int]:
        ids = bulk.Ids(self.session, LargeGroup)
        rows = []
        for n in range(self.scale.large_groups):
            gid = ids.take()
            rows.append(
                {
                    "id": gid,
                    "name": f"Großtagespflege {self.rng.choice(GROUP_NAMES)} {n + 1}",
                    **self._address(),
                    "max_children": 9,
                }
            )
        if rows:
            self.session.execute(insert(LargeGroup), rows)
        self.counts["large_groups"] = len(rows)
        return [r["id"] for r in rows]

    def _families(self, childminders) -> None:
        rng = self.rng
        total = round(len(childminders) * self.scale.children_per_childminder)
        # Places: each childminder takes up to her limit; a Großtagespflege shares 9.
        places = []
        group_load: dict[int, int] = {}
        for pid, max_children, group, _ in childminders:
            for _ in range(max_children):
                places.append((pid, group))
        rng.shuffle(places)
        placed = 0
        contract_ids = bulk.Ids(self.session, Contract)
        queue = iter(places)
        while placed < total:
            surname = rng.choice(LAST_NAMES)
            address = self._address()
            guardians = [
                self._person(
                    rng.choice(Names.first_names_female),
                    surname,
                    self._birth(22, 45),
                    (Role.GUARDIAN,),
                    address,
                    form_of_address=Address.FRAU,
                )
            ]
            if rng.random() < 0.8:
                guardians.append(
                    self._person(
                        rng.choice(Names.first_names_male),
                        surname,
                        self._birth(24, 50),
                        (Role.GUARDIAN,),
                        address,
                        form_of_address=Address.HERR,
                    )
                )
            siblings = 2 if rng.random() < 0.08 else 1
            kids = []
            for _ in range(siblings):
                if placed >= total:
                    break
                place = None
                for pid, group in queue:
                    if group is not None and group_load.get(group, 0) >= 9:
                        continue
                    place = (pid, group)
                    break
                if place is None:
                    total = placed  # every place is taken
                    break
                pid, group = place
                school = rng.random() < 0.1  # older children in supplementary care
                born = (
                    self._birth(3, 9)
                    if school
                    else self.today - timedelta(days=rng.randint(240, 1030))
                )
                child = self._person(
                    rng.choice(Names.first_names_female + Names.first_names_male),
                    surname,
                    born,
                    (Role.CHILD,),
                    address,
                    email=False,
                )
                kids.append(child)
                for g in guardians:
                    self.rows[PersonLink].append(
                        {"person_id": child, "related_id": g, "kind": LinkKind.GUARDIAN}
                    )
                start = max(
                    born + timedelta(days=rng.randint(240, 420)),
                    self.today - timedelta(days=rng.randint(30, 700)),
                )
                start = start.replace(day=1)
                # until the summer the child moves on to a Kita (after its third birthday)
                third = date(born.year + 3 + (born.month >= 8), 7, 31)
                self.rows[Contract].append(
                    {
                        "id": contract_ids.take(),
                        "child_id": child,
                        "childminder_id": pid,
                        "valid_from": start,
                        "valid_to": None if school or third < start else third,
                        **{f"hours_{d}": Decimal("0") for d in ("sa", "su")},
                        **values.weekly_hours(rng),
                        "care_type": (
                            CareType.LARGE_GROUP
                            if group
                            else CareType.SUPPLEMENTARY
                            if school
                            else CareType.REGULAR
                        ),
                        "special_needs": rng.random() < 0.04,
                        "substitute_wanted": (wanted := rng.random() < 0.7),
                        "substitute_from": start if wanted else None,
                        "notes": "",
                        "reference": f"KTP-{start.year}-{child:06d}",
                    }
                )
                if group is not None:
                    group_load[group] = group_load.get(group, 0) + 1
                placed += 1
                if placed % 1000 == 0:
                    self.progress("Kinder", 1000)
            if len(kids) == 2:
                self.rows[PersonLink].append(
                    {"person_id": kids[0], "related_id": kids[1], "kind": LinkKind.SIBLING}
                )
            if len(self.rows[Person]) >= bulk.CHUNK:
                self._flush()

    def _absences(self, childminder_ids: list[int]) -> None:
        rng = self.rng
        for pid in childminder_ids:
            cursor = self.today - timedelta(days=rng.randint(60, 120))
            for _ in range(rng.randint(1, 4)):
                cursor += timedelta(days=rng.randint(10, 70))
                roll = rng.random()
                if roll < 0.45:
                    kind, length, planned = AbsenceKind.VACATION, rng.randint(5, 14), True
                elif roll < 0.8:
                    kind, length, planned = AbsenceKind.ILLNESS, rng.randint(1, 5), False
                elif roll < 0.95:
                    kind, length, planned = AbsenceKind.TRAINING, rng.randint(1, 2), True
                else:
                    kind, length, planned = AbsenceKind.OTHER, 1, rng.random() < 0.5
                end = cursor + timedelta(days=length - 1)
                self.rows[Absence].append(
                    {
                        "childminder_id": pid,
                        "kind": kind,
                        "start": cursor,
                        "end": end,
                        "planned": planned,
                        "note": "",
                    }
                )
                cursor = end + timedelta(days=1)

    def _staff(self) -> None:
        for first, last in (("Birgit", "Hölscher"), ("Tobias", "Wienkamp"), ("Aylin", "Demir")):
            self._person(first, last, None, (Role.STAFF,), self._address())

    def _closing_days(self) -> None:
        existing = set(self.session.scalars(select(ClosingDay.day)))
        rows = []
        for year in (self.today.year, self.today.year + 1):
            for day, label in (
                (date(year, 12, 24), "Heiligabend"),
                (date(year, 12, 31), "Silvester"),
            ):
                if day not in existing:
                    rows.append({"day": day, "label": f"{label} – Büro geschlossen"})
        if rows:
            self.session.execute(insert(ClosingDay), rows)

    def _flush(self) -> None:
        bulk.insert_all(self.session.connection(), self.rows, self.counts)


def build_demo(
    session: Session,
    scale_name: str = "beckum",
    seed: int = 2026,
    today: date | None = None,
    progress=None,
) -> dict[str, int]:
    """Fill an empty installation; refuses a database that already holds persons."""
    scale = scale_named(scale_name)
    if session.scalar(select(func.count()).select_from(Person)):
        raise ValidationError(
            {
                "scale": "Die Datenbank enthält bereits Personen; Demodaten nur in eine leere "
                "Installation laden."
            }
        )
    counts = DemoBuilder(session, scale, seed, today or date.today(), progress).build()
    letterhead.install(session, scale)
    if not virus_scan.works():  # ClamAV without signatures would refuse every demo upload
        settings_of(session).set(session, "core.virus_scan", virus_scan.OFF)
    bulk.advance_sequences(
        session,
        (
            "core_person",
            "core_contract",
            "core_absence",
            "core_person_link",
            "core_large_group",
            "core_closing_day",
        ),
    )
    session.add(
        AuditEntry(
            actor=session.info.get("actor", "system"),
            action="create",
            entity="demo",
            entity_id=scale.name,
            changes={"counts": counts},
        )
    )
    return counts
