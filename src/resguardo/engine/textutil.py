"""Text helpers that keep character offsets exact.

Detectors run on a *clean* copy of the text (zero-width and other format characters and
combining marks removed, so "Val\u200beria" or a decomposed "José" cannot slip past) and
their spans are mapped back to the caller's original offsets.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_DROP_CATEGORIES = {"Cf", "Mn", "Cc"}
_KEEP_CONTROL = {"\n", "\t", "\r"}


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    # positions[i] is the index in the original text of clean character i.
    positions: tuple[int, ...]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if start >= len(self.positions):
            return self.original_length, self.original_length
        return self.positions[start], self.positions[end - 1] + 1 if end > start else self.positions[start]


def clean(text: str) -> CleanText:
    """Drop characters that change nothing a reader sees but can split a name."""
    if text.isascii() and "\x00" not in text and all(c >= " " or c in _KEEP_CONTROL for c in text):
        return CleanText(text, tuple(range(len(text))), len(text))
    chars: list[str] = []
    positions: list[int] = []
    for i, ch in enumerate(text):
        if ch not in _KEEP_CONTROL and unicodedata.category(ch) in _DROP_CATEGORIES:
            # A combining accent after a letter: fold it into the letter instead of losing it.
            if unicodedata.category(ch) == "Mn" and chars:
                composed = unicodedata.normalize("NFC", chars[-1] + ch)
                if len(composed) == 1:
                    chars[-1] = composed
            continue
        chars.append(ch)
        positions.append(i)
    return CleanText("".join(chars), tuple(positions), len(text))


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
_ABBREVIATION = re.compile(
    r"(?i)\b(sr|sra|srta|dr|dra|lic|ing|prof|av|avda|col|mr|mrs|ms|st|no|n[uú]m|depto|apt|c|p)$"
)


@lru_cache(maxsize=16)
def _sentence_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        # An abbreviation dot ("Sr.", "Av.") does not end a sentence.
        if match.group(0).startswith(".") and _ABBREVIATION.search(text, max(0, match.start() - 8), match.start()):
            continue
        starts.append(match.end())
    return tuple(starts)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the sentence around ``pos`` (rough, punctuation-based)."""
    starts = _sentence_starts(text)
    i = bisect_right(starts, pos) - 1
    start = starts[i]
    end_match = _SENTENCE_END.search(text, pos)
    end = end_match.start() if end_match else len(text)
    return start, end
