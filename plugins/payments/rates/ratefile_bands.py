"""The hour bands (Stundenstufen) of a rate file: booked hours a week or a care day, each
edge stated as the office publishes it – included ("bis 4", `up_to`; "ab 1", `at_least`)
or not ("unter 6", `below`; "mehr als 2", `above`). Only the lowest band says where it
starts; every other one starts where the band below ends, so bands can neither overlap nor
leave a gap, and the order in the file changes nothing."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.i18n import gettext_
from plugins.payments.rates import ratefile_values as v
from plugins.payments.rates.tables import HOURS_PER, HourBand

UPPER = ("up_to", "below")  # (edge included, edge not included)
LOWER = ("at_least", "above")
DAY = Decimal("24")  # a per-day edge above this is a weekly figure written by mistake


def hour_bands(raw: dict, where: str) -> tuple[HourBand, ...]:
    if "hour_bands" not in raw:
        return ()
    read = [
        _band(entry, f"{where}, hour_bands Nr. {n}")
        for n, entry in enumerate(v.entries(raw, "hour_bands", where), start=1)
    ]
    if len({band.per for band, _ in read}) > 1:
        raise v.error(
            where,
            gettext_(
                "hour_bands: Stufen je Woche und je Tag gemischt – 'per' muss bei allen "
                "Stufen gleich sein"
            ),
        )
    bands = v.sorted_unique([band for band, _ in read], lambda b: b.high, "hour_bands", where)
    lower_edge = {band.key: edge for band, edge in read}  # keys are unique by now
    for upper in bands[1:]:
        if edge := lower_edge[upper.key]:
            raise v.error(
                where,
                gettext_("hour_bands: '{edge}' gilt nur für die unterste Stufe ({key})").format(
                    edge=edge, key=upper.key
                ),
            )
    # "bis 2" below: this band starts above 2; "unter 2" below: it starts at 2
    return (bands[0],) + tuple(
        replace(band, low=below.high, low_open=not below.high_open)
        for below, band in zip(bands, bands[1:], strict=False)
    )


def _band(entry: dict, where: str) -> tuple[HourBand, str]:
    """The band as stated, and the name of its lower edge where it states one."""
    per = v.one_of(entry, "per", tuple(HOURS_PER), where, "week", "hour_bands.per")
    high_key = _edge_key(entry, UPPER, where)
    if high_key is None:
        raise v.error(
            where,
            gettext_(
                "hour_bands: Obergrenze fehlt – 'up_to' (einschließlich) oder 'below' "
                "(ausschließlich) angeben"
            ),
        )
    low_key = _edge_key(entry, LOWER, where)
    high = _hours(entry, high_key, per, where)
    low = Decimal("0") if low_key is None else _hours(entry, low_key, per, where)
    band = HourBand(
        v.required_text(entry, "key", where),
        v.required_text(entry, "label", where),
        high,
        low,
        high_open=high_key == "below",
        low_open=low_key == "above",
        per=per,
    )
    if low > high or (low == high and (band.low_open or band.high_open)):
        raise v.error(
            where,
            gettext_(
                "hour_bands: zwischen '{low_key}' = {low} und '{high_key}' = {high} liegt "
                "keine Stundenzahl"
            ).format(
                low_key=low_key or "at_least",
                low=entry.get(low_key, "0"),
                high_key=high_key,
                high=entry[high_key],
            ),
        )
    # `at_least = "0"` is where every band would start anyway: read as not stated
    return band, "" if low_key is None or (low_key == "at_least" and low == 0) else low_key


def _edge_key(entry: dict, keys: tuple[str, str], where: str) -> str | None:
    """Which of an edge's two spellings (included, not included) the band uses."""
    given = [key for key in keys if key in entry]
    if len(given) > 1:
        raise v.error(
            where,
            gettext_(
                "hour_bands: '{a}' und '{b}' schließen einander aus – nur eine der beiden "
                "Grenzen angeben"
            ).format(a=keys[0], b=keys[1]),
        )
    return given[0] if given else None


def _hours(entry: dict, key: str, per: str, where: str) -> Decimal:
    value = v.amount(entry, key, where)
    if value < 0:
        raise v.error(
            where, gettext_("hour_bands: '{key}' darf nicht negativ sein").format(key=key)
        )
    if per == "day" and value > DAY:
        raise v.error(
            where,
            gettext_(
                "hour_bands: '{key}' = {value} Stunden je Tag – ein Tag hat 24 Stunden "
                '(Wochenstunden ohne per = "day" angeben)'
            ).format(key=key, value=entry[key]),
        )
    return value
