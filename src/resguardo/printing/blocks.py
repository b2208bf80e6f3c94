"""The pieces a printed page is described with. Each holds ``Markup`` (see ``text``), never raw text, and
says what it is, not how reportlab draws it (that is ``document``'s job)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import inch

from resguardo.printing.styles import StyleName
from resguardo.printing.text import Markup


@dataclass(frozen=True)
class Letterhead:
    """Who the document is from (the agency), above the title."""

    text: Markup


@dataclass(frozen=True)
class Title:
    text: Markup


@dataclass(frozen=True)
class Heading:
    """A section heading. It starts a new page unless ``room`` is left below it, so that a heading is never
    the last line of a page (raise it for a heading whose first lines must follow it, like a table)."""

    text: Markup
    room: float = 1.1 * inch


@dataclass(frozen=True)
class Paragraph:
    text: Markup
    style: StyleName = "body"


@dataclass(frozen=True)
class Bullets:
    """A bulleted list, or with ``checkboxes`` a checklist to tick on paper; nothing when empty."""

    items: tuple[Markup, ...]
    style: StyleName = "body"
    checkboxes: bool = False


@dataclass(frozen=True)
class Field:
    """One row of a KeyValue table: a bold label and its value."""

    label: Markup
    value: Markup
    style: StyleName = "body"


@dataclass(frozen=True)
class KeyValue:
    """Labels and values in two columns. ``ruled``: a thin line under each row, cells top-aligned with
    ``padding`` above and below; otherwise a plain table (reportlab's default cells)."""

    fields: tuple[Field, ...]
    widths: tuple[float, float] = (1.8 * inch, 5.2 * inch)
    ruled: bool = True
    padding: float = 3


@dataclass(frozen=True)
class Notice:
    """Lines in a shaded box with a heavy border: what must not be missed."""

    lines: tuple[Markup, ...]


@dataclass(frozen=True)
class Signatures:
    """For each signer: their role, room to sign, then lines for the signature, printed name and date
    (labelled with the three words given). Kept on one page."""

    signers: tuple[Markup, ...]
    signature: Markup
    name: Markup
    date: Markup


@dataclass(frozen=True)
class Space:
    height: float


@dataclass(frozen=True)
class Together:
    """Blocks kept on one page (moved whole to the next page when they do not fit)."""

    blocks: tuple[Block, ...]


Block = Letterhead | Title | Heading | Paragraph | Bullets | KeyValue | Notice | Signatures | Space | Together
