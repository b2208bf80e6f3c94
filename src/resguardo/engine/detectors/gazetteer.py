"""First names and place names from lists the project builds (training/build_gazetteer.py).

The statistical model misses names it never saw ("Jayden", "Xóchitl") and places written
in lower case; a list of ~2,000 first names and ~8,000 places catches them cheaply.  A
name that is also an everyday word ("Hope", "Rosa", "Victoria") is taken only when it is
capitalised and not the first word of a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import ahocorasick

from ..textutil import fold
from ..types import Candidate, FindingType, Lang

WEAK = 0.4  # a candidate that counts only next to stronger findings
GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "models" / "gazetteer"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SURNAME = re.compile(r"\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:-[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)?)")
_NOT_SURNAME = frozenset(
    (
        "The And But For Of In On At To From With Is Was Are El La Los Las De Del Y En Por Para Con Que Se Su "
        "I I'm My Our Your His Her Their We You He She It This That Hoy Mañana Today Tomorrow"
    ).split()
)


def _load(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    path = GAZETTEER_DIR / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, _, kind = line.partition("\t")
            table[key] = kind
    return table


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Frequent lower-case Spanish and English words that are not mainly names ("pan", "dulce")."""
    path = GAZETTEER_DIR / "everyday_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.is_file() else frozenset()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], object]:
    names, places = _load("first_names.tsv"), _load("places.tsv")
    automaton = ahocorasick.Automaton()
    for key, kind in places.items():
        automaton.add_word(key, (len(key), kind))
    automaton.make_automaton()
    return names, places, automaton


def is_first_name(folded: str) -> bool:
    return folded in _tables()[0]


def is_place(folded: str) -> bool:
    return folded in _tables()[1]


_SAINT_OR_FEAST = re.compile(
    r"(?:\b(?:san|santa|santo|st\.?|saint|virgen\s+de(?:l)?|nuestra\s+senora\s+de|dia\s+de(?:l)?|fort|puerto|villa)\s+)$"
)


def inside_place(folded: str, start: int, end: int) -> bool:
    """A first name that is part of a place or feast name: "San Diego", "Santiago de Chile",
    "Día de la Virgen de Guadalupe"."""
    if _SAINT_OR_FEAST.search(folded, max(0, start - 25), start):
        return True
    tail = re.match(r"\s+de(?:l| la| los)?\s+([a-z]+(?:\s+[a-z]+)?)", folded[end : end + 40])
    if tail is None:
        return False
    return is_place(folded[start : end + tail.end()]) or any(
        is_place(w) for w in (tail.group(1), tail.group(1).split()[0])
    )


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“«(":
        i -= 1
    return i < 0 or text[i] in ".!?¡¿:\n"


def _acceptable(text: str, start: int, end: int, kind: str, lang: Lang, person: bool) -> bool:
    surface = text[start:end]
    if surface.isupper() and len(surface) > 1:
        return False  # "ELISA", "EVA", "PIO": acronyms far more often than names
    if not surface[0].isupper():
        # "canada", "india" in lower case are still places; "pan", "dulce" are not names.
        everyday = person and fold(surface) in everyday_words()
        return kind == "name" and end - start >= 4 and not everyday
    if kind == "common":
        # "Hope you…", "Día Mundial de la Salud": an everyday word at a sentence start or after an
        # article is a word, not a name.
        after_article = re.search(r"(?i)\b(?:de|la|el|del|los|las|en|the|of)\s+$", text[max(0, start - 8) : start])
        return not _sentence_initial(text, start) and not surface.isupper() and after_article is None
    return True


class GazetteerDetector:
    name = "gazetteer.v1"

    def __init__(self) -> None:
        self.names, self.places, self.automaton = _tables()

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        folded = fold(text)
        out: list[Candidate] = []
        for m in _WORD.finditer(text):
            kind = self.names.get(folded[m.start() : m.end()])
            if kind is None or not _acceptable(text, m.start(), m.end(), kind, lang, person=True):
                continue
            if inside_place(folded, m.start(), m.end()):
                continue
            end = m.end()
            for _ in range(2):  # "Tyler Boyd", "Andrea Gómez Luna"
                s = _SURNAME.match(text, end)
                if s is None or s.group(1) in _NOT_SURNAME or fold(s.group(1)) in everyday_words():
                    break
                end = s.end()
            # In Spanish too many lower-case words are also names ("delgado", "dolores"): a weak
            # candidate, kept only when the text says more about someone (see pipeline).
            weak = lang == "es" and not text[m.start()].isupper()
            out.append(Candidate(m.start(), end, FindingType.PERSON, WEAK if weak else 0.6, self.name))
        for end_index, (length, kind) in self.automaton.iter(folded):  # type: ignore[attr-defined]
            start, end = end_index - length + 1, end_index + 1
            before = folded[start - 1] if start else " "
            after = folded[end] if end < len(folded) else " "
            if before.isalnum() or after.isalnum() or not _acceptable(text, start, end, kind, lang, person=False):
                continue
            weak = lang == "es" and not text[start].isupper()
            if weak and re.match(r"(?:el|la|los|las|san|santa)\s", folded[start:end]):
                continue  # "el paso", "la unión", "la vista": a phrase in lower case, not a place
            out.append(Candidate(start, end, FindingType.LOCATION, WEAK if weak else 0.6, self.name))
        return out
