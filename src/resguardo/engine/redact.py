"""Replace flagged findings with typed placeholders in the text's language."""

from __future__ import annotations

from collections.abc import Sequence

from .messages import PLACEHOLDERS
from .types import Finding, Lang


def redact(text: str, findings: Sequence[Finding], lang: Lang) -> str:
    """Findings must not overlap (the pipeline guarantees it); 'ok' findings stay."""
    out: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.severity == "ok" or f.start < pos:
            continue
        out.append(text[pos : f.start])
        out.append(PLACEHOLDERS[lang][f.type])
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
