"""The message's language (lingua, Spanish and English models only) and a plain-language readability hint.

Readability: Fernández-Huerta for Spanish and Flesch reading ease for English, both on a 0–100 scale
where 60 and above reads easily for most adults; below that the check suggests shorter sentences and
words. Syllables are counted by vowel groups, which is close enough for a hint.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

_detector: Any = None
_lock = threading.Lock()

EASY = 60.0
_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")
_SENTENCE = re.compile(r"[.!?¡¿…]+|\n+")
_VOWELS_ES = re.compile(r"[aeiouáéíóúü]+", re.IGNORECASE)
_VOWELS_EN = re.compile(r"[aeiouy]+", re.IGNORECASE)


def _get_detector() -> Any:
    global _detector
    with _lock:
        if _detector is None:
            from lingua import Language, LanguageDetectorBuilder

            _detector = (
                LanguageDetectorBuilder.from_languages(Language.SPANISH, Language.ENGLISH)
                .with_preloaded_language_models()
                .build()
            )
    return _detector


@dataclass(frozen=True)
class Detected:
    lang: str | None  # "es", "en", or None when too short or too mixed to say
    confidence: float


def detect_language(text: str) -> Detected:
    words = _WORD.findall(text)
    if len(words) < 3:
        return Detected(None, 0.0)
    values = _get_detector().compute_language_confidence_values(text)
    best = values[0]
    lang = "es" if best.language.name == "SPANISH" else "en"
    # Spanglish: neither language clearly dominates, so no language warning either way.
    return Detected(lang if best.value >= 0.7 else None, float(best.value))


def _syllables(word: str, lang: str) -> int:
    vowels = _VOWELS_ES if lang == "es" else _VOWELS_EN
    count = len(vowels.findall(word))
    if lang == "en" and word.lower().endswith("e") and count > 1 and not word.lower().endswith("le"):
        count -= 1
    return max(1, count)


@dataclass(frozen=True)
class Readability:
    score: float
    words: int
    sentences: int
    long_sentences: int

    @property
    def easy(self) -> bool:
        return self.score >= EASY


def readability(text: str, lang: str) -> Readability | None:
    words = _WORD.findall(text)
    if len(words) < 12:
        return None  # too short to judge
    sentences = [s for s in _SENTENCE.split(text) if _WORD.search(s)]
    n_sent = max(1, len(sentences))
    syllables = sum(_syllables(w, lang) for w in words)
    per_100 = 100.0 * syllables / len(words)
    words_per_sentence = len(words) / n_sent
    if lang == "es":
        score = 206.84 - 0.60 * per_100 - 1.02 * words_per_sentence
    else:
        score = 206.835 - 1.015 * words_per_sentence - 84.6 * (syllables / len(words))
    long_sentences = sum(1 for s in sentences if len(_WORD.findall(s)) > 25)
    return Readability(round(max(0.0, min(100.0, score)), 1), len(words), n_sent, long_sentences)
