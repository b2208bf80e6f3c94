"""Blocks to PDF bytes: US letter, the margins, "Page X of Y" at the foot of every page, and how each block
is drawn with reportlab's platypus."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as RLParagraph

from resguardo.printing import styles
from resguardo.printing.blocks import (
    Block,
    Bullets,
    Heading,
    KeyValue,
    Letterhead,
    Notice,
    Paragraph,
    Signatures,
    Space,
    Title,
    Together,
)
from resguardo.printing.styles import STYLES, StyleName
from resguardo.printing.text import Markup, safe_text

PAGE_SIZE = letter
LEFT_MARGIN = RIGHT_MARGIN = 0.75 * inch
TOP_MARGIN = 0.7 * inch
BOTTOM_MARGIN = 0.8 * inch
TEXT_WIDTH = 7 * inch  # 8.5 in less the margins


def build(blocks: Sequence[Block], *, title: str, page_label: str, compress: bool = True) -> bytes:
    """The PDF of these blocks. ``title`` goes in the document's properties; ``page_label`` is the footer,
    with %(page)s and %(total)s. Uncompressed PDFs are also invariant (no date or random id: the same
    blocks give the same bytes), so tests can read their text and compare them."""
    buf = io.BytesIO()
    doc = _document_template(buf, title, compress)
    doc.build(flowables(blocks), canvasmaker=_numbered_canvas(page_label))
    return buf.getvalue()


def _document_template(buf: io.BytesIO, title: str, compress: bool) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buf,
        pagesize=PAGE_SIZE,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=safe_text(title),
        author="Resguardo",
        creator="Resguardo",
        invariant=0 if compress else 1,
        pageCompression=1 if compress else 0,
    )


def flowables(blocks: Sequence[Block]) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        out += _flowables(block)
    return out


def _flowables(block: Block) -> list[Flowable]:
    match block:
        case Letterhead():
            return [_para(block.text, "letterhead")]
        case Title():
            return [_para(block.text, "title")]
        case Heading():
            return [CondPageBreak(block.room), _para(block.text, "heading")]
        case Paragraph():
            return [_para(block.text, block.style)]
        case Bullets():
            return _bullets(block)
        case KeyValue():
            return [_key_value_table(block)]
        case Notice():
            return [_notice_box(block)]
        case Signatures():
            return [KeepTogether(_signature_table(block))]
        case Space():
            return [Spacer(1, block.height)]
        case Together():
            return [KeepTogether(flowables(block.blocks))]


def _para(markup: Markup, style: StyleName = "body") -> RLParagraph:
    return RLParagraph(markup, STYLES[style])


def _bullets(block: Bullets) -> list[Flowable]:
    """Bullet paragraphs ("[   ]" boxes for a checklist), drawn with Helvetica's own characters."""
    if not block.items:
        return []
    item_style = styles.bullet_style(block.style, block.checkboxes)
    bullet = "[   ]" if block.checkboxes else "\u2022"
    return [RLParagraph(item, item_style, bulletText=bullet) for item in block.items]


def _key_value_table(block: KeyValue) -> Table:
    table = Table(
        [[_para(field.label, "label"), _para(field.value, field.style)] for field in block.fields],
        colWidths=list(block.widths),
        hAlign="LEFT",
    )
    if block.ruled:
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, styles.RULE_LINE),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), block.padding),
                    ("TOPPADDING", (0, 0), (-1, -1), block.padding),
                ]
            )
        )
    return table


def _notice_box(block: Notice) -> Table:
    table = Table([[_para(line, "notice")] for line in block.lines], colWidths=[TEXT_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, styles.BLACK),
                ("BACKGROUND", (0, 0), (-1, -1), styles.NOTICE_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _signature_table(block: Signatures) -> Table:
    """For each signer: their role, room to sign, then three lines (signature, printed name, date)."""
    rows: list[list[Any]] = []
    heights: list[float | None] = []
    for signer in block.signers:
        rows.append([_para(signer, "label"), "", "", "", ""])
        rows.append(["", "", "", "", ""])
        rows.append([_para(block.signature, "small"), "", _para(block.name, "small"), "", _para(block.date, "small")])
        heights += [None, 26, None]
    table = Table(
        rows,
        colWidths=[2.9 * inch, 0.25 * inch, 2.4 * inch, 0.25 * inch, 1.2 * inch],
        rowHeights=heights,
        hAlign="LEFT",
    )
    style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    for i in range(0, len(rows), 3):
        style += [("TOPPADDING", (0, i), (-1, i), 12), ("SPAN", (0, i), (-1, i))]
        style += [("LINEABOVE", (col, i + 2), (col, i + 2), 0.8, styles.BLACK) for col in (0, 2, 4)]
    table.setStyle(TableStyle(style))
    return table


def _numbered_canvas(page_label: str) -> type[rl_canvas.Canvas]:
    """A canvas that writes the page label ("Page X of Y") at the foot of each page: Y is known only at the
    end, so every page's drawing is kept and the pages are written on save."""

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(styles.SANS, 8.5)
                self.setFillColor(styles.INK_SOFT)
                self.drawRightString(
                    PAGE_SIZE[0] - RIGHT_MARGIN,
                    0.5 * inch,
                    safe_text(page_label % {"page": self._pageNumber, "total": total}),
                )
                super().showPage()
            super().save()

    return NumberedCanvas
