"""Dates tied to a person (birth, hearing, removal, admission) — not agency events.

A date is kept when its sentence has no announcement words ("cerrado", "taller",
"closed", "join us"); personal context words ("nació", "DOB", "audiencia", "hearing")
raise the score.  Short forms ("el 2/9", "el lunes 14", "on the 30th", see ``dates_short``)
go through the same gate.
"""

from __future__ import annotations

import re

from ..textutil import fold, sentence_bounds
from ..types import Candidate, FindingType, Lang
from ._lexicon import MONTHS
from .dates_short import short_dates

_D = r"(?:[12]\d|3[01]|0?[1-9])"
_Y = r"(?:19|20)\d{2}"
# Matched over the folded text (lower case, no accents, same length) with no flags, and the
# lookahead on the first characters (digits, month initials) lets most positions fail at once:
# five times faster than (?i) over the text.
_DATE = re.compile(
    rf"\b(?=[\dadefjmnos])(?:"
    rf"{_D}[/.-](?:1[0-2]|0?[1-9])[/.-](?:{_Y}|\d{{2}})"  # 03/03/1946, 5-1-15
    rf"|(?:1[0-2]|0?[1-9])/{_D}/(?:{_Y}|\d{{2}})"  # US 11/08/2019 (caught by the line above too)
    rf"|{_Y}[/.-](?:1[0-2]|0?[1-9])[/.-]{_D}"  # 2015-03-12
    rf"|{_D}(?:º|°|ro)?\s+de\s+(?:{MONTHS})\.?(?:\s+(?:de(?:l)?\s+)?{_Y})?"  # 5 de enero de 2015
    rf"|(?:{MONTHS})\.?\s+{_D}(?:st|nd|rd|th)?(?:,?\s+{_Y})?"  # January 5th, 2015
    rf"|{_D}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\.?(?:,?\s+{_Y})?"  # 5 January 2015
    rf"|(?:{MONTHS})\.?\s+(?:de(?:l)?\s+|of\s+)?{_Y}"  # marzo de 2014, March 2019
    rf")\b"
)
_PERSONAL = re.compile(
    r"\b(?:naci|nacimiento|f\.?\s?nac|dob|d\.o\.b|born|birth|cumple|audiencia|hearing|court|corte|juzgado"
    r"|tribunal|retir|removed|removal|placed|placement|coloca|ingres|admitted|admission|alta|discharge"
    r"|fecha|date|visita|visit|cita|appointment|adopt|custodia|custody|fallec|died|muri)"
)
_EVENT = re.compile(
    r"\b(?:cerrad|cerrar|closed|closing|taller|workshop|sesion|session|evento|event|feria|fair|join|unase"
    r"|inscri|register|registration|convocatoria|webinar|conferencia|conference|open house|celebr"
    r"|festiv|holiday|orientacion|orientation|training|capacitacion|meeting|reunion informativa"
    # Invitations, deadlines, giveaways and public holidays in an agency's post.
    r"|los esperamos|te esperamos|traiga|traigan|bring your|apply by|deadline|fecha limite|starting|giveaway"
    r"|regalamos|gratis|free|scholarship|becas|colecta|donation|office hours|horario|independence day"
    r"|dia del nino|dia de las madres|mother'?s day|father'?s day|thanksgiving|accion de gracias|navidad"
    r"|christmas|ano nuevo|new year|heritage month|herencia hispana|mes de la|awareness month)"
)
# A bare year is a personal date only right after birth or removal words ("nació en 2012").
_YEAR = re.compile(
    rf"(?i)\b(?:naci[oó]|nacid[oa]|born|removed|retirad[oa]|adoptad[oa]|adopted|ingres[oó]|desde|since)"
    rf"(?:\s+\w+){{0,3}}?\s+(?:en|in|el|de)?\s*({_Y})\b"
)


class DateDetector:
    name = "date.v1"

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        out: list[Candidate] = []
        folded = fold(text)
        for m in _DATE.finditer(folded):
            if m.group(0).startswith(("may ", "mar ")) and not re.search(r"\d{4}|\d+(?:st|nd|rd|th)", m.group(0)):
                continue  # "may 5" is more often the verb than the month
            score = self._score(text, folded, m.start())
            if score is not None:
                out.append(Candidate(m.start(), m.end(), FindingType.DATE, score, self.name))
        if any(c.isdigit() for c in text):
            for start, end, needs_context in short_dates(text, folded):
                score = self._score(text, folded, start)
                if score is not None and (score > 0.6 or not needs_context):
                    out.append(Candidate(start, end, FindingType.DATE, score, self.name))
        out += [Candidate(m.start(1), m.end(1), FindingType.DATE, 0.85, self.name) for m in _YEAR.finditer(text)]
        return out

    @staticmethod
    def _score(text: str, folded: str, start: int) -> float | None:
        """0.9 after personal words, None in an announcement's sentence, 0.6 otherwise."""
        s_start, s_end = sentence_bounds(text, start)
        if _PERSONAL.search(folded[max(s_start, start - 60) : start]):
            return 0.9
        if _EVENT.search(folded[s_start:s_end]):
            return None
        return 0.6
