"""The roster index: one Aho-Corasick automaton over every form of every person, the joined forms
looked up inside tags, the words one typo away, and the agency's own contacts."""

from __future__ import annotations

import gc
import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ahocorasick
from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..detectors.gazetteer import WEAK, everyday_words, inside_place, is_first_name
from ..textutil import fold
from ..types import Candidate, FindingType
from .forms import COMMON_WORDS, TITLE_BEFORE, Entry, name_variants
from .people import RosterError, RosterPerson, digits
from .spans import MAX_TAG, NUMBER_AFTER, TAG, TagSpans, longest_first, word_bounded

MIN_FUZZY_LEN = 5


def _url_key(value: str) -> str:
    value = fold(value.strip())
    value = re.sub(r"^[a-z]+://", "", value)
    value = re.sub(r"^www\.", "", value)
    return value.rstrip("/")


@dataclass
class Roster:
    people: list[RosterPerson] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._automaton: Any = None
        self._fuzzy: dict[str, list[str]] = {}
        self._joined: dict[str, list[Entry]] = {}
        self._fuzzy_people: dict[str, list[int]] = {}
        self._phones: dict[str, int] = {}
        self._allow_phones: set[str] = set()
        self._allow_text: set[str] = set()
        self._allow_handles: set[str] = set()

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
        # Building allocates about ten objects per name form and none of them form cycles; the cyclic
        # collector would walk the growing heap again and again (most of the time for 60,000 people).
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._build_index()
        finally:
            if enabled:
                gc.enable()

    def _build_index(self) -> None:
        automaton = ahocorasick.Automaton()
        entries: dict[str, list[Entry]] = defaultdict(list)
        fuzzy: dict[str, set[int]] = defaultdict(set)
        person_type = FindingType.PERSON
        for i, person in enumerate(self.people):
            for variant, kind in name_variants(person.name, person.aliases).items():
                entries[variant].append(Entry((i, person_type, kind)))
            for handle in person.handles:
                key = fold(handle.lstrip("@"))
                entries["@" + key].append(Entry((i, FindingType.HANDLE, "handle")))
                if len(key) >= 4:
                    entries[key].append(Entry((i, FindingType.HANDLE, "handle")))
            for email in person.emails:
                entries[fold(email)].append(Entry((i, FindingType.EMAIL, "email")))
            for address in person.addresses:
                entries[" ".join(fold(address).split())].append(Entry((i, FindingType.ADDRESS, "address")))
            for school in person.schools:
                entries[" ".join(fold(school).split())].append(Entry((i, FindingType.SCHOOL, "school")))
            for phone in person.phones:
                if len(digits(phone)) >= 7:
                    self._phones[digits(phone)] = i
        # Once per distinct form rather than once per person's form: the joined spellings used in tags
        # ("#JoseLuisGomez", "@chuyperez", kept out of the automaton, which they doubled) and the
        # single words that one-typo matching compares against.
        joined_forms: dict[str, list[Entry]] = defaultdict(list)
        for key, value in entries.items():
            automaton.add_word(key, (key, value))
            names = (
                value
                if value[-1][1] is person_type and value[0][1] is person_type
                else [e for e in value if e[1] is person_type]
            )
            if not names:
                continue
            if " " in key or "." in key:
                joined = key.replace(" ", "").replace(".", "")
                if len(joined) >= 6:
                    joined_forms[joined].extend(names)
            elif len(key) >= MIN_FUZZY_LEN:
                fuzzy[key].update(e[0] for e in names)
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton
        self._joined = dict(joined_forms)
        by_letter: dict[str, list[str]] = defaultdict(list)
        for variant in fuzzy:
            by_letter[variant[0]].append(variant)
        self._fuzzy = dict(by_letter)
        self._fuzzy_people = {v: sorted(p) for v, p in fuzzy.items()}
        for item in self.allow:
            if sum(c.isdigit() for c in item) >= 7 and not re.search(r"[a-z]{3}", item.lower()):
                self._allow_phones.add(digits(item))
            elif item.startswith("@"):
                self._allow_handles.add(fold(item))
            else:
                self._allow_text.add(_url_key(item))

    def _ready(self) -> None:
        if self._automaton is None:
            self._build()

    # -- queries -------------------------------------------------------------------------
    def is_allowed(self, text: str, type_: FindingType) -> bool:
        """The agency's own public contacts are never personal information."""
        self._ready()
        if type_ == FindingType.PHONE:
            return digits(text) in self._allow_phones
        if type_ in (FindingType.EMAIL, FindingType.URL):
            return _url_key(text) in self._allow_text
        if type_ == FindingType.HANDLE:
            return fold(text) in self._allow_handles
        return False

    def person_for_phone(self, text: str) -> RosterPerson | None:
        self._ready()
        index = self._phones.get(digits(text))
        return self.people[index] if index is not None else None

    def find(self, text: str) -> list[Candidate]:
        """Roster hits in ``text``: exact (folded) forms, then one-typo forms of names."""
        self._ready()
        if not len(self._automaton):
            return []
        folded = fold(text)
        tags = TagSpans(text)
        hits: list[Candidate] = []
        for end_index, (key, entries) in self._automaton.iter(folded):
            start, end = end_index - len(key) + 1, end_index + 1
            inside_tag = tags.inside(start)
            if not inside_tag and not word_bounded(folded, start, end):
                continue
            if inside_tag and len(key) < 4:
                continue
            entry = entries[0]
            single_name = entry.type == FindingType.PERSON and " " not in key and not inside_tag
            lower = not text[start].isupper()
            if single_name and lower and (key in COMMON_WORDS or key in everyday_words()):
                continue  # "pan dulce", "bran muffins", "la rosa es roja"
            if single_name and inside_place(folded, start, end):
                continue  # "San Diego", "Virgen de Guadalupe", "Santiago de Chile"
            # A surname alone is too common in text; on a jersey or a list it is written in capitals
            # or with a number: "RAMÍREZ 10", "Ramírez #10".
            jersey = text[start:end].isupper() or NUMBER_AFTER.match(text, end) is not None
            kind = entry.kind
            if all(e.kind == "surname" for e in entries) and not jersey:
                # "Sra. Ramírez", "Judge Reed": a title right before makes a surname a name. Checked here
                # rather than indexed as title+surname forms, which made the index ~4x larger.
                title = TITLE_BEFORE.search(folded, max(0, start - 16), start)
                if title is None:
                    continue
                start, kind = title.start(1), "title+surname"
            person = self.people[entry.person]
            ambiguous = len({e.person for e in entries}) > 1
            roles = {self.people[e.person].role for e in entries}
            score = 0.9 if kind in ("full", "alias", "handle", "email", "address", "school") else 0.8
            hits.append(
                Candidate(
                    start,
                    end,
                    entry.type,
                    score,
                    f"roster:{kind}",
                    person=None if ambiguous else person.name,
                    role=person.role if len(roles) == 1 else None,
                )
            )
        hits += self._tag_hits(text, folded)
        hits += self._fuzzy_hits(text, folded, hits)
        return longest_first(hits)

    def _tag_hits(self, text: str, folded: str) -> list[Candidate]:
        """Names written without spaces inside #hashtags and @handles: every stretch of the tag is
        looked up among the joined forms (tags are short, so this is a few hundred lookups at most)."""
        if not self._joined:
            return []
        out: list[Candidate] = []
        for m in TAG.finditer(folded):
            tag_start = m.start(1)
            tag = folded[tag_start : m.end(1)][:MAX_TAG]
            i = 0
            while i <= len(tag) - 6:
                found = None
                for j in range(len(tag), i + 5, -1):
                    entries = self._joined.get(tag[i:j])
                    if entries:
                        found = (j, entries)
                        break
                if found is None:
                    i += 1
                    continue
                j, entries = found
                entry = entries[0]
                person = self.people[entry.person]
                ambiguous = len({e.person for e in entries}) > 1
                roles = {self.people[e.person].role for e in entries}
                out.append(
                    Candidate(
                        tag_start + i,
                        tag_start + j,
                        FindingType.PERSON,
                        0.8,
                        f"roster:{entry.kind}",
                        person=None if ambiguous else person.name,
                        role=person.role if len(roles) == 1 else None,
                    )
                )
                i = j
        return out

    def _fuzzy_hits(self, text: str, folded: str, exact: Sequence[Candidate]) -> list[Candidate]:
        """Words one edit (two for long names) from a roster name, swapped letters included:
        "Emilianno", "ignasio", "yadeil".  Lower-case ones are weak candidates."""
        if not self._fuzzy:
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
            if lower and (word in everyday_words() or word in COMMON_WORDS):
                continue
            if is_first_name(word):
                continue  # "Camilo" is a name of its own, not a typo of "Camila"
            limit = 1 if len(word) < 9 else 2
            choices = self._fuzzy.get(word[0], [])
            best = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
            if best is None or best[1] == 0 or word in (best[0] + "s", best[0] + "es"):
                continue  # "nachos" is the plural of a word, not a typo of "Nacho"
            people = self._fuzzy_people[best[0]]
            person = self.people[people[0]]
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
