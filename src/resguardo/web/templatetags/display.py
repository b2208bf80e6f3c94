"""Display of user-written short texts (names of people, cases, users, units; handles, schools, addresses,
account names, file names).

``{{ person.full_name|isolated }}`` escapes, removes the explicit bidirectional controls and wraps the text in
``<bdi>``: a right-to-left override typed into a name (U+202E) could otherwise reorder the text around it,
and even without controls an Arabic or Hebrew name can pull nearby numbers and punctuation into its
direction. ``|strip_bidi`` only removes the controls, where markup is not allowed (``<title>``, ``<option>``,
attributes) or the text is composed around a name (messages).

Removed: embeddings and overrides U+202A-U+202E, isolates U+2066-U+2069. Kept: the marks U+200E, U+200F and
U+061C, which change no text outside their <bdi> and are part of how some names are written.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeData, SafeString, mark_safe

register = template.Library()

_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def strip_bidi_controls(value: Any) -> str:
    """The text without explicit bidirectional controls ("" for None)."""
    return "" if value is None else str(value).translate(_CONTROLS)


@register.filter(is_safe=True)
def strip_bidi(value: Any) -> str:
    # Removing characters creates no markup, so text already marked safe stays safe.
    text = "" if value is None else str(value)  # str() of a message or a lazy string may itself be safe
    return mark_safe(strip_bidi_controls(text)) if isinstance(text, SafeData) else strip_bidi_controls(text)


@register.filter
def isolated(value: Any) -> SafeString:
    text = strip_bidi(value)
    return format_html("<bdi>{}</bdi>", conditional_escape(text)) if text else mark_safe("")
