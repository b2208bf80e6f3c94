"""How sure a one-word roster hit is a person: the word itself (a name, or also an ordinary word), its
case and place in the sentence, and the words around it.  Truncations ("Dani", "Santi", "Xime") of
roster first names are read here too: weaker unless the context says person."""

from __future__ import annotations

from ..detectors.gazetteer import WEAK, everyday_words
from .context import WORD_NAMES, institution_context, noun_context, person_context, sentence_start
from .forms import COMMON_WORDS

SURE = 0.8
LIKELY = 0.7  # blocks on its own, below the forms people write in full


def is_word_name(key: str) -> bool:
    """A one-word name that is also an ordinary word: "paz", "summer", "vale", "jesus"."""
    return key in COMMON_WORDS or key in WORD_NAMES or key in everyday_words()


def single_name_score(text: str, folded: str, start: int, end: int, key: str, truncated: bool) -> float | None:
    """The score of a one-word name hit, or None when it is not a person here."""
    lower = not text[start].isupper()
    if not is_word_name(key):
        if not truncated:
            return SURE
        if person_context(folded, start, end):
            return SURE
        return WEAK if lower else LIKELY
    if institution_context(text, folded, start, end):
        return None  # "Destiny Church", "Summer Reading Camp", "Nuestra Señora de la Paz"
    if person_context(folded, start, end):
        return LIKELY if truncated else SURE  # "hola Paz", "mi hija Luz", "Summer got", "vi a jesus"
    if lower:
        # "la rosa es roja", "vale, gracias"; a name that is only sometimes a word may stand next to
        # another finding ("jesus sigue en la casa hogar").
        if truncated or key in COMMON_WORDS or key in WORD_NAMES:
            return None
        return WEAK
    if truncated or sentence_start(text, start) or noun_context(folded, start):
        return WEAK  # "Summer is almost here!", "Paz y bien a todos", "this Summer"
    return SURE
