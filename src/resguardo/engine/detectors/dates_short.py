"""Short dates as people write them in a message: "el 2/9", "el lunes 14", "jueves 3 a las 8",
"el 14", "on the 30th", "next tues the 9th".

A bare number is a date only when the words around it make it one: a weekday before it, or
"el"/"on the" before it and nothing after it but punctuation, a time ("a las 8", "at 3") or a
small word ("y", "and", "we").  So "2/3 of kids", "ganamos 3/1", "24/7", "the 2nd floor",
"2nd grade", "el 10%", "el 5 es mejor" and "el 14 de la calle" (a street number) are not dates.
The caller applies the same personal/event gate as to full dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Weekdays in folded (lower-case, unaccented) text, full names before the abbreviations they start with.
_WEEKDAY = (
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# English abbreviations are words too ("sat", "sun", "wed"): they count only capitalised or
# with "the"/an ordinal after them ("next tues the 9th").
_WEEKDAY_ABBR = r"mon|tues?|wed|thurs?|thu|fri|sat|sun"
_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th|º|°|ro)"
# What may follow a bare day: the end, punctuation (not a decimal), a time, or a small word.
_AFTER_OK = re.compile(
    r"(?i)\s*(?:$|[.,;:!?)](?=\s|$)|(?:y|o|al|and|or|to)\s+(?:el\s+|the\s+)?\d{1,2}(?![\d%º°]|\s*%)"
    r"|(?:a\s+las?|a\s+mediod[ií]a|en\s+la\s+(?:mañana|manana|tarde|noche)"
    r"|por\s+la\s+(?:mañana|manana|tarde|noche)|temprano|para|con|que"
    r"|nos|me|te|le|les|se|hay|tengo|tiene|tenemos|vamos|voy|va|van|at|@|in\s+the\s+(?:morning|afternoon|evening)"
    r"|and|or|to|we|i|you|he|she|they|so|but|then|if|with|when|until|by|for|from|is|was|court"
    # "el 18 mi viejo sale del bote": whose day it is comes next
    r"|mi|mis|su|sus|my|his|her|their)\b)"
)
# A time after a slash date makes it one: "2/9 a las 10", "11/4 at 3pm".
_TIME_AFTER = re.compile(r"(?i)\s*(?:a\s+las?\s+\d|at\s+\d|@\s*\d|\d{1,2}(?::\d\d)?\s*(?:am|pm|hrs)\b)")
# Fractions and scores: a slash number followed by these is not a date.
_NOT_AFTER_SLASH = re.compile(r"(?i)\s*(?:%|of\b|de\b|del\b|partes?\b|parts?\b|vs\b|\d)")
# From the slash (a literal: the regex engine skips to it); the digits before it are read in code.
_SLASH = re.compile(r"/(\d{1,2})(?![\w/-]|[.,]\d)")
# Words before a slash date or a bare day that make it a date ("la cita es el 2/9", "due 11/4").
_SLASH_CUE = re.compile(
    rf"(?i)(?:\b(?:el|del|para\s+el|hasta\s+el|desde\s+el|on|by|until|till|before|after|since|due|next|this"
    rf"|este|pr[oó]ximo|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|{_WEEKDAY}|{_WEEKDAY_ABBR})\.?,?\s+"
    # "Xime's bday is 2/9", "su cumple es el 2/9"
    r"|\b(?:bday|b-day|birthday|cumple|cumpleaños|cumpleanos)\s+(?:is|es|=|:)?\s*)$"
)
# Over the folded text, with no flags and no leading \\b: several times faster than (?i).
_WEEKDAY_DAY = re.compile(rf"({_WEEKDAY}|{_WEEKDAY_ABBR})\.?,?\s+(the\s+)?{_DAY}({_ORD})?(?!\w)")
# A weekday and a number followed by these is a count or a time ("el lunes 3 niños", "Martes 7 p. m.").
_NOT_AFTER_WEEKDAY = re.compile(
    r"(?i)\s*(?:[:%]|\d|(?:horas?|hrs?|hours?|minutos?|mins?|minutes?|ni[ñn][oa]s|kids|personas|people"
    r"|veces|times|pm|am|p\.\s?m|a\.\s?m|hs|años|years|de\s+la\s+(?:calle|tarde|mañana|manana|noche)"
    r"|meses|months|semanas|weeks|pesos|dollars)(?!\w))"
)
# "el 14", "del día 3", "el 3º"; starts with the literal so the regex engine skips ahead.
# No ordinal: "del 2º y 3º dedos" is a count.
_EL_DAY = re.compile(rf"el\s+(d[ií]a\s+)?({_DAY})(?![\w%.,º°]\d|[\w%º°])")
_THE_DAY = re.compile(rf"the\s+({_DAY})(?:st|nd|rd|th)\b")
# "on the 2nd floor", "for the 2nd time": after a preposition the ordinal must still end the phrase.
# "is the 2nd", "for the 2nd?", "para el the 5th" (Spanglish) are cues too, on the same condition.
_ON_THE = re.compile(r"(?i)\b(?:on|by|until|till|before|after|since|from|due|starting|through|thru|is|for|el|para)\s+$")


def _word_start(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def short_dates(text: str, low: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, needs_context) of each short date: a date that ``needs_context`` counts only
    after personal words ("visita 11/4").  ``low`` is ``text`` lower-cased (same length)."""
    if "/" in text:
        yield from _slash_dates(text)
    yield from _weekday_dates(text, low)
    yield from _el_day_dates(text, low)
    yield from _the_day_dates(text, low)


def _slash_dates(text: str) -> Iterator[tuple[int, int, bool]]:
    for m in _SLASH.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isdigit() and m.start() - start < 3:
            start -= 1
        if not 1 <= m.start() - start <= 2 or (
            start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_/.,:-")
        ):
            continue
        a, b = int(text[start : m.start()]), int(m.group(1))
        if (a > 12 and b > 12) or a == 0 or b == 0 or (a, b) == (24, 7):
            continue
        if _NOT_AFTER_SLASH.match(text, m.end()):
            continue
        if _SLASH_CUE.search(text, max(0, start - 25), start) or _TIME_AFTER.match(text, m.end()):
            yield start, m.end(), False
        elif re.match(r"\s*(?:$|[.,;!?)])", text[m.end() : m.end() + 3]):
            yield start, m.end(), True  # "ganamos 3/1", "EVA 7/10": only after personal words


def _weekday_dates(text: str, low: str) -> Iterator[tuple[int, int, bool]]:
    for m in _WEEKDAY_DAY.finditer(low):
        if not _word_start(low, m.start()) or _NOT_AFTER_WEEKDAY.match(text, m.end()):
            continue
        # An abbreviation counts capitalised or with "the"/an ordinal: not "she sat 3 rows back".
        if m.group(1) in _ABBREVIATIONS and not (text[m.start()].isupper() or m.group(2) or m.group(3)):
            continue
        yield m.start(), m.end(), False


def _el_day_dates(text: str, low: str) -> Iterator[tuple[int, int, bool]]:
    for m in _EL_DAY.finditer(low):
        start = m.start()
        # "el 14" or "del 14" (the "el" inside "del"), not "nivel 14" or "papel 3".
        if not (_word_start(low, start) or (low[start - 1] == "d" and _word_start(low, start - 1))):
            continue
        if low[max(0, start - 3) : start] == "en ":
            continue  # "en el 14" is a place (a room, a bus)
        if not _AFTER_OK.match(text, m.end()):
            continue  # not "el 14 de la calle", "el 5 es mejor"
        if m.group(1) is None:
            yield m.start(2), m.end(), False
        else:
            # Clinical notes count days ("el día 6 post-intoxicación", "el día 22, tras 48 horas"):
            # "el día 3" is a date only after personal words or before a time.
            yield m.start(1), m.end(), not _TIME_AFTER.match(text, m.end())


def _the_day_dates(text: str, low: str) -> Iterator[tuple[int, int, bool]]:
    for m in _THE_DAY.finditer(low):
        if not _word_start(low, m.start()):
            continue
        cue = _ON_THE.search(low, max(0, m.start() - 12), m.start()) is not None
        if _AFTER_OK.match(text, m.end()) or (cue and not re.match(r"\s+[a-z]", low[m.end() : m.end() + 3])):
            yield m.start(), m.end(), False
