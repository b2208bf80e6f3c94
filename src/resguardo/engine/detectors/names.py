"""Names told by their context: a title or "familia" before a capitalised word, a greeting before a name.

"Sra. Maldonado", "Lic. Ramos", "la familia Ramírez", "the Ramirez kids": the model often
misses a lone surname, and the surname is what identifies the family.  In chat, names come in
lower case after a greeting or thanks ("thanks jayden", "lol kevin stop", "where's tasha??"), and
unusual names after one capitalised ("Hi Michter", "Thank you Hendo").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..nicknames import NICKNAMES
from ..textutil import fold
from ..types import Candidate, FindingType, Lang
from .gazetteer import GAZETTEER_DIR, everyday_words, is_first_name, is_place

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


# Words that open a message to someone, or ask where someone is.
_CHAT_CUE = (
    r"hey|hi|hii+|hello|yo|sup|wassup|thanks|thank\s+you|thx|ty|tysm|lol|lmao|lmfao|omg|bye|love\s+you|"
    r"miss\s+you|congrats|congratulations|happy\s+birthday|good\s+morning|good\s+night|gn|gm|"
    r"where\s?['’]?\s?s|where\s+is|where\s+r|wya|ask|tell|call|text"
)
_LOWER_NAME = re.compile(rf"(?i:\b(?:{_CHAT_CUE}))[,!]*\s+([a-z][a-z'’-]{{2,}})(?![\w@])")
_CAP_NAME = re.compile(
    r"\b(?:Hi|Hey|Hello|Thanks|Thank\s+you|Dear|Congrats|Hola|Gracias|Felicidades|[Ww]here\s+is|[Ww]here['’]s)"
    r"[,!]?\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,})\b"
)
# What follows a greeting in chat without being a name.
_CHAT_WORDS = frozenset(
    "guys girl girls bro bros sis dude dudes man men babe baby bae fam yall all everyone everybody same "
    "queen king sir mam maam ma pa mom dad mama papa fr rn lol lmao omg tho though bruh bestie boo hun "
    "honey sweetie ladies gents folks team class mister miss lady dear lic sra srta dra prof profe ing "
    "mrs coach officer".split()
)


# A capitalised word doing what people do ("Themba is obsessed", "Scotty looks so sad"), or with
# "you and" before it ("you and Des looked beautiful"), is someone when it is no word, place or brand.
_SUBJECT = re.compile(
    r"(?<![\w'’-])(?<![A-Z][a-z] )([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,})\s+"
    r"(?:is|was|looks|looked|had|has|knew|said|says|got|did|does|went|wants|loves|talks|seems|continues|"
    r"makes|made|gave|knows|deserves|cried|laughed|told|asked)\b"
)
# The same in lower case, for a known first name only: "i swear freddie laughs", "gaby gave herself more".
_LOWER_SUBJECT = re.compile(
    r"(?<![\w'’-])([a-z]{3,})\s+(?:is|was|looks|had|has|knew|said|says|got|did|does|went|wants|loves|"
    r"likes|laughs|talks|seems|gave|knows|cried|told|asked|wakes|hates|plays)\b"
)
# Someone spoken to at the start of a message: "Loey, do you…", "Dreymond, so much better".
_VOCATIVE = re.compile(
    r"(?:^|(?<=[.!?]\s))([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,})\s*,\s+(?:do|did|are|can|could|will|would|you|so|please)\b"
)
_WITH_YOU = re.compile(r"\b(?:[Yy]ou|[Mm]e|I|him|her)\s+and\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,})\b(?!\s+[A-Z])")
# Nicknames after a Spanish article, as families talk: "el Tavo dice…", "ando con el Chente y la
# Yoli", "vi a la Moni".  Only with a person's verb after it or company before it.
_ARTICLE_NAME = re.compile(
    r"(?:(?<=\bcon\s)|(?<=\by\s)|(?<=\bpa\s)|(?<=\bpara\s)|(?<=\bvi\sa\s)|(?<=\bveo\sa\s)|(?<=^)|(?<=[.!?,]\s))?"
    r"\b(?:el|la|El|La)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,8})\b(?!\s+[A-ZÁÉÍÓÚÑ0-9])"
)
_ARTICLE_NAME_AFTER = re.compile(
    r"\s+(?:ya|no|se|me|le|te|nos|dice|dijo|quiere|anda|andaba|est[aá]|estaba|lleg[oó]|vino|fue|tiene|sigue|va|viene"
    r"|sale|sali[oó]|me\s+dijo|y\s+(?:yo|el|la)\b)\b"
)
_ARTICLE_NAME_BEFORE = re.compile(r"\b(?:con|y|pa|para|vi\s+a|veo\s+a|llam[eé]\s+a|busqu[eé]\s+a)\s+$")
_NOT_PEOPLE = frozenset(
    "medicaid medicare tiktok snapchat whatsapp canva costco telehealth covid zoom google facebook "
    "instagram youtube netflix spotify amazon walmart target uber lyft venmo zelle cashapp paypal "
    "dcfs dhs cps dif wic snap oxxo seven elevens soriana chedraui bodega imss issste".split()
)


def _unknown_capitalised(text: str, start: int, end: int) -> bool:
    """A capitalised word that is no everyday word, place, brand, title or common word."""
    word = text[start:end]
    folded = fold(word)
    if folded in everyday_words() or folded in _CHAT_WORDS or folded in _NOT_PEOPLE or word in _NOT_NAMES:
        return False
    return not is_place(folded) or is_first_name(folded)


@lru_cache(maxsize=1)
def _chat_names() -> frozenset[str]:
    path = GAZETTEER_DIR / "chat_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    listed = {w for line in lines if not line.startswith("#") for w in line.split()}
    # Nicknames people go by in chat ("gaby", "stevie", "lupita"); the shortest are too often words.
    return frozenset(listed | {n for forms in NICKNAMES.values() for n in forms if len(n) >= 4})


def _known_name(word: str) -> bool:
    """A first name from the lists that is not also an everyday word ("jayden", not "guys" or "will")."""
    folded = fold(word)
    if folded in _CHAT_WORDS or folded in everyday_words():
        return False
    return is_first_name(folded) or folded in _chat_names()


class NamesByContextDetector:
    name = "names.v1"

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        return [
            Candidate(start, end, FindingType.PERSON, score, self.name)
            for start, end, score in (
                *_cued_names(text),
                *_listed_names(text, _LOWER_NAME, 0.7),
                *_greeted_names(text),
                *_listed_names(text, _LOWER_SUBJECT, 0.6),
                *_unusual_names(text),
            )
        ]


def _cued_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Capitalised words after a cue ("se llama ...", "my son ..."), less the trailing non-names."""
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            words = m.group(1).split()
            while words and words[-1] in _NOT_NAMES:
                words.pop()
            if not words or words[0] in _NOT_NAMES:
                continue
            yield m.start(1), m.start(1) + len(" ".join(words)), 0.8


def _listed_names(text: str, pattern: re.Pattern[str], score: float) -> Iterator[tuple[int, int, float]]:
    """Lower-case first names from the lists, in a chat position ``pattern`` finds."""
    for m in pattern.finditer(text):
        if _known_name(m.group(1)):
            yield m.start(1), m.end(1), score


def _greeted_names(text: str) -> Iterator[tuple[int, int, float]]:
    """An unusual name after a greeting ("Hi Michter"), not a word, a title or an acronym."""
    for m in _CAP_NAME.finditer(text):
        if _unknown_capitalised(text, m.start(1), m.end(1)):
            yield m.start(1), m.end(1), 0.7


def _unusual_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Capitalised words no list knows, where only a name fits (after "con", before a verb...)."""
    for m in _ARTICLE_NAME.finditer(text):
        start, end = m.span(1)
        company = _ARTICLE_NAME_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None
        if (company or _ARTICLE_NAME_AFTER.match(text, end)) and _unknown_capitalised(text, start, end):
            yield start, end, 0.7
    for pattern in (_SUBJECT, _WITH_YOU, _VOCATIVE):
        for m in pattern.finditer(text):
            if _unknown_capitalised(text, m.start(1), m.end(1)):
                yield m.start(1), m.end(1), 0.6
