"""Identity and case numbers.

National numbers are confirmed by ``python-stdnum`` checksums and formats (US SSN/ITIN,
ES DNI/NIE, MX CURP/RFC); agency patterns (case numbers, Medicaid/Medi-Cal IDs) are
configurable; and any number written after an identifier label ("NHC:", "Expediente",
"Case #", "Member ID") is an identifier whatever its shape.  Mexican and Central American
numbers (CURP by shape, INE, DUI, DPI, Honduran DNI) are in ``ids_latam``; juvenile dockets,
Medicaid, jail and immigration numbers in ``ids_us``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum.es import dni, nie
from stdnum.mx import curp, rfc
from stdnum.us import itin, ssn

from ..types import Candidate, FindingType, Lang
from .ids_latam import find_latam_ids, shape_of
from .ids_us import find_us_ids

DEFAULT_AGENCY_PATTERNS: dict[str, str] = {
    # CW-2023-004512, DCFS-2024-0012
    "case_number": r"\b[A-Z]{2,6}-\d{4}-\d{3,8}\b",
    # Medi-Cal Client Index Number: 9 + 7 digits + letter
    "medi_cal_cin": r"\b9\d{7}[A-Z]\b",
}

# Nine digits after these are an order, a parcel or a reference, not somebody's SSN.
_ORDER_CONTEXT = re.compile(
    r"(?i)(?:#|\b(?:order|pedido|orden|tracking|rastreo|gu[ií]a|ref(?:erence|erencia)?|confirmation|confirmaci[oó]n"
    r"|invoice|factura|ticket|package|paquete|env[ií]o|shipment|serial|serie)\b)\W{0,3}(?:\w+\W+){0,2}$"
)
_SSN_SHAPE = re.compile(r"^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$")


def _is_ssn(value: str) -> bool:
    # stdnum drops only dashes: "123 45 6789" is checked as "123-45-6789".
    v = value.replace(" ", "-")
    return ssn.is_valid(v) or itin.is_valid(v) or bool(_SSN_SHAPE.match(v))


# Each kind: its pattern, its check, and the shapes (see ``ids_latam.shape_of``) one of which the
# text must hold for the pattern to run at all; most texts hold none, and skip the pass.
_NATIONAL: list[tuple[str, re.Pattern[str], Callable[[str], bool], tuple[bytes, ...]]] = [
    # Written with dashes or spaces it reads as an SSN even when stdnum knows it was published
    # (457-55-5462); nine digits run together are checked against an order context in ``find``.
    ("ssn", re.compile(r"\b\d{3}([- ]?)\d{2}\1\d{4}\b"), _is_ssn, (b"000-00-0000", b"000 00 0000", b"000000000")),
    ("dni", re.compile(r"\b\d{8}[- ]?[A-Za-z]\b"), dni.is_valid, (b"00000000",)),
    ("nie", re.compile(r"\b[XYZxyz][- ]?\d{7}[- ]?[A-Za-z]\b"), nie.is_valid, (b"0000000",)),
    (
        "curp",
        re.compile(r"\b[A-Za-z]{4}\d{6}[HMhm][A-Za-z]{5}[A-Za-z0-9]\d\b"),
        curp.is_valid,
        (b"AAAA000000A", b"aaaa000000a"),
    ),
    ("rfc", re.compile(r"\b[A-Za-zÑñ&]{3,4}\d{6}[A-Za-z0-9]{3}\b"), rfc.is_valid, (b"A000000", b"a000000", b"\xc3")),
]

# Lower case: the labelled pass runs over the lower-cased text, which is several times faster
# than a case-insensitive pattern (the original text is used when lower-casing changes its length).
_LABEL = (
    r"nhc|nass|nss|nuss|n\.?\s?s\.?\s?s\.?|n[ºo°]\s?(?:de\s)?col(?:egiado)?\.?|n[ºo°]\s?(?:de\s)?(?:historia|expediente|afiliaci[oó]n)"
    r"|n[uú]mero\sde\s(?:historia|expediente|caso|afiliaci[oó]n|seguro(?:\ssocial)?|identificaci[oó]n|pasaporte|licencia)"
    r"|caso\s(?:n[uú]m(?:ero)?\.?|no\.?|#|n[ºo°]\.?)|expediente|folio|historia\scl[ií]nica"
    r"|dni|nie|nif|curp|rfc|ine|dpi|cui|clave\sde\selector|pasaporte|sip|tsi|cipa|cip"
    r"|case\s(?:no\.?|number|#|id)|case|docket(?:\sno\.?)?|file\s(?:no\.?|number|#)|member\sid|client\sid|patient\sid"
    r"|medicaid(?:\s(?:id|number|no\.?|#))?|medi-cal(?:\s(?:id|number|no\.?|#))?|ssn|social\ssecurity(?:\snumber)?"
    r"|passport(?:\sno\.?)?|driver'?s\slicen[cs]e(?:\sno\.?)?|mrn|id|policy(?:\sno\.?|\snumber)?"
)
# The value must hold digits: "Case: closed" is not an identifier.  The lookahead on the labels'
# first letters lets the regex engine skip every other position (about twice as fast).
_LABELLED_BODY = (
    rf"\b(?=[acdefhilmnprst])(?:{_LABEL})(?:\s*(?:[:#]|n[ºo°]\.?)|\s+(?:is|es|was|era|number|n[uú]mero|de)\b)?\s*"
    rf"(?=[a-z0-9 -]{{0,6}}\d)([a-z0-9](?:[a-z0-9/.-]|\s(?=\d)){{2,24}}[a-z0-9])"
)
_LABELLED = re.compile(_LABELLED_BODY)
_LABELLED_ANY_CASE = re.compile(_LABELLED_BODY, re.IGNORECASE)


def _labelled(text: str, low: str) -> list[tuple[int, int]]:
    subject, pattern = (low, _LABELLED) if len(low) == len(text) else (text, _LABELLED_ANY_CASE)
    return [m.span(1) for m in pattern.finditer(subject) if sum(c.isdigit() for c in m.group(1)) >= 3]


# An identifier's label a few words before its number: "the docket for Milagros Chávez is
# 2023JD004871", "el número de booking de mi esposo es 20240512045", "Court file for the Ruiz kids
# is 24 JA 1127".  Within one sentence, at most six words between; the number holds five digits.
_NEAR_LABEL = re.compile(
    r"\b(?=[abcdefhimnrs])(?:docket|court\s+file|case\s+file|booking|inmate|dui|dpi|curp|medicaid|medi-cal|bic|cin|rin"
    r"|member\s+id|a-number|alien\s+number|expediente|reo|recluso|ssn|seguro\s+social|social\s+security|folio)\b"
    r"(?P<gap>(?:[^\S\n]+[^\s.?!\d][^\s.?!]*){0,6}?)[^\S\n]*[:#]?[^\S\n]*"
    r"(?P<value>\d[\da-z-]{4,}[\da-z]|\d{2,4}(?:[ -](?:[a-z]{1,4}|\d{2,}))+)(?![\w-])"
)


def _near_labelled(low: str) -> list[tuple[int, int]]:
    return [m.span("value") for m in _NEAR_LABEL.finditer(low) if sum(c.isdigit() for c in m.group("value")) >= 5]


class IdDetector:
    name = "id.v1"

    def __init__(self, agency_patterns: dict[str, str] | None = None) -> None:
        patterns = DEFAULT_AGENCY_PATTERNS if agency_patterns is None else agency_patterns
        self.agency = [(label, re.compile(p)) for label, p in patterns.items()]

    def find(self, text: str, lang: Lang) -> list[Candidate]:
        if not any(c.isdigit() for c in text):
            return []
        out: list[Candidate] = []
        shape, low = shape_of(text), text.lower()
        for _kind, pattern, is_valid, shapes in _NATIONAL:
            if any(sh in shape for sh in shapes):
                for m in pattern.finditer(text):
                    value = m.group(0)
                    if not is_valid(value):
                        continue
                    if value.isdigit() and _ORDER_CONTEXT.search(text, max(0, m.start() - 30), m.start()):
                        continue
                    out.append(Candidate(m.start(), m.end(), FindingType.ID, 0.95, self.name))
        for _label, pattern in self.agency:
            out += [Candidate(m.start(), m.end(), FindingType.ID, 0.9, self.name) for m in pattern.finditer(text)]
        out += [Candidate(start, end, FindingType.ID, 0.85, self.name) for start, end in _labelled(text, low)]
        if len(low) == len(text):
            out += [Candidate(start, end, FindingType.ID, 0.8, self.name) for start, end in _near_labelled(low)]
        for start, end, score in find_latam_ids(text, shape, low) + find_us_ids(text, shape, low):
            out.append(Candidate(start, end, FindingType.ID, score, self.name))
        return out
