"""The printing module on its own: Django-free, every block drawn, text printed as written (never as
markup), two language versions interleaved block by block."""

from __future__ import annotations

import subprocess
import sys

import pytest

from resguardo.printing import bilingual, document
from resguardo.printing.blocks import (
    Bullets,
    Field,
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
from resguardo.printing.text import esc, fmt, italic
from tests.casework.test_pdf import assert_valid_pdf, pdf_text

TRICKY = "<b>x</b> & <script>alert(1)</script> </para> ↔"

CODE = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "django" or name.startswith("django."):
            raise ImportError("django is not allowed in printing")
sys.meta_path.insert(0, Block())
from resguardo.printing import document
from resguardo.printing.blocks import Paragraph, Title
from resguardo.printing.text import esc
data = document.build([Title(esc("T")), Paragraph(esc("<b>x</b>"))], title="T", page_label="%(page)s")
assert data.startswith(b"%PDF-")
assert not any(m == "django" or m.startswith("django.") for m in sys.modules)
print("ok")
"""


def test_printing_builds_without_django() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_every_block_prints_its_text_as_written() -> None:
    blocks = [
        Letterhead(esc(TRICKY)),
        Title(fmt("Title for %(name)s", name=TRICKY)),
        Heading(esc("Heading")),
        Paragraph(esc(TRICKY)),
        Bullets((esc("one " + TRICKY), esc("two"))),
        Bullets((esc("tick me"),), checkboxes=True),
        KeyValue((Field(esc("Label"), esc(TRICKY)),)),
        Space(6),
        Notice((esc("Notice " + TRICKY),)),
        Together((Paragraph(esc("kept"), "notice"), Paragraph(esc("together"), "second"))),
        Signatures((esc("Signer"),), esc("Signature"), esc("Printed name"), esc("Date")),
    ]
    data = document.build(blocks, title=TRICKY, page_label="Page %(page)s of %(total)s", compress=False)
    assert_valid_pdf(data)
    text = pdf_text(data)
    assert "<b>x</b> & <script>alert(1)</script> </para> <->" in text
    expected = ["Title for <b>x</b>", "one <b>x</b>", "[ ] tick me", "Notice <b>x</b>", "Printed name", "Page 1 of 1"]
    assert [words for words in expected if words not in text] == []


def test_two_versions_interleave_block_by_block() -> None:
    spanish = [Title(esc("Título")), Paragraph(esc("Hola")), Paragraph(esc("Igual")), Notice((esc("Aviso"),))]
    english = [Title(esc("Title")), Paragraph(esc("Hello")), Paragraph(esc("Igual")), Notice((esc("Notice"),))]
    assert bilingual.interleave(spanish, english) == [
        Title(esc("Título / Title")),
        Paragraph(esc("Hola")),
        Paragraph(esc("Hello"), "second"),
        Paragraph(esc("Igual")),  # the same in both: once
        Notice((esc("Aviso"), italic(esc("Notice")))),
    ]
    with pytest.raises(ValueError, match="differ"):
        bilingual.interleave([Title(esc("Título"))], [Paragraph(esc("Title"))])


def test_languages() -> None:
    assert bilingual.first_language("both", "en") == "en"
    assert bilingual.first_language("xx") == "es"
    assert bilingual.joined(["Canal", "Channel"]) == "Canal / Channel"
    assert bilingual.joined(["Fecha", "Fecha"]) == "Fecha"
