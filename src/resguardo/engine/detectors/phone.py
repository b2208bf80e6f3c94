"""Phone numbers, validated by Google's libphonenumber (``phonenumbers``)."""

from __future__ import annotations

import re

import phonenumbers

from ..types import Candidate, FindingType, Lang

DEFAULT_REGIONS = ("US", "MX", "ES")
# North American shape: kept even when libphonenumber calls it invalid (555-01xx numbers
# are fictional, but a real one typed with a wrong digit is still someone's number).
_SERVICE_TYPES = {phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST}
_WINDOW = re.compile(r"\+?\(?\d(?:[\d\s().\-/]{6,22})\d")
# A date ("12/03/2018", "3-4-2019 10") in a window is not a phone; libphonenumber would be asked
# three times (once per region) for nothing.
_DATE_SHAPE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{2,4}(?:\s+\d{1,2})?")
_NANP_SHAPE = re.compile(r"^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$")


class PhoneDetector:
    name = "phone.v1"

    def __init__(self, regions: tuple[str, ...] = DEFAULT_REGIONS) -> None:
        self.regions = regions

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        found: dict[tuple[int, int], Candidate] = {}
        # libphonenumber's matcher is slow on long texts: run it only around digit runs that
        # could be a phone number (8+ digits with separators).
        for window in _WINDOW.finditer(text):
            chunk = window.group()
            if sum(c.isdigit() for c in chunk) < 8 or _DATE_SHAPE.fullmatch(chunk):
                continue
            offset = max(0, window.start() - 4)
            self._match(text[offset : window.end() + 1], offset, found)
        return list(found.values())

    def _match(self, text: str, offset: int, found: dict[tuple[int, int], Candidate]) -> None:
        for region in self.regions:
            # POSSIBLE, not VALID: fictional 555 numbers and new ranges are still someone's number.
            matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE)
            for match in matcher:
                digits = sum(c.isdigit() for c in match.raw_string)
                if digits < 8:
                    continue
                valid = phonenumbers.is_valid_number(match.number)
                # Hotlines and toll-free lines (800, 888, …; Mexico's 800) belong to services, not people.
                if valid and phonenumbers.number_type(match.number) in _SERVICE_TYPES:
                    continue
                if not valid and not _NANP_SHAPE.match(match.raw_string):
                    continue
                key = (offset + match.start, offset + match.end)
                score = 0.95 if valid else 0.7
                if key not in found or found[key].score < score:
                    found[key] = Candidate(key[0], key[1], FindingType.PHONE, score, self.name)
