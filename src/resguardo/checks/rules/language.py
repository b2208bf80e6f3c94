"""Language: the message in the recipient's preferred language; photos described for someone who needs it."""

from __future__ import annotations

from django.utils.translation import gettext as _

from resguardo.checks.context import CheckContext
from resguardo.checks.types import Reason, tip


def lang_name(code: str) -> str:
    return _("Spanish") if code == "es" else _("English") if code == "en" else code


def preferred_language(ctx: CheckContext) -> list[Reason]:
    out = []
    detected = ctx.detected_lang
    for person in ctx.people:
        if detected and person.preferred_language and detected != person.preferred_language:
            message = _("%(name)s prefers %(preferred)s; this message is in %(lang)s.") % {
                "name": person.full_name,
                "preferred": lang_name(person.preferred_language),
                "lang": lang_name(detected),
            }
            out.append(Reason("language.mismatch", "review", message, tip("language"), person.pk))
        if person.accessibility_needs and ctx.request.photos:
            message = _("%(name)s has accessibility needs (%(needs)s): describe the photos in words too.") % {
                "name": person.full_name,
                "needs": person.accessibility_needs,
            }
            out.append(Reason("language.accessibility", "info", message, tip("language"), person.pk))
    return out
