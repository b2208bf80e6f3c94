"""Spanish and English on paper: which languages a document is printed in, labels in both ("Canal /
Channel"), and two versions of the same blocks laid out as one (the second language under the first).

Translating is the caller's part (each version is made with that language active); this module only
combines the results, block by block.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TypeVar

from resguardo.printing.blocks import (
    Block,
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
from resguardo.printing.text import Markup, italic

LANGS = ("es", "en")
B = TypeVar("B", bound=Block)


def first_language(*choices: str) -> str:
    """The first of the choices that is a language we print in (the one asked for, then the person's
    preferred language…), else Spanish."""
    return next((choice for choice in choices if choice in LANGS), "es")


def other_language(lang: str) -> str:
    return "en" if lang == "es" else "es"


def joined(texts: Iterable[str]) -> str:
    """The same label in each language, first language first ("Canal / Channel"); once if they are equal."""
    return " / ".join(dict.fromkeys(texts))


def paired(first: Markup, second: Markup) -> Markup:
    """Two versions of one short text side by side ("Firma / Signature"), or the first alone when the second
    is empty or the same."""
    return first if not second or second == first else Markup(f"{first} / {second}")


def interleave(first: Sequence[Block], second: Sequence[Block]) -> list[Block]:
    """One document from two versions made block for block alike: short texts (titles, headings, labels,
    signers) paired on one line, paragraphs and lists of the second language in italics under the first;
    a text the same in both is printed once."""
    out: list[Block] = []
    for a, b in zip(first, second, strict=True):
        out += _interleave_block(a, b)
    return out


def _like(first: B, second: Block) -> B:
    """The second version of a block, which must be of the same kind as the first."""
    if not isinstance(second, type(first)):
        raise ValueError(f"the two versions differ: {type(first).__name__} and {type(second).__name__}")
    return second


def _interleave_block(a: Block, b: Block) -> list[Block]:
    match a:
        case Letterhead() | Space():  # the agency's name and blank space are the same in both
            return [a]
        case Title():
            return [Title(paired(a.text, _like(a, b).text))]
        case Heading():
            return [dataclasses.replace(a, text=paired(a.text, _like(a, b).text))]
        case Paragraph():
            return [a, *_second_paragraph(a, _like(a, b))]
        case Bullets():
            return [a, *_second_bullets(a, _like(a, b))]
        case KeyValue():
            return [_paired_fields(a, _like(a, b))]
        case Notice():
            return [Notice(a.lines + tuple(italic(line) for line in _like(a, b).lines if line not in a.lines))]
        case Signatures():
            return [_paired_signatures(a, _like(a, b))]
        case Together():
            return [Together(tuple(interleave(a.blocks, _like(a, b).blocks)))]


def _second_paragraph(a: Paragraph, b: Paragraph) -> list[Block]:
    return [Paragraph(b.text, "second")] if b.text and b.text != a.text else []


def _second_bullets(a: Bullets, b: Bullets) -> list[Block]:
    return [Bullets(b.items, "second", a.checkboxes)] if b.items and b.items != a.items else []


def _paired_fields(a: KeyValue, b: KeyValue) -> KeyValue:
    fields = tuple(
        Field(paired(fa.label, fb.label), paired(fa.value, fb.value), fa.style)
        for fa, fb in zip(a.fields, b.fields, strict=True)
    )
    return dataclasses.replace(a, fields=fields)


def _paired_signatures(a: Signatures, b: Signatures) -> Signatures:
    return Signatures(
        signers=tuple(paired(sa, sb) for sa, sb in zip(a.signers, b.signers, strict=True)),
        signature=paired(a.signature, b.signature),
        name=paired(a.name, b.name),
        date=paired(a.date, b.date),
    )
