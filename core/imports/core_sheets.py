"""The sheets core imports itself, in the order a workbook is read: childminders and
children first, so the contracts find them."""

from __future__ import annotations

from core.i18n import N_
from core.imports.contract_rows import store_contract
from core.imports.fields import CHILD, CHILDMINDER, CONTRACT
from core.imports.rows import store_child, store_childminder
from core.imports.sheets import Sheet

SHEETS = [
    Sheet(
        "childminders",
        N_("Tagespflegepersonen"),
        CHILDMINDER,
        store_childminder,
        order=10,
        synonyms=("Tagesmütter", "Tagespflege", "TPP", "Kindertagespflegepersonen", "childminders"),
    ),
    Sheet(
        "children",
        N_("Kinder"),
        CHILD,
        store_child,
        order=20,
        synonyms=("Kind", "Kinder und Eltern", "children"),
    ),
    Sheet(
        "contracts",
        N_("Betreuungsverträge"),
        CONTRACT,
        store_contract,
        order=30,
        synonyms=("Verträge", "Betreuungen", "Belegung", "contracts"),
    ),
]
