"""The check before sending: one verdict (ok / review / block) with every reason, in the user's language.

A context is built once (``checks.context``: the text engine's scan with the agency's roster, the platform,
the audience, the recipients' consents and contact rules, the photos sanitized); then each rule of
``checks.rules`` — content, family privacy, platform, accounts, recipients (age, consent, contact rules),
language, photos, readability — returns its reasons, each tied to a tip of the guide. `info` reasons never
change the verdict. The compose page and the API both show what this decides.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation

from resguardo.checks.context import MAX_PHOTOS, MAX_TEXT, CheckContext, build_context
from resguardo.checks.rules import RULES
from resguardo.checks.types import (
    CheckPhoto,
    CheckRequest,
    CheckResult,
    PhotoOutcome,
    Reason,
    Severity,
    dedupe,
    verdict_of,
)
from resguardo.engine import Lang

__all__ = [
    "MAX_PHOTOS",
    "MAX_TEXT",
    "CheckPhoto",
    "CheckRequest",
    "CheckResult",
    "PhotoOutcome",
    "Reason",
    "Severity",
    "run_check",
]


def run_check(request: CheckRequest) -> CheckResult:
    lang: Lang = "en" if request.ui_lang == "en" else "es"
    with translation.override(lang):
        ctx = build_context(request, lang)
        reasons = [reason for rule in RULES for reason in rule(ctx)]
        return CheckResult(
            verdict=verdict_of(reasons),
            reasons=dedupe(reasons),
            redacted_text=ctx.scan.redacted,
            findings=_shown_findings(ctx),
            audience=ctx.audience,
            platform=ctx.platform.slug if ctx.platform else None,
            message_lang=ctx.detected_lang,
            readability=ctx.readability.score if ctx.readability else None,
            photos=[*request.checked_photos, *ctx.new_photos, *request.rejected_photos],
        )


def _shown_findings(ctx: CheckContext) -> list[dict[str, Any]]:
    """The findings for the page and the API; whom a finding names only if this user may see that case."""
    out = []
    for f in ctx.scan.findings:
        shown = ctx.shown(f)
        out.append(
            {
                "start": f.start,
                "end": f.end,
                "type": f.type.value,
                "text": f.text,
                "severity": f.severity,
                "reason": f.reason if shown else f.general_reason,
                "person": f.person if shown else None,
                "role": f.role if shown else None,
            }
        )
    return out
