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


def name_variants(full_name: str, aliases: Iterable[str] = ()) -> dict[str, str]:
    """Folded forms of a name people write -> kind of form (for the reason shown)."""
    tokens = fold(full_name).replace(".", " ").split()
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
