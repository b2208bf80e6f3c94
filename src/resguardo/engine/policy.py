"""From findings to a verdict, each finding with its severity and reason.

Public posts: anything that identifies a child, a family member or a staff member, or
reveals case or health details, must not pass; a name together with any other detail
blocks.  Private messages to a consented recipient: names and contacts are fine, health
information needs a HIPAA-compliant platform, identity numbers and case details ask for
review.
"""

from __future__ import annotations

from collections.abc import Sequence

from .messages import reason
from .platforms import PlatformInfo
from .types import Audience, Candidate, Finding, FindingType, Lang, Verdict

RANK: dict[Verdict, int] = {"ok": 0, "review": 1, "block": 2}
_ALWAYS_BLOCK_PUBLIC = {
    FindingType.ADDRESS,
    FindingType.PHONE,
    FindingType.EMAIL,
    FindingType.ID,
    FindingType.HEALTH,
    FindingType.CASE_DETAIL,
}
_CONTEXT_TYPES = {
    FindingType.SCHOOL,
    FindingType.ADDRESS,
    FindingType.AGE,
    FindingType.DATE,
    FindingType.LOCATION,
    FindingType.ORGANIZATION,
    FindingType.CASE_DETAIL,
    FindingType.HEALTH,
    FindingType.PHONE,
    FindingType.EMAIL,
    FindingType.ID,
    FindingType.HANDLE,
}
_SOCIAL_DOMAINS = (
    "facebook.",
    "fb.com",
    "instagram.",
    "tiktok.",
    "twitter.",
    "x.com",
    "snapchat.",
    "gofundme.",
    "youtube.",
)


def _public(c: Candidate, text: str, identified: bool) -> tuple[Verdict, str]:
    t = c.type
    if t == FindingType.PERSON:
        if c.role == "staff":
            return "block", "staff"
        if c.role is not None or c.detector.startswith("roster"):
            return "block", "public_personal"
        return ("block", "combination") if identified else ("review", "public_personal")
    if t in (FindingType.CASE_DETAIL, FindingType.HEALTH):
        return "block", "public_case"
    if t in _ALWAYS_BLOCK_PUBLIC:
        return "block", "public_personal"
    if t == FindingType.URL:
        return ("review", "public_personal") if any(d in text.lower() for d in _SOCIAL_DOMAINS) else ("ok", "note")
    if c.score < 0.65 and not identified:
        return "ok", "note"  # "la prepa", an undated context: noted, not flagged on its own
    if identified:
        return "block", "combination"
    if t == FindingType.SCHOOL:
        return "review", "school"
    if t == FindingType.HANDLE and c.role is not None:
        return "block", "public_personal"
    if t in (FindingType.LOCATION, FindingType.ORGANIZATION):
        return "ok", "note"  # "Los Angeles County", "the public library": only with a person
    return "review", "review"


def _private(c: Candidate, platform: PlatformInfo | None) -> tuple[Verdict, str]:
    if c.type == FindingType.HEALTH:
        if platform is None:
            return "review", "hipaa_unknown"
        return ("ok", "private_ok") if platform.hipaa else ("block", "hipaa")
    if c.type == FindingType.ID:
        return ("ok", "private_ok") if platform is not None and platform.hipaa else ("review", "private_id")
    if c.type == FindingType.CASE_DETAIL:
        return ("ok", "private_ok") if platform is not None and platform.hipaa else ("review", "private_case")
    return "ok", "private_ok"


def judge(
    text: str,
    candidates: Sequence[Candidate],
    *,
    audience: Audience,
    platform: PlatformInfo | None,
    ui_lang: Lang,
) -> tuple[Verdict, list[Finding]]:
    has_person = any(c.type == FindingType.PERSON for c in candidates)
    has_context = any(c.type in _CONTEXT_TYPES and c.score >= 0.65 for c in candidates)
    findings: list[Finding] = []
    for c in candidates:
        if audience == "public":
            # A name plus any other detail identifies; so does a detail next to a name.
            identified = has_person and (has_context if c.type == FindingType.PERSON else True)
            severity, tip = _public(c, text[c.start : c.end], identified)
        else:
            severity, tip = _private(c, platform)
        findings.append(
            Finding(
                start=c.start,
                end=c.end,
                type=c.type,
                text=text[c.start : c.end],
                score=c.score,
                detector=c.detector,
                reason=reason(ui_lang, c.type, tip, c.role, c.person),
                severity=severity,
                person=c.person,
                role=c.role,
                general_reason=reason(ui_lang, c.type, tip),
            )
        )
    verdict: Verdict = "ok"
    for f in findings:
        if RANK[f.severity] > RANK[verdict]:
            verdict = f.severity
    return verdict, findings
