"""Schools, kindergartens, daycares and school teams, in both languages."""

from __future__ import annotations

import re

from ..types import Candidate, FindingType, Lang

_CAP = r"[A-ZÁÉÍÓÚÑ0-9][\wÁÉÍÓÚÑáéíóúñü.'-]*"
_CONNECT = r"(?:de(?:l)?|la|las|los|el|y)"
_ES_KIND = (
    r"Escuela|Esc\.|Primaria|Secundaria|Telesecundaria|Preparatoria|Prepa|Bachillerato|Colegio|Instituto|Kínder"
    r"|Kinder|Jardín\s+de\s+Niños|Jardin\s+de\s+Niños|Guardería|Guarderia|Estancia\s+Infantil|CEIP|IES|CONALEP"
    r"|CBTIS|CBTa|CECyT|CETIS|Liceo|Academia|Universidad|Instituto\s+Tecnológico"
)
_ES_QUALIFIER = (
    r"(?:\s+(?:Técnica|Tecnica|General|Federal|Estatal|Oficial|Particular|Primaria|Secundaria|Rural|Diurna"
    r"|Nocturna|Pública|Publica|Industrial|Agropecuaria|Urbana|Bilingüe|Bilingue|Infantil))*"
)
_ES_SCHOOL = re.compile(
    rf"\b(?i:{_ES_KIND}){_ES_QUALIFIER}"
    rf"(?:\s+(?:No\.|N[º°o]\.?|#|número|numero))?\s*(?:\d{{1,4}}\b|(?:\"|“)?(?:{_CONNECT}\s+){{0,2}}{_CAP}(?:\s+(?:{_CONNECT}\s+)?{_CAP}){{0,4}}(?:\"|”)?)"
)
_EN_KIND = (
    r"Elementary(?:\s+School)?|Middle(?:\s+School)?|High(?:\s+School)?|Junior\s+High(?:\s+School)?|Jr\.?\s+High"
    r"|Academy|Preschool|Pre-K|Prep(?:aratory)?(?:\s+School)?|Montessori(?:\s+School)?|Day\s?[Cc]are|Daycare"
    r"|Learning\s+Center|Charter\s+School|School|Kindergarten|Head\s+Start|Intermediate|Primary\s+School"
)
_NOT_NAME = (
    r"The|A|An|My|Our|Your|His|Her|Their|Back|Public|Summer|Sunday|Night|Online|Foster|Every|Each|This|That"
    r"|New|Any|All|Local|Private|Home|Grad|Graduate|Law|Medical|Nursing|Middle|High|Elementary|Your|Free|After"
)
_EN_SCHOOL = re.compile(
    rf"\b(?:St\.\s+)?(?!(?:{_NOT_NAME})\b)[A-Z][\w.'-]*(?:\s+(?!(?:{_NOT_NAME})\b)[A-Z][\w.'-]*){{0,3}}\s+(?:{_EN_KIND})\b"
    rf"(?:\s+(?:JV|varsity|Varsity)\b)?"
)
# Generic words that still point at a child's school when they are someone's: "su kínder", "la prepa".
_GENERIC = re.compile(
    r"(?i)\b(?:su|mi|tu|la|el|his|her|my|your)\s+(?:prepa|kínder|kinder|kindergarten|guardería|guarderia|daycare"
    r"|day care|preschool|secu|secundaria|primaria|escuelita)\b"
)


# New York City's public schools go by number: "P.S. 189", "IS 52", "M.S. 319", "JHS 143", "PS/IS 210";
# Head Start centres and charter campuses the same way ("Head Start de la 145" is the street).
_NUMBERED = re.compile(
    r"\b(?:(?:P|I|M|J\.?H|H)\.?S\.?(?:\s?/\s?(?:I|M)\.?S\.?)?|PS|IS|MS|JHS|HS)\s?\d{1,3}[A-Z]?\b(?![.,:/]\d|\s*(?:%|mg|kg|lb|pm|am))"
    r"|\b(?i:head\s+start)\s+(?:de\s+la|on|at|of)\s+\d{1,3}(?:th|st|nd|rd)?\b"
)


class SchoolDetector:
    name = "school.v1"

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        out: list[Candidate] = []
        for pattern in (_ES_SCHOOL, _EN_SCHOOL):
            for m in pattern.finditer(text):
                end = m.end()
                while end > m.start() and text[end - 1] in " ,.;":
                    end -= 1
                out.append(Candidate(m.start(), end, FindingType.SCHOOL, 0.9, self.name))
        for m in _NUMBERED.finditer(text):
            out.append(Candidate(m.start(), m.end(), FindingType.SCHOOL, 0.85, self.name))
        for m in _GENERIC.finditer(text):
            start = m.start() + m.group(0).index(" ") + 1
            out.append(Candidate(start, m.end(), FindingType.SCHOOL, 0.5, self.name))
        return out
