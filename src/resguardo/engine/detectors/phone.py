"""Phone numbers, validated by Google's libphonenumber (``phonenumbers``)."""

from __future__ import annotations

import re

import phonenumbers

from ..types import Candidate, FindingType, Lang

DEFAULT_REGIONS = ("US", "MX", "ES")
# North American shape: kept even when libphonenumber calls it invalid (555-01xx numbers
# are fictional, but a real one typed with a wrong digit is still someone's number).
_NANP_SHAPE = re.compile(r"^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$")


class PhoneDetector:
    name = "phone.v1"

    def __init__(self, regions: tuple[str, ...] = DEFAULT_REGIONS) -> None:
        self.regions = regions

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        if sum(c.isdigit() for c in text) < 7:
            return []
        found: dict[tuple[int, int], Candidate] = {}
        for region in self.regions:
            # POSSIBLE, not VALID: fictional 555 numbers and new ranges are still someone's number.
            matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE)
            for match in matcher:
                digits = sum(c.isdigit() for c in match.raw_string)
                if digits < 8:
                    continue
                valid = phonenumbers.is_valid_number(match.number)
                if not valid and not _NANP_SHAPE.match(match.raw_string):
                    continue
                key = (match.start, match.end)
                score = 0.95 if valid else 0.7
                if key not in found or found[key].score < score:
                    found[key] = Candidate(match.start, match.end, FindingType.PHONE, score, self.name)
        return list(found.values())
