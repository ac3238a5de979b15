"""The demo agency's letterhead: complete and fictitious (example.org addresses, a test
IBAN, a drawn logo), so every demo letter shows what a configured agency sends."""

from __future__ import annotations

import base64

from sqlalchemy.orm import Session

from core.demo.scales import Scale
from core.settings import settings_of

LOGO = """<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">
<circle cx="40" cy="40" r="34" fill="#2f6f4f"/>
<circle cx="40" cy="40" r="18" fill="#f4c542"/>
<text x="86" y="36" font-family="DejaVu Sans" font-size="22" fill="#2f6f4f">Tagespflege</text>
<text x="86" y="62" font-family="DejaVu Sans" font-size="16" fill="#333">{town}</text>
</svg>"""


def letterhead(scale: Scale) -> dict[str, str]:
    postal_code, city = scale.region.cities[0]
    town = city.split("-")[0]
    domain = f"{town.lower().replace('ü', 'ue').replace('ö', 'oe')}.example.org"
    logo = LOGO.format(town=town).encode()
    return {
        "core.agency_name": f"Stadt {town} – Jugendamt",
        "core.letterhead.department": "Fachdienst Kindertagespflege",
        "core.letterhead.street": "Rathausplatz 1",
        "core.letterhead.postal_code": postal_code,
        "core.letterhead.city": town,
        "core.letterhead.phone": f"{scale.region.area_code} 29-0",
        "core.letterhead.email": f"tagespflege@{domain}",
        "core.letterhead.website": f"www.{domain}",
        "core.letterhead.contact": "Anna Schulte",
        "core.letterhead.bank": "Sparkasse Musterstadt",
        "core.letterhead.iban": "DE02120300000000202051",
        "core.letterhead.signature": "Im Auftrag, Anna Schulte",
        "core.letterhead.appeal_authority": f"Stadt {town}, Jugendamt, Rathausplatz 1, "
        f"{postal_code} {town}",
        "core.letterhead.logo": "data:image/svg+xml;base64," + base64.b64encode(logo).decode(),
        "core.mail_sender": f"tagespflege@{domain}",
        "core.mail_reply_to": f"fachberatung@{domain}",
        # where `make run` serves the demo: links in its mails and letters open there
        "core.site_url": "http://127.0.0.1:8000",
    }


def install(session: Session, scale: Scale) -> None:
    store = settings_of(session)
    for key, value in letterhead(scale).items():
        store.set(session, key, value)
