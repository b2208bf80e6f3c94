"""Fonts, colours and paragraph styles of every printed page.

Only reportlab's built-in fonts (Helvetica, Courier): nothing to embed or ship, and they draw Windows-1252,
which covers Spanish (``text.safe_text`` keeps to it).
"""

from __future__ import annotations

from typing import Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

SANS = "Helvetica"
SANS_BOLD = "Helvetica-Bold"
SANS_ITALIC = "Helvetica-Oblique"
MONO = "Courier"

INK_SOFT = colors.HexColor("#333333")  # second language, page footers
ACCENT = colors.HexColor("#0b4f6c")  # the agency's name above the title
RULE_LINE = colors.HexColor("#b8c0c8")  # lines between the rows of a key-value table
NOTICE_FILL = colors.HexColor("#f3f5f7")
BLACK = colors.black

StyleName = Literal["title", "letterhead", "heading", "body", "second", "label", "small", "notice", "compact", "mono"]

_base = getSampleStyleSheet()
_title = ParagraphStyle(
    "RTitle", parent=_base["Title"], fontName=SANS_BOLD, fontSize=17, leading=21, alignment=TA_LEFT, spaceAfter=4
)
_body = ParagraphStyle("RBody", parent=_base["Normal"], fontName=SANS, fontSize=10, leading=13.5, spaceAfter=4)
_small = ParagraphStyle("RSmall", parent=_base["Normal"], fontName=SANS, fontSize=8.5, leading=11)

STYLES: dict[StyleName, ParagraphStyle] = {
    "title": _title,
    "letterhead": ParagraphStyle(
        "RAgency", parent=_base["Normal"], fontName=SANS_BOLD, fontSize=11, leading=14, textColor=ACCENT
    ),
    "heading": ParagraphStyle(
        "RHeading",
        parent=_base["Heading2"],
        fontName=SANS_BOLD,
        fontSize=12,
        leading=15,
        spaceBefore=9,
        spaceAfter=3,
    ),
    "body": _body,
    # The same text in the second language, under the first.
    "second": ParagraphStyle(
        "RSecond",
        parent=_base["Normal"],
        fontName=SANS_ITALIC,
        fontSize=9.5,
        leading=12.5,
        spaceAfter=5,
        textColor=INK_SOFT,
    ),
    "label": ParagraphStyle("RLabel", parent=_base["Normal"], fontName=SANS_BOLD, fontSize=10, leading=13),
    "small": _small,
    "notice": ParagraphStyle("RBox", parent=_base["Normal"], fontName=SANS, fontSize=10.5, leading=14),
    # Dense values in a table (a record entry's fields), and hashes and file names.
    "compact": ParagraphStyle("RText", parent=_body, fontSize=9.5, leading=12.5, spaceAfter=0),
    "mono": ParagraphStyle("RHash", parent=_small, fontName=MONO, fontSize=7.5, leading=9.5),
}


def bullet_style(name: StyleName, checkboxes: bool) -> ParagraphStyle:
    """A list item in the given style, indented for its bullet ("[   ]" boxes need more room)."""
    base = STYLES[name]
    return ParagraphStyle(
        f"{base.name}-item{'-check' if checkboxes else ''}",
        parent=base,
        leftIndent=26 if checkboxes else 16,
        bulletIndent=4,
        bulletFontName=SANS,
        spaceAfter=2,
    )
