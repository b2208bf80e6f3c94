"""Mexican and Central American identity numbers by their shape, their check digit or their label.

python-stdnum checks a CURP's check digit but knows no INE, DUI, DPI or Honduran DNI
(``stdnum.sv`` and ``stdnum.gt`` hold only the NIT), so the checks are written here.  A
mistyped number is still somebody's: it is kept when its shape is unmistakable or a label
("DUI", "DPI", "CURP") stands before it.
"""

from __future__ import annotations

import re

_STATES = (
    "AS BC BS CC CL CM CS CH DF CX DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE"
).split()
# CURP: 4 letters, birth date, sex, state, the inner consonants of the names, a homonym
# character and a check digit.  A check digit that fails is a typo, not a different thing.
_CURP = re.compile(
    r"(?i)\b[A-Z]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HM]([A-Z]{2})"
    r"([B-DF-HJ-NP-TV-Z]{3})[A-Z0-9]\d\b"
)
# INE clave de elector: 6 letters of the names, birth date, state of birth (01-32), sex, 3 digits.
_INE = re.compile(r"(?i)\b[A-Z]{6}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|[12]\d|3[0-2])[HM]\d{3}\b")
# The machine-readable line of the INE card: IDMEX, the card number, "<<" and the OCR digits.
_IDMEX = re.compile(r"(?i)\bIDMEX\d{6,13}(?:<{1,2}\d{1,13})?")
# Salvadoran DUI: 8 digits, a dash, a check digit.
_DUI = re.compile(r"\b(\d{8})-(\d)\b")
_DUI_LABEL = re.compile(r"(?i)(?:\bDUI|documento\s+[uú]nico(?:\s+de\s+identidad)?)\W{0,3}(?:\w+\W+){0,4}$")
_DUI_LABELLED = re.compile(
    r"(?i)\b(?:DUI|documento\s+[uú]nico(?:\s+de\s+identidad)?)\s*(?:[:#]|n[uú]m(?:ero)?\.?|no\.?|es|is)?\s*"
    r"(\d{8}-?\d|\d{8}\s\d)\b"
)
# Guatemalan DPI (CUI): 8 digits, a check digit, department (01-22) and municipality; written 4 5 4.
_DPI_GROUPED = re.compile(r"\b(\d{4})[ -](\d{5})[ -](\d{4})\b")
_DPI_LABELLED = re.compile(r"(?i)\b(?:DPI|CUI)\s*(?:[:#]|n[uú]m(?:ero)?\.?|no\.?|es)?\s*(\d{4}[ -]?\d{5}[ -]?\d{4})\b")
# Honduran DNI: department (01-18), municipality, year of registration, 5 digits: 0801-1990-12345.
_HN_DNI = re.compile(r"\b(?:0[1-9]|1[0-8])\d{2}([- ])(?:19|20)\d{2}\1\d{5}\b")

Span = tuple[int, int, float]

# Each regex pass costs about as much as all the checks below together, so a text is first
# reduced to its shape (digits -> 0, letters -> a or A; the offsets do not matter for a yes/no)
# and a pattern runs only when its shape occurs: clinical notes rarely hold any of them.
SHAPE_TABLE = bytes.maketrans(
    b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", b"0" * 10 + b"a" * 26 + b"A" * 26
)


def shape_of(text: str) -> bytes:
    return text.encode("utf-8", "ignore").translate(SHAPE_TABLE)


def _dui_ok(digits: str, check: str) -> bool:
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits))
    return (10 - total % 10) % 10 == int(check)


def _dpi_ok(cui: str) -> bool:
    department, municipality = int(cui[9:11]), int(cui[11:13])
    if not (1 <= department <= 22 and municipality >= 1):
        return False
    total = sum(int(d) * (i + 2) for i, d in enumerate(cui[:8]))
    return total % 11 == int(cui[8])


def _dpi_place_ok(cui: str) -> bool:
    return 1 <= int(cui[9:11]) <= 22 and 1 <= int(cui[11:13]) <= 60


def find_latam_ids(text: str, shape: bytes, low: str) -> list[Span]:
    out: list[Span] = []
    if b"AAAA000000A" in shape or b"aaaa000000a" in shape:
        out += [(m.start(), m.end(), 0.9) for m in _CURP.finditer(text) if m.group(1).upper() in _STATES]
    if b"AAAAAA00000000A000" in shape or b"aaaaaa00000000a000" in shape:
        out += [(m.start(), m.end(), 0.9) for m in _INE.finditer(text)]
    if "idmex" in low:
        out += [(m.start(), m.end(), 0.95) for m in _IDMEX.finditer(text)]
    if b"00000000-0" in shape:
        for m in _DUI.finditer(text):
            labelled = _DUI_LABEL.search(text, max(0, m.start() - 40), m.start()) is not None
            if labelled or _dui_ok(m.group(1), m.group(2)):
                out.append((m.start(), m.end(), 0.9))
    if b"0000-0000-00000" in shape or b"0000 0000 00000" in shape:
        out += [(m.start(), m.end(), 0.9) for m in _HN_DNI.finditer(text)]
    if "DUI" in text or "documento " in low:
        out += [(m.start(1), m.end(1), 0.9) for m in _DUI_LABELLED.finditer(text)]
    if b"0000 00000 0000" in shape or b"0000-00000-0000" in shape:
        for m in _DPI_GROUPED.finditer(text):
            cui = "".join(m.groups())
            # Grouped 4 5 4 it reads as a DPI when the place is a real one; phone numbers are not 13 digits.
            if _dpi_place_ok(cui) or _dpi_ok(cui):
                out.append((m.start(), m.end(), 0.9))
    if "DPI" in text or "CUI" in text or "dpi" in low:
        out += [(m.start(1), m.end(1), 0.9) for m in _DPI_LABELLED.finditer(text)]
    return out
