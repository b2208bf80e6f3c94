"""The forms people write a roster name in: first name, first name and surname, initials, nicknames,
titles before a surname."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..nicknames import nickname_forms
from ..textutil import fold
from ..types import FindingType

TITLES = (
    "sr",
    "sr.",
    "sra",
    "sra.",
    "srta",
    "srta.",
    "senor",
    "senora",
    "señor",
    "señora",
    "don",
    "dona",
    "doña",
    "lic",
    "lic.",
    "licenciada",
    "licenciado",
    "dr",
    "dr.",
    "dra",
    "dra.",
    "prof",
    "prof.",
    "profe",
    "maestra",
    "maestro",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "familia",
    "officer",
    "judge",
    "juez",
    "jueza",
)
TITLE_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))("
    + "|".join(sorted({re.escape(fold(t).rstrip(".")) for t in TITLES}, key=len, reverse=True))
    + r")\.?\s+$"
)
# Single words that are also everyday words: matched only when written with a capital
# or inside a hashtag/handle ("Rosa" the name, not "rosa" the colour).
COMMON_WORDS = frozenset(
    (
        "rosa luz paz sol mar cruz angel rey reyes leon will mark hope joy grace rose may june april august "
        "bill pat sue art dean faith summer autumn river sky star victoria mercedes dolores lola lupe chino "
        "guero nina nino ana ale vale fer dani sam max ty al ed jo kit cat ken ben dan tim tom jack nick rob "
        "rich sol santa flor alba blanca clara amparo consuelo socorro esperanza pilar carmen gloria"
    ).split()
)


# Particles of surnames: "de la Cruz" is one surname, and "de la" alone is no one's name (it was indexed
# as a pair of surnames and read as a person in "vamos de la casa").
PARTICLES = frozenset("de del la las los y e van von der den da di du le st".split())


def name_units(full_name: str) -> list[str]:
    """The words of a folded name with each surname particle joined to the word after it."""
    units: list[str] = []
    pending: list[str] = []
    for token in fold(full_name).replace(".", " ").split():
        if units and token in PARTICLES:
            pending.append(token)
            continue
        units.append(" ".join([*pending, token]))
        pending = []
    if pending:
        units[-1] = " ".join([units[-1], *pending])
    return units


def name_variants(full_name: str, aliases: Iterable[str] = ()) -> dict[str, str]:
    """Folded forms of a name people write -> kind of form (for the reason shown)."""
    tokens = name_units(full_name)
    variants: dict[str, str] = {}
    if not tokens:
        return variants
    variants[" ".join(tokens)] = "full"
    first = tokens[0]
    variants.setdefault(first, "first")
    surnames = tokens[1:]
    for surname in surnames:
        variants.setdefault(f"{first} {surname}", "first+surname")
        variants.setdefault(f"{first[0]}. {surname}", "initials")
        variants.setdefault(f"{first[0]} {surname}", "initials")
        variants.setdefault(f"{surname} family", "family")
        variants.setdefault(surname, "surname")
        core = surname.split()[-1]
        if core != surname:
            variants.setdefault(core, "surname")  # "Sra. Cruz" for "María de la Cruz"
    if len(tokens) >= 3:
        # "José Luis Gómez": a compound first name or two surnames; cover both readings.
        variants.setdefault(f"{tokens[0]} {tokens[1]}", "first+surname")
        variants.setdefault(f"{tokens[1]} {tokens[2]}", "surnames")
        initials = f"{tokens[0][0]}. {tokens[1][0]}."
        for surname in tokens[2:]:
            variants.setdefault(f"{initials} {surname}", "initials")
            variants.setdefault(f"{initials.replace(' ', '')} {surname}", "initials")
        compound = f"{tokens[0]} {tokens[1]}"
        for nick in nickname_forms(compound):
            variants.setdefault(nick, "nickname")
    for nick in nickname_forms(first):
        variants.setdefault(nick, "nickname")
        for surname in surnames:
            variants.setdefault(f"{nick} {surname}", "nickname")
    for alias in aliases:
        folded = " ".join(fold(alias).split())
        if folded:
            variants[folded] = "alias"
            for nick in nickname_forms(folded):
                variants.setdefault(nick, "nickname")
    return {v: k for v, k in variants.items() if len(v) >= 4 or len(v.replace(" ", "").replace(".", "")) >= 2}


class Entry(tuple[int, FindingType, str]):
    """(person index, finding type, kind of form). A tuple: the index holds millions of them for a large
    agency, and a tuple is made in C without a Python __init__."""

    __slots__ = ()

    @property
    def person(self) -> int:
        return self[0]

    @property
    def type(self) -> FindingType:
        return self[1]

    @property
    def kind(self) -> str:
        return self[2]


# Consonant pairs that begin a syllable ("Ga-briela", "Pa-tricia"): a cut between them is no truncation.
_ONSETS = frozenset("bl br cl cr dr fl fr gl gr kl kr pl pr tr ch ll rr qu gu th sh ph".split())
_VOWELS = frozenset("aeiouy")


def truncations(first: str) -> list[str]:
    """Prefixes of a first name that people use as its short form: cut at a syllable's end and leaving
    two letters or more: "daniela" -> "dani", "danie"; "santiago" -> "santi"; "fernanda" -> "fer",
    "fernan"; not "sant", "cam" (cut inside a syllable)."""
    out = []
    for n in range(3, len(first) - 1):
        prefix, next_char = first[:n], first[n]
        if not prefix.isalpha():
            break
        last = prefix[-1]
        if last in _VOWELS:
            ok = next_char not in _VOWELS or last != next_char  # "dani|e", "caro|l"
            # Three letters ending in a vowel need two vowels ("Isa", "Emi"; not "Mia|"-like cuts of "Mi").
            ok = ok and (n > 3 or sum(c in _VOWELS for c in prefix) >= 2)
        else:
            ok = next_char not in _VOWELS and last + next_char not in _ONSETS and next_char != "h"
        if ok:
            out.append(prefix)
    return out
