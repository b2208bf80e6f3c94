"""The roster index: one Aho-Corasick automaton over every form of every person, the joined forms
looked up inside tags, the words one typo away, and the agency's own contacts."""

from __future__ import annotations

import gc
import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import ahocorasick
from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..detectors.gazetteer import WEAK, everyday_words, inside_place, is_first_name
from ..textutil import fold, sentence_bounds
from ..types import Candidate, FindingType
from .allow import AllowList
from .context import person_context
from .forms import COMMON_WORDS, PARTICLES, TITLE_BEFORE, Entry, name_variants, truncations
from .people import RosterError, RosterPerson, digits
from .places import address_hits, address_key, school_forms
from .reading import single_name_score
from .spans import MAX_TAG, NUMBER_AFTER, TAG, TagSpans, longest_first, word_bounded

MIN_FUZZY_LEN = 5


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
        self._addresses: dict[str, list[Entry]] = {}
        self._form_kinds: dict[str, str] = {}  # short forms of schools -> their kind of form
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
        entries, schools, addresses = self._person_entries()
        joined_forms, shortened, fuzzy = _index_forms(entries, automaton)
        for prefix, value in shortened.items():
            automaton.add_word(prefix, (prefix, value))
        for school, value in schools.items():
            for form, kind in school_forms(school):
                if form not in entries and form not in self._form_kinds:
                    # The school's own entries, shared: the kind of form is told by the key.
                    automaton.add_word(form, (form, value))
                    self._form_kinds[form] = kind
        for address, value in addresses.items():
            short = address_key(address)
            if short is not None:
                self._addresses.setdefault(short, value)
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton
        self._joined = dict(joined_forms)
        by_letter: dict[str, list[str]] = defaultdict(list)
        for variant in fuzzy:
            by_letter[variant[0]].append(variant)
        self._fuzzy = dict(by_letter)
        self._fuzzy_people = {v: sorted(p) for v, p in fuzzy.items()}
        self._allow = AllowList(self.allow)

    def _person_entries(self) -> tuple[dict[str, list[Entry]], dict[str, list[Entry]], dict[str, list[Entry]]]:
        """Every form of every person -> their entries; distinct schools and addresses -> theirs.

        Keeps the phone numbers too. Schools' and addresses' short forms are made later, once each."""
        entries: dict[str, list[Entry]] = defaultdict(list)
        person_type = FindingType.PERSON
        schools: dict[str, list[Entry]] = {}
        addresses: dict[str, list[Entry]] = {}
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
                key = " ".join(fold(address).split())
                entries[key].append(Entry((i, FindingType.ADDRESS, "address")))
                addresses.setdefault(key, entries[key])
            for school in person.schools:
                key = " ".join(fold(school).split())
                entries[key].append(Entry((i, FindingType.SCHOOL, "school")))
                schools.setdefault(key, entries[key])
            for phone in person.phones:
                if len(digits(phone)) >= 7:
                    self._phones[digits(phone)] = i
        return entries, schools, addresses

    def _ready(self) -> None:
        if self._automaton is None:
            self._build()

    # -- queries -------------------------------------------------------------------------
    def is_allowed(self, text: str, type_: FindingType) -> bool:
        """The agency's own public contacts are never personal information."""
        self._ready()
        return self._allow.allowed(text, type_)

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
            kind = self._form_kinds.get(key, entry.kind) if self._form_kinds else entry.kind
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
        for start, end, key in address_hits(folded, self._addresses) if self._addresses else ():
            hits.append(self._candidate(start, end, self._addresses[key], "address:short", 0.8))
        hits += self._tag_hits(text, folded)
        hits += self._fuzzy_hits(text, folded, hits)
        return _beside_others(text, longest_first(hits))

    def _candidate(self, start: int, end: int, entries: Sequence[Entry], kind: str, score: float) -> Candidate:
        entry = entries[0]
        person = self.people[entry.person]
        ambiguous = len({e.person for e in entries}) > 1
        roles = {self.people[e.person].role for e in entries}
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
            if (word in everyday_words() or word in COMMON_WORDS) and (
                lower or not person_context(folded, m.start(), m.end())
            ):
                continue  # "Línea de emergencia", "Destino final": a word, not a typo of Lina or Destiny
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


def _index_forms(
    entries: dict[str, list[Entry]], automaton: ahocorasick.Automaton
) -> tuple[dict[str, list[Entry]], dict[str, list[Entry]], dict[str, set[int]]]:
    """Adds every form to ``automaton``; returns the joined spellings, the truncations of first names
    and the single-word names for one-typo matching (name -> people)."""
    person_type = FindingType.PERSON
    fuzzy: dict[str, set[int]] = defaultdict(set)
    # Once per distinct form rather than once per person's form: the joined spellings used in tags
    # ("#JoseLuisGomez", "@chuyperez", kept out of the automaton, which they doubled) and the
    # single words that one-typo matching compares against.
    joined_forms: dict[str, list[Entry]] = defaultdict(list)
    shortened: dict[str, list[Entry]] = defaultdict(list)
    for key, value in entries.items():
        automaton.add_word(key, (key, value))
        if len(key) >= 5 and " " not in key and any(e[2] == "first" for e in value):
            for prefix in truncations(key):
                if prefix not in entries:
                    shortened[prefix] += [Entry((e[0], person_type, "truncation")) for e in value if e[2] == "first"]
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
    return joined_forms, shortened, fuzzy
