"""What still stands between a person and a certificate, block by block, and the level
completed training gives (plain objects, no database)."""

from __future__ import annotations

from decimal import Decimal

from plugins.qhb_training.models import (
    KITA,
    KTPP,
    SELF_STUDY,
    Assessment,
    Curriculum,
    CurriculumModule,
)
from plugins.qhb_training.requirements import Progress, qualification


def curriculum(**fields) -> Curriculum:
    values = dict(code="t", name="Test", kind="qhb", ue=40, kita_hours=0, ktpp_hours=0)
    values.update(self_study_hours=0, lef=False)
    modules = fields.pop("modules", [])
    c = Curriculum(**{**values, **fields})
    c.modules = [CurriculumModule(id=i, position=i, title=t, ue=ue) for i, (t, ue) in modules]
    return c


def test_everything_missing_is_listed_in_order():
    c = curriculum(
        ue=40,
        kita_hours=40,
        ktpp_hours=80,
        self_study_hours=20,
        lef=True,
        modules=[(1, ("Grundlagen", 24)), (2, ("Recht", 16))],
    )
    assert Progress(c).missing == [
        "40 UE Kursteilnahme",
        "24 UE im Themenblock „Grundlagen“",
        "16 UE im Themenblock „Recht“",
        "40 Std. Praktikum Kita",
        "80 Std. Praktikum Kindertagespflege",
        "20 Std. Selbstlernzeit",
        "bestandene Lernergebnisfeststellung",
    ]
    assert not Progress(c).complete and Progress(c).percent == 0


def test_what_is_done_is_no_longer_missing_and_the_rest_is_the_difference():
    c = curriculum(ue=40, kita_hours=40, modules=[(1, ("Grundlagen", 24)), (2, ("Recht", 16))])
    p = Progress(
        c,
        ue=Decimal("30.5"),
        ue_by_module={1: Decimal("24"), 2: Decimal("6.5")},
        hours={KITA: Decimal("12")},
    )
    assert p.missing == [
        "9,5 UE Kursteilnahme",
        "9,5 UE im Themenblock „Recht“",
        "28 Std. Praktikum Kita",
    ]
    assert p.percent == 76  # 30.5 of 40, rounded down


def test_a_block_short_keeps_the_certificate_back_though_the_sum_is_met():
    c = curriculum(ue=40, modules=[(1, ("Grundlagen", 24)), (2, ("Recht", 16))])
    p = Progress(c, ue=Decimal("40"), ue_by_module={1: Decimal("30"), 2: Decimal("10")})
    assert p.missing == ["6 UE im Themenblock „Recht“"] and p.percent == 100


def test_exactly_enough_is_complete():
    c = curriculum(
        ue=40, ktpp_hours=80, self_study_hours=20, lef=True, modules=[(1, ("Grundlagen", 40))]
    )
    p = Progress(
        c,
        ue=Decimal("40"),
        ue_by_module={1: Decimal("40")},
        hours={KTPP: Decimal("80"), SELF_STUDY: Decimal("20")},
        lef=Assessment(passed=True),
    )
    assert p.missing == [] and p.complete


def test_a_failed_lef_is_still_missing():
    p = Progress(curriculum(ue=0, lef=True), lef=Assessment(passed=False))
    assert p.missing == ["bestandene Lernergebnisfeststellung"]


def test_more_than_required_is_never_more_than_100_percent():
    assert Progress(curriculum(ue=40), ue=Decimal("60")).percent == 100
    assert Progress(curriculum(ue=0)).percent == 100  # nothing to attend


def test_the_level_is_capped_at_300_ue_and_names_professionals():
    assert qualification(0, False).label == "keine Qualifizierung"
    assert (qualification(160, False).ue, qualification(160, False).label) == (160, "160 UE")
    assert qualification(460, False).ue == 300 and qualification(460, False).label == "300 UE"
    assert qualification(300, True).label == "pädagogische Fachkraft, 300 UE"
    professional = qualification(0, True)
    assert (professional.ue, professional.fachkraft, professional.label) == (
        0,
        True,
        "pädagogische Fachkraft",
    )
    assert qualification(300, False).fachkraft is False
