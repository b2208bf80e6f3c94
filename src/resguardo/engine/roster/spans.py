"""Where hits stand in a text: word bounds, #hashtags and @handles, overlapping hits."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..types import Candidate

TAG = re.compile(r"[#@]([a-z0-9_]+)")
MAX_TAG = 40

NUMBER_AFTER = re.compile(r"\s*#?\d{1,2}\b")


def word_bounded(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


# A #hashtag or @handle: the run of letters, digits, "_" and "." after the sign.
TAG_RUN = re.compile(r"(?<=[#@])[\w.]*")


class TagSpans:
    """Where the #hashtags and @handles of a text are, found once per text (walking back from
    every word to its token's start was quadratic in a long run of text without spaces)."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        if "#" in text or "@" in text:
            for m in TAG_RUN.finditer(text):
                self.starts.append(m.start())
                self.ends.append(m.end())

    def inside(self, pos: int) -> bool:
        """``pos`` is in a tag's run or right after it (a hit starting there continues the tag)."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos <= self.ends[i]


def longest_first(hits: list[Candidate]) -> list[Candidate]:
    """Drop hits inside longer hits ("Pérez" inside "Jesús Pérez Ochoa")."""
    hits.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            if hit.end - hit.start > kept[-1].end - kept[-1].start:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept
