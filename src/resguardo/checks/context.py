"""Everything the rules of a check read, worked out once: the scan, who it names, the platform, the
audience, the recipients' consents and contact rules, the message's language and the photos."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils import timezone

from resguardo.casework.models import Consent, ContactRule, Person, Platform
from resguardo.checks import language
from resguardo.checks.casedata import channel_of, current_consents, rules_in_force
from resguardo.checks.engines import sanitizer_for, scanner_for, scanner_for_user
from resguardo.checks.types import CheckPhoto, CheckRequest, PhotoOutcome
from resguardo.checks.visibility import (
    Owners,
    hidden_people,
    log_hidden_hits,
    owners_of,
    user_roster_ids,
    visible_owner_ids,
)
from resguardo.engine import Finding, FindingType, Lang, Scanner, ScanResult
from resguardo.engine.messages import photo_error_text

MAX_TEXT = 20_000
MAX_PHOTOS = 6


@dataclass
class CheckContext:
    request: CheckRequest
    lang: Lang
    text: str
    today: dt.date
    platform: Platform | None
    audience: str
    scan: ScanResult
    owners: Owners
    visible: set[str]
    people: list[Person]
    channel: str
    consents: dict[int, Consent]
    rules: list[ContactRule]
    detected_lang: str | None
    readability: language.Readability | None
    new_photos: list[PhotoOutcome]
    photos_left_out: int

    @property
    def case(self) -> Any:
        return self.request.case

    @property
    def has_health(self) -> bool:
        return any(f.type == FindingType.HEALTH for f in self.scan.findings)

    @property
    def health_on_platform_without_baa(self) -> bool:
        """Health information on a platform without a HIPAA agreement: one platform reason says it all."""
        return self.has_health and self.platform is not None and self.platform.hipaa_baa != Platform.Answer.YES

    def shown(self, finding: Finding) -> bool:
        """Whether this user may learn whom the finding names."""
        ids = self.owners.get(finding.person or "", ())
        return not ids or any(i in self.visible for i in ids)


def build_context(req: CheckRequest, lang: Lang) -> CheckContext:
    platform = req.account.platform if req.account is not None else req.platform
    # Without a case, or to recognise or recruit, it is public whatever the caller says.
    public_context = req.case is None or req.purpose == "public_recognition"
    audience = "public" if public_context else (req.audience or "private")
    today = timezone.localdate()
    text = req.text or ""
    scanner, scan, owners, visible = _scan(req, text, audience, platform, lang)
    people = list(req.recipients)
    channel = channel_of(platform)
    detected = language.detect_language(text).lang
    room = max(0, MAX_PHOTOS - len(req.checked_photos))
    return CheckContext(
        request=req,
        lang=lang,
        text=text,
        today=today,
        platform=platform,
        audience=audience,
        scan=scan,
        owners=owners,
        visible=visible,
        people=people,
        channel=channel,
        # One query each for all recipients' consents and contact rules (not one per recipient).
        consents=current_consents(people, platform, req.purpose) if platform is not None else {},
        rules=rules_in_force(Q(other_person__in=people), channel, today) if people else [],
        detected_lang=detected,
        readability=language.readability(text, detected or lang),
        new_photos=_sanitize(req.photos[:room], scanner, lang),
        photos_left_out=max(0, len(req.photos) - room),
    )


def _scan(
    req: CheckRequest, text: str, audience: str, platform: Platform | None, lang: Lang
) -> tuple[Scanner, ScanResult, Owners, set[str]]:
    def scan_with(scanner: Scanner) -> ScanResult:
        slug = platform.slug if platform else None
        return scanner.scan(text[:MAX_TEXT], audience=audience, platform=slug, ui_lang=lang)  # type: ignore[arg-type]

    scanner = scanner_for(req.agency)
    scan = scan_with(scanner)
    owners = owners_of(scanner.roster, scan.findings)
    visible = visible_owner_ids(req.user, owners)
    hidden = hidden_people(scan.findings, owners, visible)
    if hidden:
        # Whether a detail belongs to a case this user cannot see must not show in the answer: scan again as
        # if the agency's roster held only what the user may see, and log the hit for that case's supervisor.
        log_hidden_hits(req.user, req.agency.pk, req.path, hidden)
        scanner = scanner_for_user(req.agency, user_roster_ids(req.user))
        scan = scan_with(scanner)
        owners = owners_of(scanner.roster, scan.findings)
        visible = visible_owner_ids(req.user, owners)
    return scanner, scan, owners, visible


def _sanitize(photos: Sequence[CheckPhoto], scanner: Scanner, lang: Lang) -> list[PhotoOutcome]:
    """Each new photo sanitized, or the engine's words for why it could not be."""
    if not photos:
        return []
    from resguardo.engine.photo import PhotoError  # the photo models load only when there are photos

    sanitizer = sanitizer_for(scanner)
    outcomes = []
    for photo in photos:
        try:
            result = sanitizer.sanitize(photo.data, lang=lang)
        except PhotoError as exc:
            outcomes.append(PhotoOutcome(photo.name, False, error=photo_error_text(exc, lang, photo.name)))
            continue
        outcomes.append(PhotoOutcome(photo.name, True, result.report.as_dict(), result.data, result.format))
    return outcomes
