"""What the check before sending takes and gives: the request, its reasons and its result."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from django.utils.translation import gettext as _

from resguardo.casework.models import Agency, AgencyAccount, Case, Person, Platform, User

Severity = Literal["block", "review", "info"]
Verdict = Literal["ok", "review", "block"]


@dataclass(frozen=True)
class Reason:
    code: str
    severity: Severity
    message: str
    tip: str
    person_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "tip": self.tip,
            "person_id": self.person_id,
        }


@dataclass(frozen=True)
class CheckPhoto:
    name: str
    data: bytes


@dataclass
class PhotoOutcome:
    name: str
    ok: bool
    report: dict[str, Any] = field(default_factory=dict)
    sanitized: bytes = b""
    sanitized_format: str = ""
    error: str = ""

    def as_dict(self, include_data: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "ok": self.ok,
            "report": self.report,
            "error": self.error,
            "format": self.sanitized_format,
        }
        if include_data and self.sanitized:
            out["sanitized_base64"] = base64.b64encode(self.sanitized).decode()
        return out


@dataclass
class CheckRequest:
    agency: Agency
    user: User
    text: str
    purpose: str = "messaging"
    case: Case | None = None  # None: the agency's public page
    recipients: Sequence[Person] = ()
    account: AgencyAccount | None = None
    platform: Platform | None = None  # taken from the account when there is one
    audience: Literal["public", "private"] | None = None
    photos: Sequence[CheckPhoto] = ()
    # Photos sanitized by an earlier check of the same message (the compose page keeps them).
    checked_photos: Sequence[PhotoOutcome] = ()
    # Photos the caller could not even hand over (bad base64, too large together): unreadable, they block.
    rejected_photos: Sequence[PhotoOutcome] = ()
    ui_lang: str = "es"
    path: str = ""  # the page or API call that asked, for the access log


@dataclass
class CheckResult:
    verdict: Verdict
    reasons: list[Reason]
    redacted_text: str
    findings: list[dict[str, Any]]
    audience: str
    platform: str | None
    message_lang: str | None
    readability: float | None
    photos: list[PhotoOutcome] = field(default_factory=list)

    def as_dict(self, include_photo_data: bool = True) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "reasons": [r.as_dict() for r in self.reasons],
            "redacted_text": self.redacted_text,
            "findings": self.findings,
            "audience": self.audience,
            "platform": self.platform,
            "message_language": self.message_lang,
            "readability": self.readability,
            "photos": [p.as_dict(include_photo_data) for p in self.photos],
        }


def tip(key: str) -> str:
    """The guide's tip a reason cites, in the active language."""
    return {
        "privacy": _("Guide, privacy: never reveal a child's or family's personal information or case details."),
        "photos": _("Guide, privacy: no photos with identifying details; strip location."),
        "consent": _("Guide, privacy: get the agency's and the client's consent before communicating on a platform."),
        "contact": _("Guide, families: the case plan's contact limits extend to social media."),
        "hipaa": _("Guide, privacy: protected health information only on HIPAA-compliant platforms."),
        "accounts": _("Guide, privacy: keep professional and personal use apart; use agency accounts."),
        "platform": _("Guide, general: pick the platform that fits the goal and the audience."),
        "language": _("Guide, general: communication barriers — language, culture, disability, connectivity."),
        "medium": _("Guide, general: craft messages fit for the medium, in plain language."),
    }[key]


def verdict_of(reasons: Sequence[Reason]) -> Verdict:
    if any(r.severity == "block" for r in reasons):
        return "block"
    if any(r.severity == "review" for r in reasons):
        return "review"
    return "ok"


def dedupe(reasons: Sequence[Reason]) -> list[Reason]:
    """Blocks first, then reviews, then notes; the same reason said once."""
    seen: set[tuple[str, str]] = set()
    out = []
    order = {"block": 0, "review": 1, "info": 2}
    for r in sorted(reasons, key=lambda r: order[r.severity]):
        if (r.code, r.message) not in seen:
            seen.add((r.code, r.message))
            out.append(r)
    return out
