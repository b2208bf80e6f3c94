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
def _tables() -> tuple[dict[str, str], dict[str, str], object]:
    names, places = _load("first_names.tsv"), _load("places.tsv")
    automaton = ahocorasick.Automaton()
    for key, kind in places.items():
        automaton.add_word(key, (len(key), kind))
    automaton.make_automaton()
    return names, places, automaton


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“«(":
        i -= 1
    return i < 0 or text[i] in ".!?¡¿:\n"


def _acceptable(text: str, start: int, end: int, kind: str, lang: Lang) -> bool:
    surface = text[start:end]
    if surface.isupper() and len(surface) > 1:
        return False  # "ELISA", "EVA", "PIO": acronyms far more often than names
    if not surface[0].isupper():
        # Lower-case names are common in English posts; in Spanish too many words collide
        # ("delgado", "dolores", "colon"), and the roster covers the agency's own people.
        return lang == "en" and kind == "name" and end - start >= 4
    if kind == "common":
        return not _sentence_initial(text, start) and not surface.isupper()
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
            if kind is None or not _acceptable(text, m.start(), m.end(), kind, lang):
                continue
            end = m.end()
            for _ in range(2):  # "Tyler Boyd", "Andrea Gómez Luna"
                s = _SURNAME.match(text, end)
                if s is None or s.group(1) in _NOT_SURNAME:
                    break
                end = s.end()
            out.append(Candidate(m.start(), end, FindingType.PERSON, 0.6, self.name))
        for end_index, (length, kind) in self.automaton.iter(folded):  # type: ignore[attr-defined]
            start, end = end_index - length + 1, end_index + 1
            before = folded[start - 1] if start else " "
            after = folded[end] if end < len(folded) else " "
            if before.isalnum() or after.isalnum() or not _acceptable(text, start, end, kind, lang):
                continue
            out.append(Candidate(start, end, FindingType.LOCATION, 0.6, self.name))
        return out
