"""The privacy engine: a Django-free library.

>>> from resguardo.engine import Scanner, Roster
>>> scanner = Scanner(Roster.from_file("roster.json"))
>>> result = scanner.scan("Valeria ganó la feria de la Secundaria Técnica 14", audience="public")
>>> result.verdict, [f.type for f in result.findings], result.redacted
"""

from .config import ScannerConfig
from .pipeline import Scanner, ScanRequest, TextTooLongError
from .platforms import PlatformInfo
from .roster import Roster, RosterPerson
from .types import Audience, Finding, FindingType, Lang, ScanResult, Verdict

__all__ = [
    "Audience",
    "Finding",
    "FindingType",
    "Lang",
    "PlatformInfo",
    "Roster",
    "RosterPerson",
    "ScanRequest",
    "ScanResult",
    "Scanner",
    "ScannerConfig",
    "TextTooLongError",
    "Verdict",
]
