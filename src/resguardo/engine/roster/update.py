"""A roster index updated for the people who changed, instead of built again for everyone.

The base index stays as it was (other threads may be reading it). The people no longer in the roster
keep their slots, emptied; the new and changed ones get slots after the last. Every form those people
have or had is looked up again: its new value goes in an overlay over the base automaton, or in a small
automaton of its own when the form is new. The dictionaries (tags, typos, phones, addresses) are copied
and patched. Updates always start from the base index, so they never pile up; past ``max_changed`` of
the people, a full build is cheaper and the caller makes one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import ahocorasick

from .forms import Entry, truncations
from .index import (
    ADDRESS,
    PERSON,
    RosterIndex,
    add_person,
    add_school_sources,
    by_person,
    fuzzy_key,
    joined_key,
    phone_keys,
    place_key,
    school_value,
    truncation_source,
)
from .people import RosterPerson
from .places import address_key, school_forms


class _Change:
    """The people who left (their base slots) and came (new slots), with every form they touch."""

    def __init__(self, base: RosterIndex, gone: list[int], came: list[RosterPerson]) -> None:
        self.base, self.gone = base, set(gone)
        self.came = list(enumerate(came, start=len(base.slots)))
        self.added: dict[str, list[Entry]] = defaultdict(list)
        for i, person in self.came:
            add_person(self.added, i, person)
        self.keys: set[str] = set(self.added)
        # The new people's first names by the truncations they give: "dani" <- "daniela", "daniel".
        self.added_truncations: dict[str, list[Entry]] = defaultdict(list)
        self.added_with_truncation: dict[str, set[str]] = defaultdict(set)
        for key, entries in self.added.items():
            firsts = [Entry((e[0], PERSON, "truncation")) for e in entries if e[2] == "first"]
            if firsts and truncation_source(key):
                for prefix in truncations(key):
                    self.added_truncations[prefix] += firsts
                    self.added_with_truncation[prefix].add(key)
        left = [(i, base.slots[i]) for i in gone]
        self.people: list[RosterPerson] = [p for _, p in self.came]
        for i, left_person in left:
            assert left_person is not None  # gone slots are taken from the live ones
            forms: dict[str, list[Entry]] = defaultdict(list)
            add_person(forms, i, left_person)
            self.keys.update(forms)
            self.people.append(left_person)

    def base_main(self, key: str) -> list[Entry]:
        """The entries of a person's form in the base index (not a school's short form, not a truncation)."""
        found = self.base.automaton.get(key, None) if len(self.base.automaton) else None
        if found is None or key in self.base.form_kinds or found[1][0][2] == "truncation":
            return []
        entries: list[Entry] = found[1]
        return entries

    def main(self, key: str) -> list[Entry]:
        if key not in self.keys:
            return self.base_main(key)
        return [e for e in self.base_main(key) if e[0] not in self.gone] + self.added.get(key, [])

    def kept(self, entries: Sequence[Entry]) -> list[Entry]:
        return [e for e in entries if e[0] not in self.gone]


def updated_index(
    base: RosterIndex, people: Sequence[RosterPerson], max_changed: float
) -> tuple[RosterIndex, list[RosterPerson]] | None:
    """The index for ``people`` and the roster's people in slot order; None when too many changed."""
    slots_of: dict[RosterPerson, list[int]] = defaultdict(list)
    for i, person in enumerate(base.slots):
        if person is not None:
            slots_of[person].append(i)
    came: list[RosterPerson] = []
    for person in people:
        free = slots_of.get(person)
        if free:
            free.pop()
        else:
            came.append(person)
    gone = sorted(i for free in slots_of.values() for i in free)
    if len(gone) + len(came) > max_changed * max(len(people), 1):
        return None
    change = _Change(base, gone, came)
    slots: list[RosterPerson | None] = list(base.slots)
    for i in gone:
        slots[i] = None
    slots += came
    index = RosterIndex(
        slots=slots,
        automaton=base.automaton,
        form_kinds=base.form_kinds,
        joined=dict(base.joined),
        fuzzy=dict(base.fuzzy),
        fuzzy_people=dict(base.fuzzy_people),
        phones=dict(base.phones),
        addresses=dict(base.addresses),
        school_sources=base.school_sources,
        base=base,
    )
    _update_schools(index, change)
    _update_automaton(index, change)
    _update_tags_and_typos(index, change)
    _update_phones_and_addresses(index, change)
    return index, [p for p in slots if p is not None]


def _update_schools(index: RosterIndex, change: _Change) -> None:
    new = {place_key(s) for _, p in change.came for s in p.schools}
    new -= {s for sources in index.school_sources.values() for s in sources}
    if new:
        index.school_sources = {form: dict(sources) for form, sources in index.school_sources.items()}
        for school in sorted(new):
            add_school_sources(index.school_sources, school)


def _update_automaton(index: RosterIndex, change: _Change) -> None:
    touched = set(change.keys)
    for key in change.keys:
        if truncation_source(key):
            touched.update(truncations(key))
    for person in change.people:
        for school in person.schools:
            touched.update(form for form, _ in school_forms(place_key(school)))
    base = change.base
    added = ahocorasick.Automaton()
    for key in sorted(touched):
        value = _value(index, change, key)
        in_base = len(base.automaton) and key in base.automaton
        if in_base:
            index.overlay[key] = value
        elif value is not None:
            added.add_word(key, (key, *value))
    if len(added):
        added.make_automaton()
        index.added = added


def _value(index: RosterIndex, change: _Change, key: str) -> tuple[list[Entry], str | None] | None:
    """What a full build would index under ``key``: a person's form, else a school's short form, else a
    truncation of first names."""
    main = change.main(key)
    if main:
        return main, None
    sources = index.school_sources.get(key)
    if sources:
        entries, kind = school_value(sources, change.main)
        if kind is not None:
            return entries, kind
    shortened = _shortened(change, key)
    return (shortened, None) if shortened else None


def _shortened(change: _Change, prefix: str) -> list[Entry]:
    """Every first name's truncation to ``prefix``, from the people of the updated roster."""
    base = change.base
    found = base.automaton.get(prefix, None) if len(base.automaton) else None
    entries: list[Entry] = []
    if found is None or (prefix not in base.form_kinds and found[1][0][2] == "truncation"):
        # The base holds every truncation to this prefix (or there was none): patch it.
        entries = change.kept(found[1]) if found is not None else []
        entries += change.added_truncations.get(prefix, [])
    else:
        # The prefix was a person's form or a school's in the base, which hid its truncations: gather them.
        keys = set(base.automaton.keys(prefix)) | change.added_with_truncation.get(prefix, set())
        for key in sorted(keys):
            if truncation_source(key) and prefix in truncations(key):
                entries += [Entry((e[0], PERSON, "truncation")) for e in change.main(key) if e[2] == "first"]
    return by_person(entries)


def _update_tags_and_typos(index: RosterIndex, change: _Change) -> None:
    base = change.base
    joined_from: dict[str, list[str]] = defaultdict(list)
    typos: set[str] = set()
    for key in change.keys:
        joined = joined_key(key)
        if joined is not None:
            joined_from[joined].append(key)
        elif fuzzy_key(key):
            typos.add(key)
    for joined, keys in joined_from.items():
        names = change.kept(base.joined.get(joined, []))
        for key in keys:
            names += [e for e in change.added.get(key, []) if e[1] is PERSON]
        if names:
            index.joined[joined] = by_person(names)
        else:
            index.joined.pop(joined, None)
    for key in typos:
        people = {p for p in base.fuzzy_people.get(key, []) if p not in change.gone}
        people |= {e[0] for e in change.added.get(key, []) if e[1] is PERSON}
        if people:
            index.fuzzy_people[key] = sorted(people)
        else:
            index.fuzzy_people.pop(key, None)
    for letter in {key[0] for key in typos}:
        old = base.fuzzy.get(letter, [])
        known = set(old)
        new = [v for v in old if v in index.fuzzy_people]
        new += sorted(k for k in typos if k[0] == letter and k in index.fuzzy_people and k not in known)
        if new:
            index.fuzzy[letter] = new
        else:
            index.fuzzy.pop(letter, None)


def _update_phones_and_addresses(index: RosterIndex, change: _Change) -> None:
    base = change.base
    phones = {phone for person in change.people for phone in phone_keys(person)}
    came_phones: dict[str, list[int]] = defaultdict(list)
    for i, person in change.came:
        for phone in phone_keys(person):
            came_phones[phone].append(i)
    for phone in phones:
        kept = [i for i in base.phones.get(phone, []) if i not in change.gone] + came_phones.get(phone, [])
        if kept:
            index.phones[phone] = kept
        else:
            index.phones.pop(phone, None)
    shorts = {address_key(place_key(a)) for person in change.people for a in person.addresses}
    came: dict[str, list[Entry]] = defaultdict(list)
    for i, person in change.came:
        for address in person.addresses:
            came[address_key(place_key(address)) or ""].append(Entry((i, ADDRESS, "address")))
    for short in filter(None, shorts):
        entries = change.kept(base.addresses.get(short, [])) + came.get(short, [])
        if entries:
            index.addresses[short] = by_person(entries)
        else:
            index.addresses.pop(short, None)
