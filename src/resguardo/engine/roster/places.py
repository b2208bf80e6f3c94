"""Short forms of roster schools and addresses: "Juárez Elem", "la Benito Juárez", "Lincoln High" for
"Abraham Lincoln High School"; "1423 Maple", "1423 W. Maple" for "1423 W Maple Ave".

School forms go into the automaton (once per distinct school, however many children go there).
Addresses are looked up by number and street name: the text's "number + words" are few, and one
dict entry per address keeps building as cheap as before."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ..textutil import fold

_SCHOOL_TYPES = {
    "elementary": ("elementary", "elem", "elem."),
    "middle": ("middle",),
    "high": ("high",),
    "academy": ("academy",),
    "primaria": ("primaria",),
    "secundaria": ("secundaria",),
    "preparatoria": ("prepa", "preparatoria"),
}
_SCHOOL_WORDS = frozenset(
    "school escuela colegio instituto elementary middle high academy primaria secundaria preparatoria prepa "
    "jardin de ninos kinder kindergarten charter magnet junior senior es ms hs elem k-8 prep learning center "
    "centro escolar".split()
)
_ARTICLES = frozenset("de del la las los el y".split())


def school_forms(school: str) -> Iterator[tuple[str, str]]:
    """(folded form, kind) for the short ways a school's name is written."""
    words = fold(school).replace(".", " ").split()
    core = [w for w in words if w not in _SCHOOL_WORDS]
    while core and core[0] in _ARTICLES:
        core = core[1:]
    while core and core[-1] in _ARTICLES:
        core = core[:-1]
    if not core or len(" ".join(core)) < 4:
        return
    name = " ".join(core)
    kinds = [w for w in words if w in _SCHOOL_TYPES]
    named = len(core) >= 2  # "Benito Juárez": a name of its own, not a word like "Central"
    for kind in kinds:
        for short in _SCHOOL_TYPES[kind]:
            yield f"{name} {short}", "school:short"
            if named and len(core[-1]) >= 4:
                yield f"{core[-1]} {short}", "school:short"  # "Juárez Elem", "Lincoln High"
                yield f"{core[-1]} {short} school", "school:short"
            if named:
                initials = "".join(w[0] for w in core if w not in _ARTICLES)
                if len(initials) >= 2:
                    yield f"{initials} {short}", "school:initials"  # "BJ Elementary", capitals only
        yield f"{kind} {name}", "school:short"  # "primaria Leona Vicario"
    if named:
        # Spanish speakers name a school by its patron with the article of "la escuela" / "el colegio".
        for article in ("la", "el"):
            yield f"{article} {name}", "school:short"
            if len(core) >= 3:
                yield f"{article} {core[0]} {core[1]}", "school:short"  # "la Sor Juana"
        yield f"escuela {name}", "school:short"


_DIRECTIONS = frozenset("n s e w ne nw se sw north south east west norte sur oriente poniente".split())
_STREET_TYPES = frozenset(
    "ave av avenue avenida st street rd road blvd boulevard bulevar dr drive ln lane ct court way pl place "
    "pkwy parkway cir circle ter terrace hwy highway calle callejon privada camino cerrada".split()
)
_ADDRESS_EN = re.compile(r"^(\d{1,6}[a-z]?)\s+(.+)$")
_ADDRESS_ES = re.compile(r"^(.+?)\s+(?:#|no\.?\s*|num\.?\s*)?(\d{1,6}[a-z]?)\b")


def address_key(address: str) -> str | None:
    """ "number street-name" for an address, without direction, street type or unit:
    "1423 W Maple Ave" -> "1423 maple", "Calle Nogal 48" -> "48 nogal"."""
    folded = " ".join(fold(address).replace(".", " ").replace(",", " ").split())
    m = _ADDRESS_EN.match(folded)
    if m is not None:
        number, rest = m.group(1), m.group(2).split()
    else:
        m = _ADDRESS_ES.match(folded)
        if m is None:
            return None
        number, rest = m.group(2), m.group(1).split()
    street: list[str] = []
    for word in rest:
        if word in ("apt", "unit", "suite", "#", "depto", "int"):
            break
        if word in _STREET_TYPES:
            if street:
                break
            continue
        if word in _DIRECTIONS and not street:
            continue
        street.append(word)
    if not street or len(street) > 3:
        return None
    return f"{number} {' '.join(street)}"


# In the text: a number, perhaps a direction, one to three words (English order), or one to three
# words and a number (Spanish order, "Nogal 48", "calle Nogal #48").
_NUMBER_FIRST = re.compile(
    r"\b(\d{1,6}[a-z]?)\s+(?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?\s+)?([a-z]+(?:\s+[a-z]+){0,2})"
)
_NUMBER_LAST = re.compile(r"\b([a-z]+(?:\s+[a-z]+){0,2})\s+(?:#\s*|no\.?\s*)?(\d{1,6}[a-z]?)\b")
_TYPE_AFTER = re.compile(
    r"\s+(?:ave|av|avenue|avenida|st|street|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court|way|pl|place)\b\.?"
)


def address_hits(folded: str, keys: Mapping[str, object]) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) for short forms of roster addresses in the folded text."""
    for m in _NUMBER_FIRST.finditer(folded):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            key = f"{m.group(1)} {' '.join(words[:n])}"
            if key in keys:
                end = m.start(2) + len(" ".join(words[:n]))
                after = _TYPE_AFTER.match(folded, end)
                yield m.start(), after.end() if after else end, key
                break
    for m in _NUMBER_LAST.finditer(folded):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            key = f"{m.group(2)} {' '.join(words[-n:])}"
            if key in keys:
                yield m.end(1) - len(" ".join(words[-n:])), m.end(), key
                break
