"""Text helpers that keep character offsets exact.

Detectors run on a *clean* copy of the text (zero-width and other format characters and
combining marks removed, so "Val\u200beria" or a decomposed "José" cannot slip past; letters
a right-to-left override shows reversed put in the order they are seen, see ``bidi``) and
their spans are mapped back to the caller's original offsets.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import bidi

_DROP_CATEGORIES = {"Cf", "Mn", "Cc"}
_KEEP_CONTROL = {"\n", "\t", "\r"}


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    # Clean character i stands for original characters starts[i] up to (not including) ends[i]:
    # a letter with a combining accent folded into it covers both.
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int
    # False when a right-to-left override put characters in another order than written: a span
    # of the clean text then maps to the smallest start and largest end among its characters.
    in_order: bool = True

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if start >= len(self.starts):
            return self.original_length, self.original_length
        if end <= start:
            return self.starts[start], self.starts[start]
        if self.in_order:
            return self.starts[start], self.ends[end - 1]
        return min(self.starts[start:end]), max(self.ends[start:end])


# Format characters, controls and combining marks of the Latin script: when none is present
# (nearly always), the clean text is the text itself and the character loop is skipped.
_SUSPECT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0600-\u0605"
    "\u061c\u064b-\u065f\u06dd\u070f\u0900-\u0903\u093a-\u094f\u180e\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\ufeff\ufff9-\ufffb"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)


def clean(text: str) -> CleanText:
    """Drop characters that change nothing a reader sees but can split a name."""
    if not _SUSPECT.search(text):
        indexes = tuple(range(len(text)))
        return CleanText(text, indexes, tuple(i + 1 for i in indexes), len(text))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        if ch not in _KEEP_CONTROL and unicodedata.category(ch) in _DROP_CATEGORIES:
            # A combining accent after a letter: fold it into the letter instead of losing it.
            if unicodedata.category(ch) == "Mn" and chars:
                composed = unicodedata.normalize("NFC", chars[-1] + ch)
                if len(composed) == 1:
                    chars[-1] = composed
                ends[-1] = i + 1
            continue
        chars.append(ch)
        starts.append(i)
        ends.append(i + 1)
    if bidi.has_reordering(text):
        return _in_reading_order(text, chars, starts, ends)
    return CleanText("".join(chars), tuple(starts), tuple(ends), len(text))


def _in_reading_order(text: str, chars: list[str], starts: list[int], ends: list[int]) -> CleanText:
    """The letters in the order the reader sees them; a reordered letter stands for its whole
    override, controls included, so redacting a name written backwards removes all of it."""
    kept = [bidi.Placed(c, s, e, 0) for c, s, e in zip(chars, starts, ends, strict=True)]
    shown = bidi.to_reading_order(text, kept)
    return CleanText(
        "".join(p.char for p in shown),
        tuple(p.cover[0] if p.cover else p.start for p in shown),
        tuple(p.cover[1] if p.cover else p.end for p in shown),
        len(text),
        in_order=False,
    )


def fold_char(ch: str) -> str:
    """One character in, one character out: lower case, accents removed."""
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[0] if base else ch


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character (C-speed afterwards)."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=16)  # several detectors fold the same text during one scan
def fold(text: str) -> str:
    """Accent- and case-insensitive form of ``text`` with the same length."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


_SENTENCE_END = re.compile(r"[.!?¡¿\n]+\s*|\s[-–—]\s")
_ABBREVIATION = re.compile(r"(?i)\b(sr|sra|srta|dr|dra|lic|ing|prof|av|avda|col|mr|mrs|ms|st|no|n[uú]m|depto|apt|c|p)$")


@lru_cache(maxsize=16)
def _sentence_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        # An abbreviation dot ("Sr.", "Av.") does not end a sentence.
        if match.group(0).startswith(".") and _ABBREVIATION.search(text, max(0, match.start() - 8), match.start()):
            continue
        starts.append(match.end())
    return tuple(starts)


@lru_cache(maxsize=16)
def _sentence_end_matches(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of every sentence-end match, abbreviations included."""
    matches = list(_SENTENCE_END.finditer(text))
    return tuple(m.start() for m in matches), tuple(m.end() for m in matches)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the sentence around ``pos`` (rough, punctuation-based)."""
    starts = _sentence_starts(text)
    i = bisect_right(starts, pos) - 1
    start = starts[i]
    # The end is the first sentence-end match at or after ``pos``; looked up among all matches
    # (found once per text) rather than searched for, which went to the end of a text without
    # punctuation for every finding.  A ``pos`` inside a match is searched for directly.
    match_starts, match_ends = _sentence_end_matches(text)
    j = bisect_left(match_starts, pos)
    if j > 0 and match_ends[j - 1] > pos:
        end_match = _SENTENCE_END.search(text, pos)
        return start, end_match.start() if end_match else len(text)
    return start, match_starts[j] if j < len(match_starts) else len(text)
