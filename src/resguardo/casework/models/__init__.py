"""Data model, one module per area. Import from here: `from resguardo.casework.models import Case`."""

from resguardo.casework.models.access import AccessLog, ApiToken, LoginFailure
from resguardo.casework.models.agency import Agency, Role, RosterState, Unit, User
from resguardo.casework.models.cases import Case, ContactPoint, Person, PersonRole
from resguardo.casework.models.consent import Consent, ContactRule
from resguardo.casework.models.platforms import AgencyAccount, Platform, PlatformApproval, Purpose

__all__ = [
    "AccessLog",
    "Agency",
    "AgencyAccount",
    "ApiToken",
    "Case",
    "Consent",
    "ContactPoint",
    "ContactRule",
    "LoginFailure",
    "Person",
    "PersonRole",
    "Platform",
    "PlatformApproval",
    "Purpose",
    "Role",
    "RosterState",
    "Unit",
    "User",
]
