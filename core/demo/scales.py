"""The demo agencies' shape: sizes (Beckum 47 childminders, Düren 114, Stuttgart 229,
Dortmund 730, a national one of 45,000), their towns and area codes, street, group and
family names."""

from __future__ import annotations

from dataclasses import dataclass

from faker.providers.person.de_DE import Provider as Names

from core.errors import ValidationError


@dataclass(frozen=True)
class Region:
    cities: tuple[tuple[str, str], ...]  # (postal code, city)
    area_code: str


@dataclass(frozen=True)
class Scale:
    name: str
    childminders: int
    children_per_childminder: float
    large_groups: int
    region: Region


BECKUM = Region(
    (
        ("59269", "Beckum"),
        ("59269", "Neubeckum"),
        ("59269", "Beckum-Roland"),
        ("59269", "Beckum-Vellern"),
    ),
    "02521",
)
DUEREN = Region(
    (
        ("52349", "Düren"),
        ("52351", "Düren"),
        ("52353", "Düren-Birkesdorf"),
        ("52355", "Düren-Gürzenich"),
    ),
    "02421",
)
STUTTGART = Region(
    (
        ("70173", "Stuttgart"),
        ("70372", "Stuttgart-Bad Cannstatt"),
        ("70469", "Stuttgart-Feuerbach"),
        ("70597", "Stuttgart-Degerloch"),
        ("70567", "Stuttgart-Möhringen"),
    ),
    "0711",
)
DORTMUND = Region(
    tuple(
        (f"44{n:03d}", "Dortmund")
        for n in (135, 137, 141, 145, 147, 339, 369, 225, 263, 287, 309, 319, 328, 359, 388)
    ),
    "0231",
)
NATIONAL = Region(
    tuple(
        (f"{10000 + i * 877 % 89999:05d}", c)
        for i, c in enumerate(
            (
                "Berlin",
                "Hamburg",
                "München",
                "Köln",
                "Frankfurt am Main",
                "Stuttgart",
                "Düsseldorf",
                "Leipzig",
                "Dortmund",
                "Essen",
                "Bremen",
                "Dresden",
                "Hannover",
                "Nürnberg",
                "Duisburg",
                "Bochum",
                "Wuppertal",
                "Bielefeld",
                "Bonn",
                "Münster",
                "Mannheim",
                "Karlsruhe",
                "Augsburg",
                "Wiesbaden",
                "Mönchengladbach",
                "Gelsenkirchen",
                "Aachen",
                "Braunschweig",
                "Kiel",
                "Chemnitz",
                "Halle (Saale)",
                "Magdeburg",
                "Freiburg im Breisgau",
                "Krefeld",
                "Mainz",
                "Lübeck",
                "Erfurt",
                "Oberhausen",
                "Rostock",
                "Kassel",
                "Hagen",
                "Potsdam",
                "Saarbrücken",
                "Hamm",
                "Ludwigshafen",
                "Oldenburg",
                "Mülheim an der Ruhr",
                "Osnabrück",
            )
        )
    ),
    "030",
)

SCALES = {
    "beckum": Scale("beckum", 47, 3.85, 2, BECKUM),
    "dueren": Scale("dueren", 114, 3.8, 4, DUEREN),
    "stuttgart": Scale("stuttgart", 229, 3.8, 8, STUTTGART),
    "dortmund": Scale("dortmund", 730, 3.7, 20, DORTMUND),
    "national": Scale("national", 45_000, 3.78, 1_000, NATIONAL),
}

STREETS = (
    "Hauptstraße",
    "Bahnhofstraße",
    "Kirchstraße",
    "Schulstraße",
    "Gartenstraße",
    "Lindenweg",
    "Birkenweg",
    "Ahornweg",
    "Am Markt",
    "Mühlenweg",
    "Rosenstraße",
    "Wiesenweg",
    "Friedhofstraße",
    "Ringstraße",
    "Waldstraße",
    "Buchenweg",
    "Eichendorffstraße",
    "Goethestraße",
    "Schillerstraße",
    "Lessingstraße",
    "Am Sportplatz",
    "Feldstraße",
    "Kastanienallee",
    "Sonnenweg",
    "Drosselweg",
    "Amselweg",
    "Finkenweg",
    "Uhlandstraße",
)
GROUP_NAMES = (
    "Sonnenschein",
    "Wirbelwind",
    "Kleine Strolche",
    "Pusteblume",
    "Regenbogen",
    "Zwergenburg",
    "Marienkäfer",
    "Spatzennest",
)
LAST_NAMES = tuple(n for n in Names.last_names if " " not in n)  # no "Dussen van" forms


def scale_named(name: str) -> Scale:
    if name in SCALES:
        return SCALES[name]
    if name.isdigit() and int(name) > 0:
        n = int(name)
        return Scale(f"{n}", n, 3.8, max(n // 45, 0), DORTMUND)
    raise ValidationError(
        {"scale": f"Größe: '{name}' ist unbekannt. Möglich: {', '.join(SCALES)} oder eine Zahl."}
    )
