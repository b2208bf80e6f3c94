"""Replace flagged findings with typed placeholders in the text's language."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from .messages import PLACEHOLDERS
from .types import Finding, Lang


def redact(text: str, findings: Sequence[Finding], lang: Lang) -> str:
    """Findings must not overlap (the pipeline guarantees it); 'ok' findings stay.

    Invisible format characters right around a finding go with it: a name wrapped in
    bidirectional controls must not leave them around the placeholder, which they would
    show backwards ("]ERBMON[")."""
    flagged = sorted((f for f in findings if f.severity != "ok"), key=lambda f: f.start)
    out: list[str] = []
    pos = 0
    for i, f in enumerate(flagged):
        if f.start < pos:
            continue
        limit = flagged[i + 1].start if i + 1 < len(flagged) else len(text)
        start, end = f.start, f.end
        while start > pos and _invisible(text[start - 1]):
            start -= 1
        while end < limit and _invisible(text[end]):
            end += 1
        out.append(text[pos:start])
        out.append(PLACEHOLDERS[lang][f.type])
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"
