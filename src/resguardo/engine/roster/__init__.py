"""The agency's roster: the people it protects and its own public contacts.

Matching is case- and accent-insensitive and runs one Aho-Corasick automaton over the
text, so a roster of thousands of people costs about as much as a roster of ten.  Names
are expanded into the forms people write: first name, first name and one surname,
"Sr. Pérez", initials with surname, nicknames and diminutives, names inside hashtags
and handles; capitalised words that are one typo away from a roster name are caught
with rapidfuzz.
"""

from .forms import COMMON_WORDS, TITLES, name_variants
from .matcher import MIN_FUZZY_LEN, Roster
from .people import ROLES, RosterError, RosterPerson, digits
from .spans import MAX_TAG

__all__ = [
    "COMMON_WORDS",
    "MAX_TAG",
    "MIN_FUZZY_LEN",
    "ROLES",
    "TITLES",
    "Roster",
    "RosterError",
    "RosterPerson",
    "digits",
    "name_variants",
]
