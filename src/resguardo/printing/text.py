"""Text for reportlab paragraphs: made drawable by Helvetica, escaped, and wrapped in markup.

Paragraph text is XML-like markup. ``Markup`` is text that is safe to give a Paragraph: it comes only from
``esc``/``fmt`` (which escape everything they are given) or from the wrappers here, which only put our own
tags around markup. Blocks take ``Markup``, so mypy refuses a raw string where markup is expected.
"""

from __future__ import annotations

import unicodedata
from typing import NewType
from xml.sax.saxutils import escape

Markup = NewType("Markup", str)

# Characters Helvetica (WinAnsi) cannot draw, with a readable stand-in; anything else outside
# Windows-1252 becomes "?" rather than a box from another font.
_REPLACEMENTS = str.maketrans(
    {
        "↔": "<->",
        "→": "->",
        "←": "<-",
        "✓": "x",
        "✔": "x",
        "☐": "[ ]",
        "≥": ">=",
        "≤": "<=",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
    }
)


def safe_text(text: object) -> str:
    """Text Helvetica can draw: NFC, no control characters, only Windows-1252 characters."""
    text = unicodedata.normalize("NFC", str(text if text is not None else "")).translate(_REPLACEMENTS)
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return text.encode("cp1252", "replace").decode("cp1252")


def esc(text: object) -> Markup:
    """Safe text escaped for reportlab's Paragraph markup (which is XML-like)."""
    return Markup(escape(safe_text(text), {'"': "&quot;"}))


def fmt(message: str, **values: object) -> Markup:
    """A (translated) message with %(name)s placeholders, escaped, with escaped values."""
    return Markup(esc(message) % {key: esc(value) for key, value in values.items()})


# ---------------------------------------------------------------------------------------------- wrapping


def bold(markup: Markup) -> Markup:
    return Markup(f"<b>{markup}</b>")


def italic(markup: Markup) -> Markup:
    return Markup(f"<i>{markup}</i>")


def with_breaks(text: object) -> Markup:
    """Escaped text whose line breaks stay line breaks (a Paragraph otherwise joins lines)."""
    return Markup(esc(text).replace("\n", "<br/>"))


def spaced(*parts: Markup) -> Markup:
    """Pieces of markup in one line, a space between them."""
    return Markup(" ".join(parts))
