"""Tables of the Qualifizierung module (prefix qhb_), keyed by core ids."""

from core.db import Base  # noqa: F401  (the module's tables will derive from Base)
