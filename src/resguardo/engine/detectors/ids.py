"""Identity and case numbers.

National numbers are confirmed by ``python-stdnum`` checksums and formats (US SSN/ITIN,
ES DNI/NIE, MX CURP/RFC); agency patterns (case numbers, Medicaid/Medi-Cal IDs) are
configurable; and any number written after an identifier label ("NHC:", "Expediente",
"Case #", "Member ID") is an identifier whatever its shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum.es import dni, nie
from stdnum.mx import curp, rfc
from stdnum.us import itin, ssn

from ..types import Candidate, FindingType, Lang

DEFAULT_AGENCY_PATTERNS: dict[str, str] = {
    # CW-2023-004512, DCFS-2024-0012
    "case_number": r"\b[A-Z]{2,6}-\d{4}-\d{3,8}\b",
    # Medi-Cal Client Index Number: 9 + 7 digits + letter
    "medi_cal_cin": r"\b9\d{7}[A-Z]\b",
}

_SSN_SHAPE = re.compile(r"^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$")

_NATIONAL: list[tuple[str, re.Pattern[str], Callable[[str], bool]]] = [
    # Written with dashes it reads as an SSN even when stdnum knows it was published (457-55-5462).
    (
        "ssn",
        re.compile(r"\b\d{3}[- ]?\d{2}[- ]?\d{4}\b"),
        lambda v: ssn.is_valid(v) or itin.is_valid(v) or bool(_SSN_SHAPE.match(v)),
    ),
    ("dni", re.compile(r"\b\d{8}[- ]?[A-Za-z]\b"), dni.is_valid),
    ("nie", re.compile(r"\b[XYZxyz][- ]?\d{7}[- ]?[A-Za-z]\b"), nie.is_valid),
    ("curp", re.compile(r"\b[A-Za-z]{4}\d{6}[HMhm][A-Za-z]{5}[A-Za-z0-9]\d\b"), curp.is_valid),
    ("rfc", re.compile(r"\b[A-Za-zÑñ&]{3,4}\d{6}[A-Za-z0-9]{3}\b"), rfc.is_valid),
]

_LABEL = (
    r"NHC|NASS|NSS|NUSS|N\.?\s?S\.?\s?S\.?|N[ºo°]\s?(?:de\s)?Col(?:egiado)?\.?|N[ºo°]\s?(?:de\s)?(?:historia|expediente|afiliaci[oó]n)"
    r"|n[uú]mero\sde\s(?:historia|expediente|caso|afiliaci[oó]n|seguro(?:\ssocial)?|identificaci[oó]n|pasaporte|licencia)"
    r"|expediente|folio|historia\scl[ií]nica|DNI|NIE|NIF|CURP|RFC|INE|pasaporte|SIP|TSI|CIPA|CIP"
    r"|case\s(?:no\.?|number|#|id)|case|docket(?:\sno\.?)?|file\s(?:no\.?|number|#)|member\sid|client\sid|patient\sid"
    r"|medicaid(?:\s(?:id|number|no\.?|#))?|medi-cal(?:\s(?:id|number|no\.?|#))?|ssn|social\ssecurity(?:\snumber)?"
    r"|passport(?:\sno\.?)?|driver'?s\slicen[cs]e(?:\sno\.?)?|MRN|ID|policy(?:\sno\.?|\snumber)?"
)
# The value must hold digits: "Case: closed" is not an identifier.
_LABELLED = re.compile(
    rf"(?i)\b(?:{_LABEL})(?:\s*(?:[:#]|n[ºo°]\.?)|\s+(?:is|es|was|era|number|n[uú]mero|de)\b)?\s*"
    rf"(?=[A-Z0-9 -]{{0,6}}\d)([A-Z0-9](?:[A-Z0-9/.-]|\s(?=\d)){{2,24}}[A-Z0-9])"
)


class IdDetector:
    name = "id.v1"

    def __init__(self, agency_patterns: dict[str, str] | None = None) -> None:
        patterns = DEFAULT_AGENCY_PATTERNS if agency_patterns is None else agency_patterns
        self.agency = [(label, re.compile(p)) for label, p in patterns.items()]

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        if not any(c.isdigit() for c in text):
            return []
        out: list[Candidate] = []
        for _kind, pattern, is_valid in _NATIONAL:
            for m in pattern.finditer(text):
                if is_valid(m.group(0)):
                    out.append(Candidate(m.start(), m.end(), FindingType.ID, 0.95, self.name))
        for _label, pattern in self.agency:
            out += [Candidate(m.start(), m.end(), FindingType.ID, 0.9, self.name) for m in pattern.finditer(text)]
        for m in _LABELLED.finditer(text):
            start, end = m.span(1)
            if sum(c.isdigit() for c in m.group(1)) >= 3:
                out.append(Candidate(start, end, FindingType.ID, 0.85, self.name))
        return out
