"""Street addresses, intersections and neighbourhoods (colonias).

Spanish forms by pattern (Calle, Av./Avenida, C/, Col., depto, #, CP); US forms by a
pattern for the candidate, confirmed by ``usaddress`` (it must see a house number and a
street name).
"""

from __future__ import annotations

import re

import usaddress

from ..textutil import fold
from ..types import Candidate, FindingType, Lang
from .gazetteer import is_first_name

_NAME = r"(?:(?:de(?:l)?|la|las|los|el|y|San|Santa)\s+|[A-ZÁÉÍÓÚÑa-záéíóúñü0-9][\wÁÉÍÓÚÑáéíóúñü.'-]*\s+){1,5}?"
_ES_STREET = (
    r"calle|c/|av\.?|avda\.?|avenida|calzada|calz\.|blvd\.?|bulevar|boulevard|paseo|privada|priv\.|andador"
    r"|carretera|ctra\.?|camino|plaza|pza\.|pl\.|cerrada|callej[oó]n|ronda|traves[ií]a|pasaje|glorieta|circuito"
    r"|prolongaci[oó]n|prol\.|retorno|cda\.|perif[eé]rico"
)
_NUMBER = r"(?:#\s?\d+[A-Za-z]?|n[ºo°]\.?\s?\d+|s/n|\d{1,5}(?:\s?[-–]\s?\d{1,5})?[A-Za-z]?\b)"
_UNIT = (
    r"(?:,?\s*(?:depto\.?|dpto\.?|departamento|apt\.?|apto\.?|int\.?|interior|piso|puerta|esc\.?|bajo|portal"
    r"|\d{1,2}\s?[ºª°]\s?(?:dcha|izda|izq|der|[A-Z])\.?)(?:\s*(?:\d[\w/-]*|[A-Z]\b))?)*"
)
_ES_ADDRESS = re.compile(
    # Lower-case "cerrada"/"privada" are adjectives ("la oficina estará cerrada el jueves 28").
    rf"(?i)\b(?!(?-i:AV)\b|(?-i:cerrada|cerrado|privada|privado)\b)(?:{_ES_STREET})\s+{_NAME}(?:{_NUMBER}){_UNIT}"
    rf"(?:,?\s*(?:col\.|colonia|fracc\.|fraccionamiento|barrio|bo\.)(?:\s+(?:de(?:l)?|la|las|los|el))?(?:\s+[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñü-]*){{1,4}})?"
    rf"(?:,?\s*(?:c\.?p\.?|código postal)\s*\d{{5}})?"
)
_COLONIA = re.compile(
    r"\b(?:Col\.|Colonia|colonia|Fracc\.|Fraccionamiento|Barrio|Unidad Habitacional|U\.H\.)\s+"
    r"(?:(?:de(?:l)?|la|las|los|el)\s+)?[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñü-]*(?:\s+(?:(?:de(?:l)?|la|las|los|el)\s+)?[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñü-]*){0,3}"
)
_INTERSECTION = re.compile(
    r"\b(?:(?i:esquina\s+(?:de\s+|con\s+)?|corner\s+of\s+|entre\s+(?:las\s+calles\s+)?)"
    r"(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñü.-]*\s?){1,4}"
    # "esquina de la 5 de mayo y Juárez", "esquina de la 18 y Ashland": a numbered street at a corner
    r"|(?i:esquina\s+(?:de\s+|con\s+)?)la\s+\d{1,3}(?:\s+de\s+[A-Za-zÁÉÍÓÚáéíóú]+)?\s)"
    r"\s*(?:y|con|and|&)\s+(?:la\s+)?(?:[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñü.-]*\s?){1,4}"
)
# What follows two ordinals that are grades, places or floors, not streets ("2nd and 3rd grade").
_NOT_STREET_AFTER = (
    r"(?!\s*(?:grade|graders|period|place|floor|year|quarter|round|time|century|edition|birthday|inning"
    r"|half|class|hour|shift|gen|generation|semester|trimester|string|team|season|week|day|month)s?\b)"
)
# "Crenshaw and 54th", "Main St & 3rd Ave", "47th and Pulaski": an intersection pins a home or a school
# down.  A capitalised word after an ordinal is a street unless it is a month or a day.
_EN_INTERSECTION = re.compile(
    r"\b(?:[A-Z][a-z]+(?:\s(?:St|Ave|Blvd|Rd|Street|Avenue)\.?)?|\d{1,3}(?:st|nd|rd|th))\s+(?:and|&)\s+"
    rf"(?:\d{{1,3}}(?:st|nd|rd|th)(?:\s(?:St|Ave|Street|Avenue)\.?)?{_NOT_STREET_AFTER}"
    r"|[A-Z][a-z]+\s(?:St|Ave|Blvd|Rd|Street|Avenue)\b\.?)"
    r"|(?<=\s)\d{1,3}(?:st|nd|rd|th)\s+(?:and|&)\s+"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Final|Last|Grade)\b)[A-Z][a-z]{2,}\b"
)
# Chicago and LA Spanish name numbered streets by their number: "en la 18 y Ashland", "cerca de la 26".
# After a word of place only, and not "la 18 de la lista", "la 5 a las 3"; one digit only at a corner.
_ES_NUMBERED = re.compile(
    r"(?i:(?<=\ben\s)|(?<=\bpor\s)|(?<=\bsobre\s)|(?<=\bhasta\s)|(?<=\bcerca\sde\s)|(?<=\bfrente\sa\s))"
    r"la\s+(?:\d{2,3}(?!\s*(?:de|del|a|%|°|º|ª|años|veces|horas|personas|pm|am)\b)(?!\s*[%°ºª/:.,]\d)"
    r"(?:\s+(?:y|con)\s+(?:la\s+\d{1,3}\b|[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+))?"
    r"|\d{1,3}\s+(?:y|con)\s+(?:la\s+\d{1,3}\b|[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+))(?![\w/])"
)
# A place "de la 47": "el Walmart de la 47", "la clínica de la 18" (a store or clinic on that street).
_ES_NUMBERED_OF = re.compile(
    r"(?i:\b(?:cl[ií]nica|escuela|tienda|walmart|target|mcdonald'?s|parque|iglesia|parroquia|oficina|casa"
    r"|esquina|parada|lavander[ií]a|taquer[ií]a|super|mercado|biblioteca|hospital|centro|apartamento|depa"
    r"|departamento|estaci[oó]n|panader[ií]a|restaurante|dollar\s+tree|walgreens|cvs)"
    r"(?:\s+[\wáéíóúñ']+){0,2}\s+de\s+)"
    r"(la\s+\d{2,3})(?!\s*(?:de|del|a|%|°|º|ª|años|veces|horas|personas|pm|am|semanas?|d[ií]as|meses)\b)"
    r"(?![\w/%°ºª]|[.,:]\d)"
)
_US_SUFFIX = (
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter"
    r"|circle|cir|parkway|pkwy|highway|hwy|trail|trl|loop|square|sq|alley|path|pike|crossing|xing|row"
    r"|run|walk|plaza|point|pt|ridge|knolls?|ville|village|vlg|unions?|heights|hts|estates?|station|sta"
    r"|mall|pass|port|springs?|view|vw|crest|creek|hill|hills|park|isle|island|meadows?|mews|oval|manor"
    r"|falls|ferry|ford|forge|fork|forks|garden|gardens|gateway|glen|green|grove|harbor|haven|hollow|junction"
    r"|key|lake|lakes|landing|light|lodge|mill|mills|mission|motorway|mount|mountain|neck|orchard|pines"
    r"|plains|prairie|radial|ranch|rapids|rest|river|shoal|shore|shores|skyway|spur|stream|summit|throughway"
    r"|trace|track|trafficway|tunnel|turnpike|underpass|valley|viaduct|vista|wall|wells|bypass|camp|canyon"
    r"|cape|causeway|center|centre|cliff|club|common|corner|corners|course|cove|dale|dam|divide|expressway"
    r"|extension|field|fields|flat|flats|fort|freeway|bend|bluff|bottom|branch|bridge|brook|burg|beach"
)
_US_ADDRESS = re.compile(
    rf"\b\d{{1,6}}(?:\s+[NSEW]\.?|\s+(?:North|South|East|West))?(?:\s+[A-Z0-9][\w'.-]*){{1,4}}?\s+(?i:{_US_SUFFIX})\b\.?"
    rf"(?:,?\s*(?i:apt\.?|apartment|unit|suite|ste\.?|#)\s*[\w-]+)?"
    rf"|\b(?i:p\.?\s?o\.?\s+box)\s+\d+"
)


def _ordinal_and_first_name(span: str) -> bool:
    """ "1st and Maria was 2nd": a ranking, not a corner."""
    first, _, last = span.rpartition(" ")
    return first[:1].isdigit() and last[:1].isupper() and is_first_name(fold(last))


def _us_confirmed(candidate: str) -> bool:
    if candidate.lower().replace(".", "").startswith(("po box", "p o box")):
        return True
    try:
        tags = {label for _token, label in usaddress.parse(candidate)}
    except Exception:  # usaddress raises on odd input; the pattern alone is not enough then
        return False
    return "AddressNumber" in tags and "StreetName" in tags


# A street named without a number ("Oak Street", "Calle Reforma"): where someone lives or walks,
# a LOCATION (in a photo, a street sign).
_STREET_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+\s+){1,2}(?:Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Road|Rd\.|Lane|Drive|Court|Way|Place)(?!\w)"
    r"|\b(?:Calle|Avenida|Av\.|Calzada|Paseo|Privada)\s+(?:(?:de(?:l)?|la|los|las)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?"
)


# What any address says somewhere: a number, a street or unit word, a neighbourhood or corner word.
_ADDRESS_CUE = re.compile(
    rf"#|(?i:\b(?:{_ES_STREET}|{_US_SUFFIX}|col|colonia|fracc|fraccionamiento|barrio|esquina|corner|cuadra"
    r"|block|entre|between|cruce|intersection|depto|dpto|apt|apto|unit|suite|piso|interior|c\.?p|zip|km"
    r"|manzana|mz|lote|lt|edificio|edif|bloque|urbanizaci[oó]n|urb|sector|zona|vereda|aldea|ejido)\b)"
)


def plausible_address(span: str) -> bool:
    """A span the model calls an address has something of one: "As Maya Angelou said, we may encounter
    many defeats…" has none (the model, trained on street names full of everyday words, ran over a
    whole sentence).  A few words alone are a town or a street ("Medina del Campo", "C/ Pizarro")."""
    words = len(span.split())
    if words <= 5 or any(ch.isdigit() or ch == "/" for ch in span):
        return True
    # A dozen words without a number is a clause, even with "way" or "park" in it.
    return words <= 8 and _ADDRESS_CUE.search(span) is not None


class AddressDetector:
    name = "address.v1"

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        out: list[Candidate] = []
        for pattern in (_ES_ADDRESS, _COLONIA, _INTERSECTION, _EN_INTERSECTION, _ES_NUMBERED):
            for m in pattern.finditer(text):
                if pattern is _EN_INTERSECTION and _ordinal_and_first_name(m.group(0)):
                    continue
                end = m.end()
                while end > m.start() and text[end - 1] in " ,.;":
                    end -= 1
                out.append(Candidate(m.start(), end, FindingType.ADDRESS, 0.85, self.name))
        out += [
            Candidate(m.start(1), m.end(1), FindingType.ADDRESS, 0.8, self.name) for m in _ES_NUMBERED_OF.finditer(text)
        ]
        out += [
            Candidate(m.start(), m.end(), FindingType.LOCATION, 0.7, self.name) for m in _STREET_NAME.finditer(text)
        ]
        if any(c.isdigit() for c in text):
            for m in _US_ADDRESS.finditer(text):
                if _us_confirmed(m.group(0)):
                    out.append(Candidate(m.start(), m.end(), FindingType.ADDRESS, 0.85, self.name))
        return out
