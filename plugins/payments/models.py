"""Tables of the Geldleistung module (prefix pay_), keyed by core ids."""

from core.db import Base  # noqa: F401  (the module's tables will derive from Base)
