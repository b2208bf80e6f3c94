"""Readability: a plain-language hint (a note; it never changes the verdict)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from resguardo.checks.context import CheckContext
from resguardo.checks.types import Reason, tip


def plain_language(ctx: CheckContext) -> list[Reason]:
    read = ctx.readability
    if read is None or read.easy:
        return []
    message = _(
        "Plain language: this reads as difficult (score %(score)s of 100). Use shorter sentences and everyday words."
    ) % {"score": f"{read.score:.0f}"}
    return [Reason("language.readability", "info", message, tip("medium"))]
