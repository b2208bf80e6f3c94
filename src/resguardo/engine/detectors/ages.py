"""Ages and birthdays in the common Spanish and English forms; bare numbers ("el de 5",
"a sus 13", "my son is 8") are in ``ages_bare``.

"cumple 6 meses en el trabajo" (or "sobria", "de casada") is an anniversary, not a person's age,
and is left out; "el bebé cumple 6 meses" is an age.
"""

from __future__ import annotations

import re

from ..textutil import fold
from ..types import Candidate, FindingType, Lang
from .ages_bare import find_bare_ages, folded_pattern

_NUM = (
    r"(?:\d{1,3}|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
    r"|dieciséis|dieciseis|diecisiete|dieciocho|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)"
)
_UNIT = r"(?:años|anos|meses)"
# One alternation, one pass over the folded text (see ``folded_pattern``).  Where an alternative
# has a group "a<n>", that group is the part reported ("de 11 años" reports "11 años"); otherwise
# the whole match is.
_AGE = folded_pattern(
    "|".join(
        f"(?P<w{i}>{p})"
        for i, p in enumerate(
            (
                # "de 11 años", "tiene 3 meses": a bare "6 meses" is a duration, not an age.
                rf"\b(?:de|tiene|tengo|tenía|tenia|cumplió|cumplio)\s+(?P<a0>{_NUM}\s*{_UNIT})\b",
                rf"(?<=,\s)(?P<a1>{_NUM}\s*años)\b",
                rf"\b{_NUM}\s*(?:años|anos|meses|semanas|días)\s+de\s+(?:edad|vida|nacid[oa])\b",
                rf"\b{_NUM}\s*añitos\b",
                rf"\b(?:cumple|cumplió|cumplio|cumplirá|cumplira|cumplir|va\s+a\s+cumplir)\s+(?:sus\s+|los\s+)?{_NUM}(?:\s+años)?\b",
                rf"\b{_NUM}[\s-]+(?:year|yr|month|week)s?[\s-]+old\b",
                rf"\b(?:age|aged|edad)\s*:?\s*{_NUM}(?:\s+(?:años|years?|yrs))?\b",
                rf"\b(?:turns?|turned|turning)\s+{_NUM}\b",
                r"\b\d{1,2}(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b",
                # "8yo", "8 y/o" ("2 y/o 3 dosis" is "and/or"); "3 yo" with a space is in ``find``.
                r"\b\d{1,2}(?:yo|y/o|y\.o\.)(?!\w)(?!\s*\d)|\b\d{1,2}\s+(?:y/o|y\.o\.)(?!\w)(?!\s*(?:\d|[a-z]+\s+\d))",
                rf"\b(?:sus|mis|tus)\s+(?:{_NUM}|xv)\s+(?:años|añitos)\b",
            )
        )
    )
)
# "hace 3 años" (3 years ago), "durante 2 años" and ranges ("de 16 a 21 años") are not ages.
_NOT_AGE_BEFORE = re.compile(
    r"(?i)(?:\b(?:hace|durante|por|desde\s+hace|cada|en|últimos|ultimos|primeros|for|in|every|of)\s+"
    r"|\b(?:de|entre|from|between)\s+\d{1,2}\s+(?:a|y|to|and|-)\s+|\d\s*(?:-|–|a|to)\s*)$"
)
_NOT_AGE_AFTER = re.compile(
    r"(?i)^\s*(?:de\s+(?:experiencia|servicio|trabajo|casad|matrimonio|evoluci|duraci|tratamiento|seguimiento"
    r"|antig|edad\s+gestacional|gestaci|embarazo|diagn|abstinencia|consumo|prisi|c[aá]rcel|retraso)|después|despues|atrás|atras|ago|later"
    r"|de\s+prisi[oó]n|of\s+(?:experience|service)|in\s+prison"
    # "turning 12 pages", "turned 180 degrees": counts, not ages
    r"|(?:pages?|p[aá]ginas?|degrees?|grados?|points?|puntos?|percent|por\s+ciento|%|°|times|veces|miles|millas"
    r"|minutes?|minutos?|hours?|horas?)\b"
    # an anniversary: "cumple 6 meses en el trabajo", "cumple un año sobria", "2 años de casados"
    r"|(?:meses|años|anos|semanas|días|dias|months|years|weeks)\s+(?:en\s+(?:el|la|su|este|esta)\s+"
    r"(?:trabajo|empresa|programa|puesto|agencia|escuela|oficina)|trabajando|de\s+(?:casad|sobri|limpi|novios"
    r"|trabajo|servicio|matrimonio|abstinencia)|sobri|limpi|sin\s+(?:beber|tomar|consumir|drogas|fumar)"
    r"|juntos|working|sober|clean|at\s+(?:the|my|his|her|this)|on\s+the\s+job))"
)


# News style: "Kaylee Morgan, 9, who ..." / "Destiny Ruiz, 15, ran ..."
_AFTER_NAME = re.compile(
    r"\b[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:,\s+(\d{1,2})\s*,|\s+\((\d{1,2})\))"  # "Destiny Ruiz, 15," / "Mateo (7)"
    r"|\b(?:she|he)(?:'s|\s+is|\s+was|\s+turned)\s+(?:only\s+|just\s+)?(\d{1,2})\b"
    r"(?!\s*(?:%|mins?\b|minutes|hours|pm\b|am\b|\$|feet|foot|ft\b|inches|in\b|lbs?\b|pounds|points|days|weeks|months"
    r"|miles|kg\b|cm\b|st\b|nd\b|rd\b|th\b|'|\"|:|\.\d|,\d))"
)


_SPACED_YO = re.compile(r"(?i)\b\d{1,2}\s+yo\b(?!\s*\d)")


class AgeDetector:
    name = "age.v1"

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        out: list[Candidate] = []
        folded = fold(text)
        for m in _AGE.finditer(folded):
            inner = [g for g in ("a0", "a1") if m.group(g) is not None]
            start, end = m.span(inner[0]) if inner else m.span(0)
            if _NOT_AGE_BEFORE.search(text, max(0, start - 30), start):
                continue
            if _NOT_AGE_AFTER.match(text[end : end + 40]):
                continue
            out.append(Candidate(start, end, FindingType.AGE, 0.9, self.name))
        if lang == "en":
            # "my 8 yo" with a space only in English: "somos 3 yo y mis hijos" is the pronoun.
            out += [Candidate(m.start(), m.end(), FindingType.AGE, 0.9, self.name) for m in _SPACED_YO.finditer(text)]
        out += [Candidate(s, e, FindingType.AGE, score, self.name) for s, e, score in find_bare_ages(folded)]
        for m in _AFTER_NAME.finditer(text):
            group = next(g for g in (1, 2, 3) if m.group(g) is not None)
            out.append(Candidate(m.start(group), m.end(group), FindingType.AGE, 0.8, self.name))
        return out
