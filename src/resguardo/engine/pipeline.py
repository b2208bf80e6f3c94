"""The Scanner: detectors → roster → case/health context → overlap resolution → policy → redaction."""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from . import language
from .config import ScannerConfig
from .detectors import load
from .detectors.ner import EnglishNerDetector, NerDetector
from .detectors.sensitive import find_sensitive
from .false_alarms import drop_false_alarms
from .platforms import PlatformInfo, lookup
from .policy import judge
from .redact import redact
from .roster import Roster
from .textutil import CleanText, clean, sentence_bounds
from .types import Audience, Candidate, Detector, FindingType, Lang, ScanResult

AUDIENCES: tuple[Audience, ...] = ("public", "private")
LANGS: tuple[Lang, ...] = ("es", "en")


class TextTooLongError(ValueError):
    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"text of {length} characters is over the limit of {limit}")
        self.length, self.limit = length, limit


@dataclass(frozen=True, slots=True)
class ScanRequest:
    """One text and its options, for ``scan_many``."""

    text: str
    lang: Lang | None = None
    audience: Audience = "public"
    platform: str | None = None
    ui_lang: Lang | None = None


def _priority(c: Candidate) -> int:
    if c.person is not None or c.detector.startswith("roster"):
        return 100
    if c.type in (FindingType.EMAIL, FindingType.PHONE, FindingType.ID, FindingType.URL, FindingType.HANDLE):
        return 90
    if c.type in (FindingType.ADDRESS, FindingType.SCHOOL) and c.score >= 0.8 and c.detector != "ner.v1":
        return 80
    if c.type in (FindingType.CASE_DETAIL, FindingType.HEALTH):
        return 70
    if c.type in (FindingType.DATE, FindingType.AGE):
        return 60
    if c.detector in ("gazetteer.v1", "ner_en.v1"):
        return 45  # the model's typed span wins; the list only adds what the model missed
    return 50 if c.score >= 0.65 else 40


def resolve_overlaps(candidates: Iterable[Candidate], text: str) -> list[Candidate]:
    """Keep the strongest candidate where several overlap.  A longer loser of the same type
    widens the winner ("Sr. Pérez" from the roster inside "Sr. Pérez Ochoa" from the model); a
    loser of another type keeps the parts outside the winner ("visitas con [Kevin] sean
    supervisadas" keeps both halves of the case detail).

    Candidates only ever compete with those they overlap, so each group of overlapping
    candidates is resolved on its own: the time grows with the text, not with its square."""
    kept: list[Candidate] = []
    for group in _overlap_groups(candidates):
        kept += _resolve_group(group, text)
    return kept


def _overlap_groups(candidates: Iterable[Candidate]) -> Iterator[list[Candidate]]:
    """Runs of candidates (by start) where each overlaps the run so far; two candidates that
    overlap always fall in the same run."""
    group: list[Candidate] = []
    group_end = -1
    for cand in sorted(candidates, key=lambda c: c.start):
        if group and cand.start >= group_end:
            yield group
            group, group_end = [], -1
        group.append(cand)
        group_end = max(group_end, cand.end)
    if group:
        yield group


def _resolve_group(candidates: list[Candidate], text: str) -> list[Candidate]:
    ordered = sorted(candidates, key=lambda c: (-_priority(c), -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    for cand in ordered:
        clash = [k for k in kept if cand.start < k.end and k.start < cand.end]
        if not clash:
            kept.append(cand)
            continue
        if len(clash) == 1 and clash[0].type == cand.type:
            winner = clash[0]
            start, end = min(winner.start, cand.start), max(winner.end, cand.end)
            if all(not (start < k.end and k.start < end) for k in kept if k is not winner):
                kept[kept.index(winner)] = replace(winner, start=start, end=end)
            continue
        if cand.type in _SPLITTABLE and all(k.type != cand.type for k in clash):
            kept += _outside(cand, clash, kept, text)
    return sorted(kept, key=lambda c: c.start)


# Accounts whose text may hold a person's name.
_NAMED_ACCOUNTS = {FindingType.HANDLE, FindingType.EMAIL}
_LEARNED_SENSITIVE = frozenset((FindingType.CASE_DETAIL, FindingType.HEALTH))

# Phrases (not names or numbers) may be split around a stronger finding inside them.
_SPLITTABLE = {FindingType.CASE_DETAIL, FindingType.HEALTH}


def _outside(cand: Candidate, clash: list[Candidate], kept: list[Candidate], text: str) -> list[Candidate]:
    pieces: list[Candidate] = []
    pos = cand.start
    for k in [*sorted(clash, key=lambda k: k.start), replace(cand, start=cand.end, end=cand.end)]:
        start, end = pos, k.start
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end - start >= 4:
            piece = replace(cand, start=start, end=end)
            if all(not (piece.start < o.end and o.start < piece.end) for o in kept):
                pieces.append(piece)
        pos = max(pos, k.end)
    return pieces


BATCH_CHARS = 50_000
WEAK_LIMIT = 0.5


def _batches(items: Iterable[str | ScanRequest], size: int) -> Iterator[list[str | ScanRequest]]:
    batch: list[str | ScanRequest] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += len(item.text if isinstance(item, ScanRequest) else item)
        if len(batch) >= size or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _drop_lonely_weak(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A weak candidate (a lower-case word that may be a name) stays only when a real finding
    stands in the same sentence: "yolanda sigue en una casa hogar", not "presenta dolores"."""
    if all(c.score >= WEAK_LIMIT for c in candidates):
        return candidates
    strong = sorted((c for c in candidates if c.score >= 0.65), key=lambda c: c.start)
    starts = [c.start for c in strong]
    # other_type[i]: the first index from i on whose type differs from strong[i]'s, so "a strong
    # finding of another type in this sentence" is two bisections, not a pass over all findings.
    other_type = [len(strong)] * len(strong)
    for i in range(len(strong) - 2, -1, -1):
        other_type[i] = i + 1 if strong[i + 1].type != strong[i].type else other_type[i + 1]
    kept = []
    for c in candidates:
        if c.score >= WEAK_LIMIT:
            kept.append(c)
            continue
        s_start, s_end = sentence_bounds(text, c.start)
        lo, hi = bisect_left(starts, s_start), bisect_left(starts, s_end)
        if lo < hi and (strong[lo].type != c.type or other_type[lo] < hi):
            kept.append(c)
    return kept


class Scanner:
    """Load once, share freely: ``scan`` and ``scan_many`` may be called from many threads."""

    def __init__(self, roster: Roster | None = None, config: ScannerConfig | None = None) -> None:
        self.roster = roster if roster is not None else Roster()
        self.config = config or ScannerConfig()
        self._detectors: list[Detector] = []
        self._ner: NerDetector | None = None
        self._ner_en: EnglishNerDetector | None = None
        for name in self.config.detectors:
            if name == "ner.v1":
                self._ner = NerDetector(self.config.model_dir)
                continue
            if name == "ner_en.v1":
                self._ner_en = EnglishNerDetector()
                continue
            cls: Any = load(name)
            if name == "phone.v1":
                self._detectors.append(cls(self.config.phone_regions))
            elif name == "id.v1":
                self._detectors.append(cls(self.config.id_patterns))
            else:
                self._detectors.append(cls())
        self._default_lang: Lang = "en" if self.config.default_lang == "en" else "es"
        self.roster.find("")  # build the roster index now, not on the first scan

    def with_roster(self, roster: Roster, platforms: dict[str, PlatformInfo] | None = None) -> Scanner:
        """A scanner over another roster (and platform catalog) that shares this one's loaded models.

        Cheap: the web application keeps one per agency roster generation; the models load once.
        """
        clone = copy.copy(self)
        clone.roster = roster
        if platforms is not None:
            clone.config = replace(self.config, platforms=platforms)
        roster.find("")  # build the index now, not on the first scan
        return clone

    # -- public API ----------------------------------------------------------------------
    def scan(
        self,
        text: str,
        *,
        lang: Lang | None = None,
        audience: Audience = "public",
        platform: str | None = None,
        ui_lang: Lang | None = None,
    ) -> ScanResult:
        request = ScanRequest(text, lang, audience, platform, ui_lang)
        return next(self.scan_many([request]))

    def scan_many(self, items: Iterable[str | ScanRequest], *, batch_size: int = 64) -> Iterator[ScanResult]:
        """Stream results in input order; the model sees texts in batches (``nlp.pipe``) of at
        most ``batch_size`` texts and about BATCH_CHARS characters (long texts, small batches:
        memory stays flat)."""
        for batch in _batches(items, batch_size):
            requests = [self._check(item if isinstance(item, ScanRequest) else ScanRequest(item)) for item in batch]
            cleaned = [clean(r.text) for r in requests]
            langs = [
                r.lang or language.detect(c.text, self._default_lang) for r, c in zip(requests, cleaned, strict=True)
            ]
            found: list[list[Candidate]] = [[] for _ in requests]
            if self._ner is not None:
                for i, candidates in enumerate(self._ner.find_many([c.text for c in cleaned])):
                    found[i] += candidates
            english = [i for i, lang in enumerate(langs) if lang == "en"]
            if self._ner_en is not None and english:
                for i, candidates in zip(
                    english, self._ner_en.find_many([cleaned[i].text for i in english]), strict=True
                ):
                    found[i] += candidates
            for request, cleaned_text, lang, candidates in zip(requests, cleaned, langs, found, strict=True):
                yield self._finish(request, cleaned_text, lang, candidates)

    # -- internals -----------------------------------------------------------------------
    def _check(self, request: ScanRequest) -> ScanRequest:
        if not isinstance(request.text, str):
            raise TypeError("text must be str; decode bytes first")
        if len(request.text) > self.config.max_chars:
            raise TextTooLongError(len(request.text), self.config.max_chars)
        if request.audience not in AUDIENCES:
            raise ValueError(f"audience must be one of {AUDIENCES}")
        if request.lang is not None and request.lang not in LANGS:
            raise ValueError(f"lang must be one of {LANGS}")
        return request

    def _finish(self, request: ScanRequest, cleaned: CleanText, lang: Lang, ner: Sequence[Candidate]) -> ScanResult:
        text = cleaned.text
        candidates = list(ner)
        for detector in self._detectors:
            candidates += detector.find(text, lang)
        candidates = [c for c in candidates if not self.roster.is_allowed(text[c.start : c.end], c.type)]
        roster_hits = self.roster.find(text)
        candidates = self._attribute(text, candidates, roster_hits) + roster_hits
        # Not personal data: quoted public figures, words inside programme names, ordinary words at a
        # sentence start (roster hits always stay).  Before the case context, which reads the names left.
        candidates = drop_false_alarms(text, lang, candidates)
        # The model's case and health spans pass the same test as the term lists' matches:
        # about a specific person, not an announcement.
        learned = [c for c in candidates if c.type in _LEARNED_SENSITIVE]
        candidates = [c for c in candidates if c.type not in _LEARNED_SENSITIVE]
        candidates += find_sensitive(text, lang, request.audience, candidates, learned)
        resolved = _drop_lonely_weak(resolve_overlaps(candidates, text), text)
        # Back to the caller's offsets (zero-width characters and combining marks were removed).
        original = [replace(c, start=s, end=e) for c in resolved for s, e in [cleaned.to_original(c.start, c.end)]]
        ui_lang: Lang = request.ui_lang or lang
        platform = lookup(request.platform, self.config.platforms)
        verdict, findings = judge(request.text, original, audience=request.audience, platform=platform, ui_lang=ui_lang)
        return ScanResult(
            text=request.text,
            lang=lang,
            audience=request.audience,
            platform=request.platform,
            verdict=verdict,
            findings=tuple(findings),
            redacted=redact(request.text, findings, lang),
            reasons=tuple(dict.fromkeys(f.reason for f in findings if f.severity != "ok")),
        )

    def _attribute(self, text: str, candidates: list[Candidate], roster_hits: list[Candidate]) -> list[Candidate]:
        """A phone, e-mail or name found by a detector that belongs to a roster person says so."""
        hit_starts = [hit.start for hit in roster_hits]
        out = []
        for c in candidates:
            if c.type == FindingType.PHONE:
                person = self.roster.person_for_phone(text[c.start : c.end])
                if person is not None:
                    c = replace(c, person=person.name, role=person.role, detector=f"{c.detector}+roster")
            else:
                # Only a span the roster hit covers takes its person: a model span that runs past
                # it ("Cami de la Escuela …") must not carry the roster's priority over the rest.
                # Roster hits do not overlap and come sorted: only the last two starting at or
                # before the candidate can cover it.
                i = bisect_right(hit_starts, c.start)
                for hit in roster_hits[max(0, i - 2) : i]:
                    if hit.type == c.type and hit.start <= c.start and c.end <= hit.end and hit.person:
                        c = replace(c, person=hit.person, role=hit.role)
                        break
                if c.person is None and c.type in _NAMED_ACCOUNTS:
                    # "@dana.reed.83" holds a roster name: it is that person's account, found whole
                    # (the name alone inside it would otherwise win and the handle be lost).
                    lo, hi = bisect_left(hit_starts, c.start), bisect_left(hit_starts, c.end)
                    for hit in roster_hits[lo:hi]:
                        if hit.type == FindingType.PERSON and hit.end <= c.end and hit.person:
                            c = replace(c, person=hit.person, role=hit.role)
                            break
            out.append(c)
        return out
