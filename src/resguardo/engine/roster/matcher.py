"""The roster index: one Aho-Corasick automaton over every form of every person, the joined forms
looked up inside tags, the words one typo away, and the agency's own contacts."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..detectors.gazetteer import WEAK, everyday_words, inside_place, is_first_name
from ..gcpause import gc_paused
from ..textutil import fold, sentence_bounds
from ..types import Candidate, FindingType
from .allow import AllowList
from .context import person_context
from .forms import COMMON_WORDS, PARTICLES, TITLE_BEFORE, Entry
from .index import MIN_FUZZY_LEN, RosterIndex, build_index
from .people import RosterError, RosterPerson, digits
from .places import address_hits
from .reading import single_name_score
from .spans import MAX_TAG, NUMBER_AFTER, TAG, TagSpans, longest_first, word_bounded
from .update import updated_index

__all__ = ["MIN_FUZZY_LEN", "Roster"]


@dataclass
class Roster:
    people: list[RosterPerson] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index: RosterIndex | None = None
        self._allow = AllowList([])

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Roster:
        if not isinstance(data, Mapping):
            raise RosterError("not_object")
        people = data.get("people", [])
        allow = data.get("allow", [])
        if not isinstance(people, list):
            raise RosterError("people_not_list")
        if not isinstance(allow, list) or not all(isinstance(a, str) for a in allow):
            raise RosterError("allow_not_list")
        return cls([RosterPerson.from_dict(p, i) for i, p in enumerate(people, start=1)], list(allow))

    @classmethod
    def from_file(cls, path: str | Path) -> Roster:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    # -- index ---------------------------------------------------------------------------
    def _build(self) -> None:
        # About ten objects per name form: without the pause the collector walked the growing heap again
        # and again (most of the time for 60,000 people).
        with gc_paused():
            self._build_index()

    def _build_index(self) -> None:
        self._index = build_index(self.people)
        self._allow = AllowList(self.allow)

    def with_people(
        self, people: Sequence[RosterPerson], allow: Sequence[str] | None = None, *, max_changed: float = 0.05
    ) -> Roster:
        """This roster for a new list of people, its index updated for the people who changed (added,
        removed or edited) rather than built again, while at most ``max_changed`` of them changed.

        Answers exactly as ``Roster(updated.people, allow)`` would; ``updated.people`` keeps the people
        who did not change in their order, followed by the new ones. This roster stays as it was."""
        allow = list(self.allow if allow is None else allow)
        base = self._ready_index()
        base = base.base or base
        with gc_paused():
            updated = updated_index(base, people, max_changed)
        if updated is None:
            roster = Roster(list(people), allow)
            roster._ready()
            return roster
        roster = Roster(updated[1], allow)
        roster._index, roster._allow = updated[0], AllowList(allow)
        return roster

    @property
    def incremental(self) -> bool:
        """True when this roster's index was updated from an earlier roster's (with_people), not built."""
        return self._index is not None and self._index.base is not None

    def _ready(self) -> None:
        if self._index is None:
            self._build()

    def _ready_index(self) -> RosterIndex:
        self._ready()
        assert self._index is not None
        return self._index

    # -- queries -------------------------------------------------------------------------
    def is_allowed(self, text: str, type_: FindingType) -> bool:
        """The agency's own public contacts are never personal information."""
        self._ready()
        return self._allow.allowed(text, type_)

    def person_for_phone(self, text: str) -> RosterPerson | None:
        index = self._ready_index()
        positions = index.phones.get(digits(text))
        return index.slots[positions[-1]] if positions else None

    def find(self, text: str) -> list[Candidate]:
        """Roster hits in ``text``: exact (folded) forms, then one-typo forms of names."""
        index = self._ready_index()
        if index.empty():
            return []
        folded = fold(text)
        tags = TagSpans(text)
        hits: list[Candidate] = []
        for end_index, key, entries, form_kind in index.hits(folded):
            start, end = end_index - len(key) + 1, end_index + 1
            inside_tag = tags.inside(start)
            if not inside_tag and not word_bounded(folded, start, end):
                continue
            if inside_tag and len(key) < 4:
                continue
            entry = entries[0]
            kind = form_kind or entry.kind
            if not inside_tag and not _capitals_where_needed(text, start, end, key, kind):
                continue  # "de la", "jl": initials and two-letter forms are written in capitals
            score = 0.9 if kind in ("full", "alias", "handle", "email", "address", "school") else 0.8
            if entry.type == FindingType.PERSON and " " not in key and not inside_tag:
                if inside_place(folded, start, end):
                    continue  # "San Diego", "Virgen de Guadalupe", "Santiago de Chile"
                if kind != "surname":
                    read = single_name_score(text, folded, start, end, key, kind == "truncation")
                    if read is None:
                        continue
                    score = min(score, read)
            # A surname alone is too common in text; on a jersey or a list it is written in capitals
            # or with a number: "RAMÍREZ 10", "Ramírez #10".
            jersey = text[start:end].isupper() or NUMBER_AFTER.match(text, end) is not None
            if all(e.kind == "surname" for e in entries) and not jersey:
                # "Sra. Ramírez", "Judge Reed": a title right before makes a surname a name. Checked here
                # rather than indexed as title+surname forms, which made the index ~4x larger.
                title = TITLE_BEFORE.search(folded, max(0, start - 16), start)
                if title is None:
                    continue
                start, kind = title.start(1), "title+surname"
            hits.append(self._candidate(start, end, entries, kind, score))
        for start, end, key in address_hits(folded, index.addresses) if index.addresses else ():
            hits.append(self._candidate(start, end, index.addresses[key], "address:short", 0.8))
        hits += self._tag_hits(text, folded)
        hits += self._fuzzy_hits(text, folded, hits)
        return _beside_others(text, longest_first(hits))

    def _candidate(self, start: int, end: int, entries: Sequence[Entry], kind: str, score: float) -> Candidate:
        entry = entries[0]
        slots = self._ready_index().slots
        person = slots[entry.person]
        assert person is not None
        ambiguous = len({e.person for e in entries}) > 1
        roles = {getattr(slots[e.person], "role", None) for e in entries}
        return Candidate(
            start,
            end,
            entry.type,
            score,
            f"roster:{kind}",
            person=None if ambiguous else person.name,
            role=person.role if len(roles) == 1 else None,
        )

    def _tag_hits(self, text: str, folded: str) -> list[Candidate]:
        """Names written without spaces inside #hashtags and @handles: every stretch of the tag is
        looked up among the joined forms (tags are short, so this is a few hundred lookups at most)."""
        index = self._ready_index()
        if not index.joined:
            return []
        out: list[Candidate] = []
        for m in TAG.finditer(folded):
            tag_start = m.start(1)
            tag = folded[tag_start : m.end(1)][:MAX_TAG]
            i = 0
            while i <= len(tag) - 6:
                found = None
                for j in range(len(tag), i + 5, -1):
                    entries = index.joined.get(tag[i:j])
                    if entries:
                        found = (j, entries)
                        break
                if found is None:
                    i += 1
                    continue
                j, entries = found
                out.append(self._candidate(tag_start + i, tag_start + j, entries, entries[0].kind, 0.8))
                i = j
        return out

    def _fuzzy_hits(self, text: str, folded: str, exact: Sequence[Candidate]) -> list[Candidate]:
        """Words one edit (two for long names) from a roster name, swapped letters included:
        "Emilianno", "ignasio", "yadeil".  Lower-case ones are weak candidates."""
        index = self._ready_index()
        if not index.fuzzy:
            return []
        covered = bytearray(len(text))  # 1 where an exact hit already stands: one look-up per word
        for c in exact:
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        tags = TagSpans(text)
        out: list[Candidate] = []
        for m in re.finditer(rf"[^\W\d_]{{{MIN_FUZZY_LEN},}}", text):
            if covered[m.start()] or tags.inside(m.start()):
                continue
            word = folded[m.start() : m.end()]
            lower = not m.group(0)[0].isupper()
            if (word in everyday_words() or word in COMMON_WORDS) and (
                lower or not person_context(folded, m.start(), m.end())
            ):
                continue  # "Línea de emergencia", "Destino final": a word, not a typo of Lina or Destiny
            if is_first_name(word):
                continue  # "Camilo" is a name of its own, not a typo of "Camila"
            limit = 1 if len(word) < 9 else 2
            best = _closest(word, index.fuzzy.get(word[0], []), limit)
            if best is None or best[1] == 0 or word in (best[0] + "s", best[0] + "es"):
                continue  # "nachos" is the plural of a word, not a typo of "Nacho"
            people = index.fuzzy_people[best[0]]
            person = index.slots[people[0]]
            assert person is not None
            score = WEAK if lower else 0.7
            out.append(
                Candidate(
                    m.start(),
                    m.end(),
                    FindingType.PERSON,
                    score,
                    "roster:typo",
                    person=person.name if len(people) == 1 else None,
                    role=person.role,
                )
            )
        return out


def _capitals_where_needed(text: str, start: int, end: int, key: str, kind: str) -> bool:
    """Initials ("J. Herrera", "BJ Elementary") and forms of two letters or fewer need their capitals:
    lower-case "de la", "j herrera" or "bj" are words or typing, not a person."""
    letters = key.replace(" ", "").replace(".", "")
    if len(letters) <= 2:
        return text[start:end].isupper()
    if kind == "initials":
        # Every initial and the surname's first letter written as capitals.
        words = text[start:end].replace(".", " ").split()
        return all(w[0].isupper() for w in words if fold(w) not in PARTICLES)
    if kind == "school:initials":
        first = text[start:end].split()[0]
        return first.isupper()
    return True


def _beside_others(text: str, hits: list[Candidate]) -> list[Candidate]:
    """A weak one-word name next to another roster person in the same sentence is a person too:
    "Paz y Camila ganaron", "Summer and Liam".  Others weak ones stay weak: the scanner keeps them only
    beside another finding."""
    weak = [i for i, h in enumerate(hits) if h.score < 0.5 and h.type == FindingType.PERSON]
    if not weak:
        return hits
    strong = [h for h in hits if h.score >= 0.65 and h.type == FindingType.PERSON]
    for i in weak:
        s_start, s_end = sentence_bounds(text, hits[i].start)
        if any(s_start <= h.start < s_end and h.person != hits[i].person for h in strong):
            hits[i] = replace(hits[i], score=0.7)
    return hits


def _closest(word: str, choices: Sequence[str], limit: int) -> tuple[str, int] | None:
    """The nearest name within ``limit`` edits; of equally near ones the first in alphabetical order, so
    the answer does not depend on the order the names were indexed in."""
    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)
    if not found:
        return None
    name, distance, _ = min(found, key=lambda f: (f[1], f[0]))
    return name, int(distance)
