"""Many term patterns searched at once, quickly.

One alternation of two hundred patterns makes Python's regex engine try every alternative at
every character: 5 ms for a 3,000-character clinical note.  A term starts a word, so ``TermSet``
tries only word starts, and at each one only the patterns that can begin with that letter (the
first letters are read from the parsed pattern).  Alternatives keep their order, so a word start
gets the same match as ``re.search`` of the whole alternation would give there.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

# The parser behind ``re`` (``re._parser`` since Python 3.11, ``sre_parse`` before), read only
# to learn which letters a pattern may start with.
try:
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _sre = importlib.import_module("sre_parse")

_WORD_START = re.compile(r"(?<!\w)\w")
_ANY = None  # a pattern whose first character could not be worked out is tried everywhere


def _first_of_sequence(items: Sequence[tuple[object, object]]) -> set[str] | None:
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # \b and look-arounds take no character
        if name == "LITERAL":
            return out | {chr(arg)}  # type: ignore[arg-type]
        if name == "IN":
            chars: set[str] = set()
            for in_op, in_arg in arg:  # type: ignore[attr-defined]
                if str(in_op) == "LITERAL":
                    chars.add(chr(in_arg))
                elif str(in_op) == "RANGE":
                    low, high = in_arg
                    chars.update(chr(c) for c in range(low, high + 1))
                else:
                    return _ANY  # a category (\w, \d) or a negation
            return out | chars
        if name == "BRANCH":
            branches = [_first_of_sequence(list(b)) for b in arg[1]]  # type: ignore[index]
            if any(b is _ANY for b in branches):
                return _ANY
            return out.union(*[b for b in branches if b is not None])
        if name == "SUBPATTERN":
            inner = _first_of_sequence(list(arg[-1]))  # type: ignore[index]
            return _ANY if inner is None else out | inner
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, _high, inner_items = arg  # type: ignore[misc]
            inner = _first_of_sequence(list(inner_items))  # type: ignore[has-type]
            if inner is _ANY:
                return _ANY
            out |= inner
            if low >= 1:
                return out
            continue  # optional: the next item may start the match too
        return _ANY
    return _ANY  # could match the empty string


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can start with, or None when any could."""
    try:
        return _first_of_sequence(list(_sre.parse(pattern)))
    except Exception:  # an unexpected parse shape only costs speed
        return _ANY


class TermSet:
    """Alternatives matched at word starts of lower-case, accent-folded text."""

    def __init__(self, alternatives: Sequence[str]) -> None:
        firsts = [first_chars(alt) for alt in alternatives]
        letters = set().union(*[f for f in firsts if f is not None])
        self._wild = [alt for alt, f in zip(alternatives, firsts, strict=True) if f is None]
        self._by_char: dict[str, re.Pattern[str]] = {}
        for ch in letters:
            chosen = [alt for alt, f in zip(alternatives, firsts, strict=True) if f is None or ch in f]
            self._by_char[ch] = re.compile(r"\b(?:" + "|".join(chosen) + r")\b")
        self._fallback = re.compile(r"\b(?:" + "|".join(self._wild) + r")\b") if self._wild else None

    def finditer_overlapping(self, text: str) -> Iterator[re.Match[str]]:
        """The match at each word start where one begins (matches may overlap; the merge step
        joins them)."""
        by_char, fallback = self._by_char, self._fallback
        for start in _WORD_START.finditer(text):
            pos = start.start()
            pattern = by_char.get(text[pos], fallback)
            if pattern is not None and (m := pattern.match(text, pos)) is not None:
                yield m
