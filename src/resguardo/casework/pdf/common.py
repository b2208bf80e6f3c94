"""The Django side every PDF of the application shares: texts made in each language (with that language
active), dates in the active language, the page footer, and the RESGUARDO_PDF_COMPRESS setting. The layout
itself is ``resguardo.printing`` (Django-free); the casework PDFs and the record export only describe their
content as its blocks.

Setting ``RESGUARDO_PDF_COMPRESS = False`` writes uncompressed, reproducible PDFs (tests read their text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext as _

from resguardo.printing import bilingual, document
from resguardo.printing.blocks import Block

T = TypeVar("T")


def in_each_language(langs: Sequence[str], make: Callable[[str], T]) -> list[T]:
    """``make(lang)`` for each language, called with that language active."""
    made = []
    for lang in langs:
        with translation.override(lang):
            made.append(make(lang))
    return made


def in_both(message: str, langs: Sequence[str]) -> str:
    """A label translated into each language, joined ("Canal / Channel"); once if they are equal."""
    return bilingual.joined(in_each_language(langs, lambda _lang: _(message)))


def date_text(day: dt.date | None) -> str:
    return formats.date_format(day, "DATE_FORMAT") if day else ""


def page_label(langs: Sequence[str]) -> str:
    return bilingual.joined(in_each_language(langs, lambda _lang: _("Page %(page)s of %(total)s")))


def write_pdf(blocks: Sequence[Block], *, title: str, page_label: str) -> bytes:
    compress = bool(getattr(settings, "RESGUARDO_PDF_COMPRESS", True))
    return document.build(blocks, title=title, page_label=page_label, compress=compress)
