"""Core tables (prefix core_). Importing this package registers them on Base.metadata."""

from core.models.audit import AuditEntry
from core.models.auth import AccountToken, LoginSession, PortalAccount, User, UserRole
from core.models.calendar import Absence, ClosingDay
from core.models.consultations import ConsultationSlot
from core.models.contracts import Contract
from core.models.districts import District, DistrictArea, HomeDistrict, PersonDistrict
from core.models.jobs import Job
from core.models.messages import Attachment, LetterText, Message
from core.models.persons import Childminder, LargeGroup, Person, PersonLink, PersonRole
from core.models.system import FailedAttempt, FormUse, InstalledPlugin, Setting
from core.models.uploads import DocumentRead, PortalDocument, Upload

__all__ = [
    "Absence",
    "Attachment",
    "AuditEntry",
    "Childminder",
    "ClosingDay",
    "ConsultationSlot",
    "Contract",
    "District",
    "DocumentRead",
    "DistrictArea",
    "FailedAttempt",
    "FormUse",
    "HomeDistrict",
    "InstalledPlugin",
    "Job",
    "LargeGroup",
    "LetterText",
    "AccountToken",
    "LoginSession",
    "Message",
    "Person",
    "PortalAccount",
    "PortalDocument",
    "PersonDistrict",
    "PersonLink",
    "PersonRole",
    "Setting",
    "Upload",
    "User",
    "UserRole",
]
