"""What a reader sees when bidirectional controls reorder Latin letters.

U+202E (right-to-left override) makes the letters after it, up to U+202C or the end of the
line, display in reverse: "\u202ealimaC\u202c" is seen as "Camila".  The explicit part of the
Unicode bidirectional algorithm (UAX #9: embeddings, overrides, isolates, rule L2) is enough
to put the letters in the order they are shown.  Letters of right-to-left scripts are read
right to left anyway, so an override does not change their reading order: they keep the
order they were written in.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
OVERRIDES = frozenset(LRO + RLO)
# Direction each initiator opens; FSI takes the direction of its first strong letter, which for
# the engine's languages is left to right.
_OPENS = {LRE: "L", RLE: "R", LRO: "L", RLO: "R", LRI: "L", RLI: "R", FSI: "L"}
_ISOLATES = frozenset(LRI + RLI + FSI)
_LINE_ENDS = frozenset("\n\r\u2029\x85")
_CLOSERS = _LINE_ENDS | {PDF, PDI}
MAX_DEPTH = 125  # UAX #9's limit


@dataclass(slots=True)
class _Level:
    level: int
    override: str | None  # "L", "R" or None
    isolate: bool


@dataclass(slots=True)
class Placed:
    """One character the reader sees: where it is in the original text and, for a character an
    override reorders, the original span of the whole override (controls included)."""

    char: str
    start: int
    end: int
    level: int
    cover: tuple[int, int] | None = None


def has_reordering(text: str) -> bool:
    """Only a right-to-left override reverses Latin letters in a left-to-right text."""
    return RLO in text


def to_reading_order(text: str, kept: list[Placed]) -> list[Placed]:
    levels(text, kept)
    return reading_order(kept)


def levels(text: str, kept: list[Placed]) -> None:
    """Give each kept character (``kept`` in original order, ``start`` its index in ``text``) the
    embedding level it is shown at, and each overridden one the span of its outermost override."""
    stack = [_Level(0, None, False)]
    outer: int | None = None  # stack index of the outermost open override
    opened_at = 0  # where that override's initiator is in the text
    covered: list[Placed] = []  # the characters under it so far
    k = 0
    for i, ch in enumerate(text):
        top = stack[-1]
        if ch in _OPENS:
            step = 1 if (_OPENS[ch] == "R") != (top.level % 2 == 1) else 2
            if top.level + step <= MAX_DEPTH:
                override = _OPENS[ch] if ch in OVERRIDES else None
                stack.append(_Level(top.level + step, override, ch in _ISOLATES))
                if override is not None and outer is None:
                    outer, opened_at = len(stack) - 1, i
        elif ch in _CLOSERS:
            _close(stack, ch)
            if outer is not None and len(stack) <= outer:
                # The override ends here: its span takes the closing control, not a line break.
                _cover(covered, opened_at, i if ch in _LINE_ENDS else i + 1)
                covered, outer = [], None
        if k < len(kept) and kept[k].start == i:
            placed = kept[k]
            k += 1
            if ch in _LINE_ENDS:
                continue  # level 0: a line break ends every embedding
            top = stack[-1]
            if top.override == "R" and unicodedata.bidirectional(ch) not in ("R", "AL"):
                placed.level = top.level  # odd: shown reversed
            else:
                placed.level = top.level + (top.level % 2)  # even: read in the order written
            if outer is not None:
                covered.append(placed)
    _cover(covered, opened_at, len(text))


def _close(stack: list[_Level], ch: str) -> None:
    """Pop what ``ch`` closes: a line break everything, PDF the last embedding or override (not
    an isolate), PDI up to and including the last isolate."""
    if ch in _LINE_ENDS:
        del stack[1:]
    elif ch == PDF:
        if len(stack) > 1 and not stack[-1].isolate:
            stack.pop()
    elif any(entry.isolate for entry in stack):
        while not stack.pop().isolate:
            pass


def _cover(placed: list[Placed], start: int, end: int) -> None:
    for p in placed:
        p.cover = (start, end)


def reading_order(placed: list[Placed]) -> list[Placed]:
    """Rule L2, line by line: from the highest level down to 1, reverse every run at that level
    or above."""
    out: list[Placed] = []
    line: list[Placed] = []
    for p in placed:
        if p.char in _LINE_ENDS:
            out += _reorder(line)
            out.append(p)
            line = []
        else:
            line.append(p)
    return out + _reorder(line)


def _reorder(line: list[Placed]) -> list[Placed]:
    highest = max((p.level for p in line), default=0)
    for level in range(highest, 0, -1):
        i = 0
        while i < len(line):
            if line[i].level < level:
                i += 1
                continue
            j = i
            while j < len(line) and line[j].level >= level:
                j += 1
            line[i:j] = line[i:j][::-1]
            i = j
    return line
