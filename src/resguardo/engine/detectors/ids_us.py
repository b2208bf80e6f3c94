"""US court, benefit, jail and immigration numbers.

Juvenile and dependency dockets have a court code between year and sequence (2022-DP-00417,
JV-21-3340, 24JV00231); the codes are upper case and the year part 00-39, so "FC 80-100 lpm"
(a heart rate) is not one.  Medicaid, booking, inmate and A-numbers are plain digits that
only a label ("Medi-Cal", "booking #", "número de reo", "A-number") makes an identifier; the
value after such a label must be digits (with spaces or dashes), not words.
"""

from __future__ import annotations

import re

_CODE = r"(?:JV|JUV|JD|JDP|JC|JA|JN|JP|DP|DEP|FC|FAM|FL|FD|DR|TPR|AD|ADO|ADP|DN|GD|GRD|CPS)"
_YY = r"[0-3]\d"
_DOCKET = re.compile(
    rf"\b(?:"
    rf"(?:19|20)\d{{2}}-{_CODE}-\d{{2,6}}"  # 2022-DP-00417, 2023-FAM-118
    rf"|{_YY}-?{_CODE}-?\d{{3,6}}"  # 21-JD-0456, 24JV00231
    rf"|{_CODE}[- ]?{_YY}-\d{{4,6}}"  # JV-21-3340, FC 19-0023
    rf")\b"
)
_LABEL = (
    r"(?i:medi-?cal|medicaid|member\s(?:id|number|no\.?|#)|beneficiary\sid|subscriber\sid|client\sindex(?:\snumber)?"
    r"|booking|inmate|prisoner|detainee|offender|register\s(?:number|no\.?|#)|cdcr|tdcj"
    r"|(?:n[uú]mero|no\.|n[ºo°])\s(?:de\s)?(?:reo|rea|recluso|reclusa|interno|interna|preso|presa|ficha|registro)"
    r"|ficha(?:\sde\singreso)?|reo|recluso|alien(?:\sregistration)?(?:\snumber|\sno\.?|\s#)?|uscis"
    r"|n[uú]mero\sde(?:\sregistro\sde)?\sextranjero)"
    # Short labels only in capitals: "so 12345 people" and "a number 12345" are not labels.
    r"|CIN|BIC|BOP|DOC|SO|A[-\s]?(?:number|Number|No\.?|#)|n[uú]mero\sA"
)
_AFTER = r"(?i:\s(?:id|number|no\.?|n[uú]mero|#|n[ºo°]\.?|card|reg(?:ister)?))?"
# The label, its "#", "no.", "is", then digits with optional spaces/dashes, an optional letter
# prefix (CDCR "AB1234") and a trailing check letter (Medi-Cal "9 1234 5678 A").
_LABELLED = re.compile(
    rf"(?<![\w-])(?:{_LABEL}){_AFTER}(?i:\s*(?:[:#]|n[ºo°]\.?|no\.?)|\s+(?:is|es|was|era|de))?\s*"
    r"((?:[A-Z]{1,2}[- ]?)?\d(?:[- ]?\d){3,14}(?:[- ]?[A-Z](?!\w))?)(?![\w-])"
)
# Only upper-case "A" with the digits: "A 098 765 432", "A#098765432", "A-12345678".  The
# pattern starts with the literal so the regex engine skips to each "A" (the boundary before
# it is checked after).
_A_NUMBER = re.compile(r"A(?:\s?[-#]\s?|\s)?(?:[0-3]\d{2}[- ]?\d{3}[- ]?\d{3}|\d{8})(?![\w-])")


# Cheap hints that a label may be present (the labelled regex is the costly pass): plain words
# over the lower-cased text, the lookahead on their first letters letting the engine skip ahead.
_HINTS = re.compile(
    r"\b(?=[abcdfimnoprstu])(?:medi-cal|medical|medicaid|member|beneficiary|subscriber|client index|booking"
    r"|inmate|prisoner|detainee|offender|register|cdcr|tdcj|reo\b|rea\b|reclus|preso\b|presa\b|de intern"
    r"|ficha|de registro|n[uú]mero registro|alien|uscis|extranjero)"
)
_HINTS_UPPER = re.compile("CIN|BIC|BOP|DOC|SO[ #]|A[- ][Nn]|A#|mero A")
_DOCKET_SHAPES = (b"-AA-0", b"-AAA-0", b"AA-00-0", b"AA 00-0", b"00AA0", b"00AAA0")


def find_us_ids(text: str, shape: bytes, low: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    if any(s in shape for s in _DOCKET_SHAPES):
        out += [(m.start(), m.end(), 0.9) for m in _DOCKET.finditer(text)]
    if _HINTS.search(low) or _HINTS_UPPER.search(text):
        for m in _LABELLED.finditer(text):
            if sum(c.isdigit() for c in m.group(1)) >= 5:
                out.append((m.start(1), m.end(1), 0.9))
    if "A" in text:
        for m in _A_NUMBER.finditer(text):
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
                out.append((m.start(), m.end(), 0.9))
    return out
