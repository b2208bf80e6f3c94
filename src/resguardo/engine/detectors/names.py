"""Names told by their context: a title or "familia" before a capitalised word.

"Sra. Maldonado", "Lic. Ramos", "la familia Ramírez", "the Ramirez kids": the model often
misses a lone surname, and the surname is what identifies the family.
"""

from __future__ import annotations

import re

from ..types import Candidate, FindingType, Lang

_CAP = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:[-'][A-ZÁÉÍÓÚÑ]?[a-záéíóúñü]+)?"
_TITLES = (
    r"Sr\.|Sra\.|Srta\.|Señor|Señora|Señorita|Don|Doña|Lic\.|Licenciad[oa]|Dr\.|Dra\.|Prof\.|Profe|Maestr[oa]"
    r"|Mr\.?|Mrs\.?|Ms\.?|Miss|Officer|Judge|Juez|Jueza|Coach|Abuela|Abuelo|Tía|Tío|Aunt|Uncle"
)
_PATTERNS = [
    re.compile(rf"\b(?:{_TITLES})\s+((?:{_CAP})(?:\s+{_CAP})?)"),
    re.compile(rf"\b(?:[Ff]amilia|[Ll]os)\s+(?:de\s+)?((?:{_CAP})(?:\s+{_CAP})?)"),
    re.compile(rf"\b[Tt]he\s+({_CAP})\s+(?:family|kids|children|boys|girls|brothers|sisters|twins|household)\b"),
]
# Words that follow a title or "familia" without being a name.
_NOT_NAMES = frozenset(
    "De La Las Los El Del Y The Of And Sustituta Temporal Acogida Adoptiva Extensa Biológica Biologica Unida "
    "Unidas Foster Family Families".split()
)


class NamesByContextDetector:
    name = "names.v1"

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        out: list[Candidate] = []
        for pattern in _PATTERNS:
            for m in pattern.finditer(text):
                words = m.group(1).split()
                while words and words[-1] in _NOT_NAMES:
                    words.pop()
                if not words or words[0] in _NOT_NAMES:
                    continue
                end = m.start(1) + len(" ".join(words))
                out.append(Candidate(m.start(1), end, FindingType.PERSON, 0.8, self.name))
        return out
