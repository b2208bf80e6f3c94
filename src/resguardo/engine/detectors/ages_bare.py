"""Ages written without "años"/"years": "ya va a tener 10", "a sus 13", "el de 5", "la niña de 7",
"mi chamaco de 9", "my son is 8", "she'll be 10".

A bare number is an age only when a word for a child (or "el"/"la" standing for one) or a
future "tener"/"be" comes before it, and after it nothing but punctuation, "años", or a small
word ("ya", "y", "no", "now", "and").  So "el de 5 pesos", "la de 5 de mayo", "a sus 13
hermanos", "va a tener 10 mesas" and "my 8 kids" are not ages.
"""

from __future__ import annotations

import re

from ..textutil import fold


def folded_pattern(source: str) -> re.Pattern[str]:
    """``source`` (written with accents and any case) compiled for the folded text: lower case,
    no accents, no flags, and a lookahead at the start that lets the regex engine skip every
    position that is not a word start.  Five to seven times faster than (?i) over the text."""
    assert not re.search(r"\\[WSDB]|\(\?i\)", source), "upper-case escapes and flags do not survive folding"
    return re.compile(r"\b(?=[\da-z])(?:" + fold(source).replace("(?p<", "(?P<") + ")")


_NUM = (
    r"(?:\d{1,2}|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
    r"|dieciseis|dieciséis|diecisiete|dieciocho|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)"
)
_KID_ES = (
    r"ni[ñn][oa]|nen[ea]|chamac[oa]|chamaquit[oa]|hij[oa]|hijit[oa]|beb[ée]|bebit[oa]|morr[oa]|morrit[oa]"
    r"|chav[oa]|chavit[oa]|chiquit[oa]|chiquill[oa]|muchach[oa]|muchachit[oa]|niet[oa]|sobrin[oa]"
    r"|hermanit[oa]|herman[oa]|peque|escuincle|mij[oa]|varoncito|cipot[ea]|patoj[oa]|pib[ea]|cr[ií][oa]"
    r"|chiquitín|chiquitin|mayor|menor|chiquito|grande"
)
_KID_EN = (
    r"son|daughter|kid|kiddo|boy|girl|baby|child|oldest|youngest|little\s+one|grandson|granddaughter"
    r"|nephew|niece|brother|sister|stepson|stepdaughter"
)
# What may follow the number: the end, punctuation, "años"/"years", or a small word.
_AFTER_OK = (
    r"(?=\s*(?:$|[.,;:!?)](?=\s|$)|(?:años|añitos|anos|years?|yrs?)\b|(?:ya|y|no|se|le|lo|la|les|es|está|esta"
    r"|anda|sigue|todavía|todavia|aún|aun|apenas|sabe|puede|tiene|va|ha|había|habia|quiere|que|pero|también"
    r"|tambien|now|and|but|so|is|was|has|can|just|already|next|this|tomorrow|today|mañana|manana|hoy|en|el"
    r"|este|esta|in|on|en|nomas|nomás)\b))"
)
_BARE = folded_pattern(
    rf"(?:"
    # "ya va a tener 10", "tendrá 6", "she'll be 10", "he will be 12"
    rf"\b(?:va\s+a\s+tener|tendr[aá]|(?:she|he)(?:'ll|’ll|\s+will)\s+be|(?:she|he)\s+is\s+going\s+to\s+be)"
    # "a sus 13" ("a los 6 y 9 meses" in a clinical note is time since something)
    rf"|\ba\s+(?:sus|mis|tus)"
    # "el de 5", "la de 7" (the article stands for a child); "la niña de 7", "mi chamaco de 9"
    rf"|\b(?:el|la|(?:{_KID_ES})s?)\s+de"
    # "mi hijo tiene 8", "la niña ya cumplió 6"
    rf"|\b(?:{_KID_ES})\s+(?:ya\s+)?(?:tiene|cumpli[oó])"
    # "my son is 8", "my oldest just turned 12"
    rf"|\b(?:my|our|her|his|their)\s+(?:{_KID_EN})(?:'s|’s|\s+is|\s+was|\s+just\s+turned|\s+turned|\s+turns)"
    rf")\s+(?:ya\s+)?({_NUM})\b{_AFTER_OK}"
)


# After the number in chat: an emoji or any other symbol, or the end, as well as _AFTER_OK.
_AFTER_CHAT = (
    rf"(?:{_AFTER_OK}|(?=\s*[^\w\s])|(?=\s+(?:nomas|nomás|and\s+(?:aging|still|already)|y\s+(?:mide|ya|bien|sigue))\b))"
)
_HALF = r"(?:\s+(?:and\s+a\s+half|y\s+medio))?"
_BARE_MORE = folded_pattern(
    rf"(?:"
    # "Santi ya tiene 12 y mide más que yo", "mis gemelas ya tienen 13 😱", "ya tiene cuatro 🎈"
    rf"\b(?:ya\s+|apenas\s+)?tienen?\s+(?:como\s+|casi\s+)?({_NUM}){_HALF}\b"
    rf"(?!\s+(?:años|anos|years?)\s+(?:de|en|trabajando|working|of|casad|sobri|limpi))(?!\s+de\s)(?!\s*y/o){_AFTER_CHAT}"
    # "Summer is 7 today", "Nico is ten and a half", "the little one is almost 2"
    rf"|\b(?:is|turns|turned|turning|will\s+be)\s+(?:almost\s+|nearly\s+|about\s+)?({_NUM}){_HALF}"
    rf"(?=\s+(?:today|now|tomorrow|this\s+(?:week|month|year)|and\s+a\s+half|and\s+(?:still|already|aging))\b"
    rf"|{_HALF}\s+and\b|\s*[!]|\s+(?:and\s+)?(?:still|already)\b)"
    # "youth is fifteen, presents with…", "the baby is 2."
    rf"|\b(?:youth|child|kid|baby|infant|toddler|teen|minor|girl|boy|she|he)\s+is\s+(?:almost\s+|nearly\s+)?({_NUM})"
    rf"(?=\s*[,.;]|\s+(?:and|but)\b)"
    # "mi foster son de 16", "mi nieto Gabo de ocho": a child word, perhaps a name, then "de" N
    rf"|\b(?:{_KID_ES}|son|daughter|kid|baby|boy|girl)s?\s+(?:[a-z]+\s+)?de\s+({_NUM})\b"
    rf"(?:{_AFTER_CHAT}|(?=\s+[a-z]+(?:io|o)\b))"
    # "a los 15 sin nadie" (not "a los 15 días": no unit may follow)
    rf"|\ba\s+los\s+({_NUM})\s+(?=(?:sin|cuando|se|lo|la|me|ya|llego|llegó|entro|entró)\b|,)"
    # "sweet 16", "at age 9", "Trinity at 2 vs Trinity at 9"
    rf"|\bsweet\s+(16|sixteen)\b|\bat\s+age\s+({_NUM})\b|\bat\s+({_NUM})\s+(?=vs\.?\b|versus\b|&)"
    rf"|\bvs\.?\s+[a-z]+\s+at\s+({_NUM})\b"
    # "boys 6 and 9, girl 14": children listed with their ages
    rf"|\b(?:boys?|girls?|twins|ninos|ninas|nino|nina)\s+({_NUM}(?:\s*(?:,|and|y|&)\s*{_NUM})*)(?=\s*(?:[,.;)]|$))"
    # "tiene como 18 meses", "ya tiene 6 months": a baby's age in months
    rf"|\btienen?\s+(?:como\s+|casi\s+)?({_NUM}\s+(?:meses|months|semanas|weeks))\b"
    rf")"
)


def find_bare_ages(folded: str) -> list[tuple[int, int, float]]:
    """Over the folded text (``textutil.fold``: the same offsets as the original)."""
    out = [(m.start(1), m.end(1), 0.85) for m in _BARE.finditer(folded)]
    for m in _BARE_MORE.finditer(folded):
        group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g) is not None)
        out.append((m.start(group), m.end(group), 0.8))
    return out
