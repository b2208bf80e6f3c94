"""The roster's search index, built once from every person: one Aho-Corasick automaton over every form,
the joined forms looked up inside tags, the words one typo away, phones, and short forms of addresses.

Entries name people by their position in ``slots``. Where several people share a form, what a hit
reports depends only on the people behind it, in position order (never on which form was indexed
first), so an index updated for a few changed people (update.py) answers exactly as one built anew.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import ahocorasick

from ..textutil import fold
from ..types import FindingType
from .forms import Entry, name_variants, truncations
from .people import RosterPerson, digits
from .places import address_key, school_forms

MIN_FUZZY_LEN = 5
PERSON = FindingType.PERSON
SCHOOL = FindingType.SCHOOL
ADDRESS = FindingType.ADDRESS
_PERSON_AND_KIND = itemgetter(0, 2)
# A school's short forms: form -> {school key: kind of form}.
SchoolSources = dict[str, dict[str, str]]


@dataclass
class RosterIndex:
    slots: Sequence[RosterPerson | None]  # None: a person removed since the base index was built
    automaton: Any  # folded form -> (form, entries)
    form_kinds: dict[str, str]  # automaton keys that are short forms of schools -> their kind of form
    joined: dict[str, list[Entry]]
    fuzzy: dict[str, list[str]]  # first letter -> single-word names
    fuzzy_people: dict[str, list[int]]
    phones: dict[str, list[int]]
    addresses: dict[str, list[Entry]]  # "1423 maple" -> the people living there
    school_sources: SchoolSources
    # An updated index: the forms whose value changed (None: gone) and an automaton of the new forms.
    overlay: dict[str, tuple[list[Entry], str | None] | None] = field(default_factory=dict)
    added: Any = None
    base: RosterIndex | None = None

    def hits(self, folded: str) -> Iterator[tuple[int, str, list[Entry], str | None]]:
        """(end index, form, entries, kind of school form or None) for every indexed form in ``folded``."""
        overlay, form_kinds = self.overlay, self.form_kinds
        if len(self.automaton):
            for end, (key, entries) in self.automaton.iter(folded):
                if overlay and key in overlay:
                    changed = overlay[key]
                    if changed is not None:
                        yield end, key, changed[0], changed[1]
                    continue
                yield end, key, entries, form_kinds.get(key) if form_kinds else None
        if self.added is not None:
            for end, (key, entries, kind) in self.added.iter(folded):
                yield end, key, entries, kind

    def empty(self) -> bool:
        return not len(self.automaton) and self.added is None


def add_person(
    entries: dict[str, list[Entry]], i: int, person: RosterPerson, places: dict[str, FindingType] | None = None
) -> None:
    """Every form of one person into ``entries`` (a defaultdict(list)), in a fixed order; their addresses'
    and schools' keys into ``places`` too."""
    entry, person_type = Entry, PERSON  # locals: this runs for every person of the agency
    for variant, kind in name_variants(person.name, person.aliases).items():
        entries[variant].append(entry((i, person_type, kind)))
    for handle in person.handles:
        key = fold(handle.lstrip("@"))
        entries["@" + key].append(entry((i, FindingType.HANDLE, "handle")))
        if len(key) >= 4:
            entries[key].append(entry((i, FindingType.HANDLE, "handle")))
    for email in person.emails:
        entries[fold(email)].append(entry((i, FindingType.EMAIL, "email")))
    for type_, kind, values in ((ADDRESS, "address", person.addresses), (SCHOOL, "school", person.schools)):
        for value in values:
            key = place_key(value)
            entries[key].append(entry((i, type_, kind)))
            if places is not None:
                places[key] = type_


def place_key(value: str) -> str:
    return " ".join(fold(value).split())


def phone_keys(person: RosterPerson) -> Iterator[str]:
    for phone in person.phones:
        number = digits(phone)
        if len(number) >= 7:
            yield number


def by_person(entries: list[Entry]) -> list[Entry]:
    """Entries in people's position order, then by kind: the first tells who and how a hit reads."""
    return entries if len(entries) < 2 else sorted(entries, key=_PERSON_AND_KIND)


def joined_key(key: str) -> str | None:
    """The spelling without spaces or dots that tags use ("#JoseLuisGomez"), for forms of two words."""
    if " " not in key and "." not in key:
        return None
    joined = key.replace(" ", "").replace(".", "")
    return joined if len(joined) >= 6 else None


def fuzzy_key(key: str) -> bool:
    return " " not in key and "." not in key and len(key) >= MIN_FUZZY_LEN


def truncation_source(key: str) -> bool:
    return len(key) >= 5 and " " not in key


def school_value(sources: Mapping[str, str], main: Any) -> tuple[list[Entry], str | None]:
    """The children at every school with this short form, and the form's kind ("school:short" wins:
    it needs no capitals). ``main(key)`` gives the entries of a school's full name."""
    entries: list[Entry] = []
    kinds = set()
    for school, kind in sources.items():
        found = [e for e in main(school) if e[1] is SCHOOL]
        if found:
            entries += found
            kinds.add(kind)
    if not entries:
        return [], None
    return by_person(entries), "school:short" if "school:short" in kinds else min(kinds)


def add_school_sources(sources: SchoolSources, school: str) -> None:
    for form, kind in school_forms(school):
        sources.setdefault(form, {}).setdefault(school, kind)


def _gather(
    people: Sequence[RosterPerson],
) -> tuple[dict[str, list[Entry]], list[str], list[str], dict[str, list[int]]]:
    """Every form -> its entries; the distinct schools and addresses; phones -> people."""
    entries: dict[str, list[Entry]] = defaultdict(list)
    places: dict[str, FindingType] = {}
    phones: dict[str, list[int]] = defaultdict(list)
    for i, person in enumerate(people):
        add_person(entries, i, person, places)
        if person.phones:
            for phone in phone_keys(person):
                phones[phone].append(i)
    schools = [key for key, type_ in places.items() if type_ is SCHOOL]
    addresses = [key for key, type_ in places.items() if type_ is ADDRESS]
    return entries, schools, addresses, phones


def build_index(people: Sequence[RosterPerson]) -> RosterIndex:
    entries, schools, addresses, phones = _gather(people)
    automaton = ahocorasick.Automaton()
    joined, shortened, fuzzy = _index_forms(entries, automaton)
    school_sources: SchoolSources = {}
    for school in schools:
        add_school_sources(school_sources, school)
    form_kinds: dict[str, str] = {}
    for form, sources in school_sources.items():
        if form not in entries:
            value, kind = school_value(sources, lambda key: entries.get(key, ()))
            if kind is not None:
                automaton.add_word(form, (form, value))
                form_kinds[form] = kind
    for prefix, value in shortened.items():
        if prefix not in form_kinds:
            automaton.add_word(prefix, (prefix, by_person(value)))
    if len(automaton):
        automaton.make_automaton()
    by_short: dict[str, list[Entry]] = defaultdict(list)
    for address in addresses:
        short = address_key(address)
        if short is not None:
            by_short[short] += [e for e in entries[address] if e[1] is ADDRESS]
    by_letter: dict[str, list[str]] = defaultdict(list)
    for variant in fuzzy:
        by_letter[variant[0]].append(variant)
    return RosterIndex(
        slots=people,
        automaton=automaton,
        form_kinds=form_kinds,
        joined=dict(joined),
        fuzzy=dict(by_letter),
        fuzzy_people={v: sorted(p) for v, p in fuzzy.items()},
        phones=dict(phones),
        addresses={k: by_person(v) for k, v in by_short.items()},
        school_sources=school_sources,
    )


def _index_forms(
    entries: dict[str, list[Entry]], automaton: ahocorasick.Automaton
) -> tuple[dict[str, list[Entry]], dict[str, list[Entry]], dict[str, set[int]]]:
    """Adds every form to ``automaton``; returns the joined spellings, the truncations of first names
    and the single-word names for one-typo matching (name -> people)."""
    person_type = PERSON
    fuzzy: dict[str, set[int]] = defaultdict(set)
    # Once per distinct form rather than once per person's form: the joined spellings used in tags
    # ("#JoseLuisGomez", "@chuyperez", kept out of the automaton, which they doubled) and the
    # single words that one-typo matching compares against.
    joined_forms: dict[str, list[Entry]] = defaultdict(list)
    from_several: set[str] = set()  # joined spellings of several forms: their people need sorting
    shortened: dict[str, list[Entry]] = defaultdict(list)
    for key, value in entries.items():
        automaton.add_word(key, (key, value))
        if truncation_source(key):
            firsts = [Entry((e[0], PERSON, "truncation")) for e in value if e[2] == "first"]
            if firsts:
                for prefix in truncations(key):
                    if prefix not in entries:
                        shortened[prefix] += firsts
        if len(value) <= 2 and value[0][1] is person_type and value[-1][1] is person_type:
            names = value  # the common case, without a new list
        else:
            names = [e for e in value if e[1] is person_type]
            if not names:
                continue
        if " " in key or "." in key:  # as joined_key() and fuzzy_key(), inline: this runs for every form
            joined = key.replace(" ", "").replace(".", "")
            if len(joined) >= 6:
                if joined in joined_forms:
                    from_several.add(joined)
                joined_forms[joined].extend(names)
        elif len(key) >= MIN_FUZZY_LEN:
            fuzzy[key].update(e[0] for e in names)
    for joined in from_several:
        joined_forms[joined] = by_person(joined_forms[joined])
    return joined_forms, shortened, fuzzy
