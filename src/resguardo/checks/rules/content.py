"""Content: what the text engine found that must not go out (or needs a second look)."""

from __future__ import annotations

from resguardo.checks.context import CheckContext
from resguardo.checks.types import Reason, tip
from resguardo.engine import FindingType


def findings(ctx: CheckContext) -> list[Reason]:
    out = []
    for f in ctx.scan.findings:
        if f.severity not in ("block", "review"):
            continue
        if f.type == FindingType.HEALTH and ctx.health_on_platform_without_baa:
            continue  # the platform rule names the platform once instead
        reason = f.reason if ctx.shown(f) else f.general_reason
        out.append(
            Reason(
                f"content.{f.type.value.lower()}",
                f.severity,
                reason,
                tip("hipaa" if f.type == FindingType.HEALTH else "privacy"),
            )
        )
    return out
