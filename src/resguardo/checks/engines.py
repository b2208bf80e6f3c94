"""One text scanner and one photo sanitizer per process (models load once), specialised per agency roster.

The per-agency scanner shares the loaded models (Scanner.with_roster) and is rebuilt only when the
agency's roster changes (roster_for returns a new object) or the platform catalog changes.
"""

from __future__ import annotations

import copy
import threading
import time
from typing import Any

from resguardo.casework.models import Agency, Platform
from resguardo.casework.roster import roster_for
from resguardo.engine import PlatformInfo, Roster, Scanner

_lock = threading.RLock()
_base: Scanner | None = None
_sanitizer: Any = None
_agency_scanners: dict[int, tuple[Roster, Any, Scanner]] = {}
# Per-user scanners (the roster without the cases the user cannot see), most recent last; few are needed at once.
_user_scanners: dict[tuple[int, int], tuple[Roster, frozenset[str], Any, Scanner]] = {}
_MAX_USER_SCANNERS = 64


def base_scanner() -> Scanner:
    global _base
    with _lock:
        if _base is None:
            _base = Scanner()
    return _base


def platform_catalog() -> dict[str, PlatformInfo]:
    """The engine's view of the web catalog: which platforms may carry health information."""
    return {
        slug: PlatformInfo(slug, hipaa == Platform.Answer.YES)
        for slug, hipaa in Platform.objects.values_list("slug", "hipaa_baa")
    }


def scanner_for(agency: Agency) -> Scanner:
    roster = roster_for(agency)
    # The catalog's HIPAA facts change rarely; they are read again at most once a minute.
    catalog_version = int(time.monotonic() // 60)
    with _lock:
        cached = _agency_scanners.get(agency.pk)
        if cached is not None and cached[0] is roster and cached[1] == catalog_version:
            return cached[2]
    scanner = base_scanner().with_roster(roster, platform_catalog())
    with _lock:
        _agency_scanners[agency.pk] = (roster, catalog_version, scanner)
    return scanner


def scanner_for_user(agency: Agency, roster_ids: frozenset[str]) -> Scanner:
    """The agency's scanner restricted to the roster people with these ids (the cases a user may see, and
    the staff). A check whose answer would otherwise show that a detail belongs to a case the user cannot see
    is scanned again with it, so the answer is the one any unknown detail would get."""
    agency_scanner = scanner_for(agency)
    roster = agency_scanner.roster
    catalog_version = int(time.monotonic() // 60)
    key = (int(agency.pk), hash(roster_ids))
    with _lock:
        cached = _user_scanners.get(key)
        if cached is not None and cached[0] is roster and cached[1] == roster_ids and cached[2] == catalog_version:
            return cached[3]
    people = [p for p in roster.people if p.id in roster_ids]
    scanner = base_scanner().with_roster(Roster(people, list(roster.allow)), platform_catalog())
    with _lock:
        _user_scanners.pop(key, None)
        _user_scanners[key] = (roster, roster_ids, catalog_version, scanner)
        while len(_user_scanners) > _MAX_USER_SCANNERS:
            _user_scanners.pop(next(iter(_user_scanners)))
    return scanner


def sanitizer_for(scanner: Scanner) -> Any:
    """The photo sanitizer (face and OCR models loaded once) reading text with this agency's scanner."""
    global _sanitizer
    from resguardo.engine.photo import PhotoSanitizer

    with _lock:
        if _sanitizer is None:
            _sanitizer = PhotoSanitizer(scanner=base_scanner())
    specialised = copy.copy(_sanitizer)
    specialised.scanner = scanner
    return specialised
