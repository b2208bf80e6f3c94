"""Photos: location and metadata stripped, faces and identifying text blurred, a consent for each child's
photos, at most MAX_PHOTOS at a time, and a photo that cannot be read blocks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _

from resguardo.casework.models import Purpose
from resguardo.checks.casedata import has_consent
from resguardo.checks.context import MAX_PHOTOS, CheckContext
from resguardo.checks.types import PhotoOutcome, Reason, tip


def photo_reasons(ctx: CheckContext) -> list[Reason]:
    req = ctx.request
    out = _outcome_reasons(req.checked_photos)
    if req.photos or req.checked_photos:
        out += _children_consent(ctx)
        if ctx.photos_left_out:
            message = _(
                "Only %(n)d photos are checked at a time; the others were not checked and must not be sent."
            ) % {"n": MAX_PHOTOS}
            out.append(Reason("photo.too_many", "review", message, tip("photos")))
    out += _outcome_reasons(ctx.new_photos)
    out += _outcome_reasons(req.rejected_photos)
    return out


def _children_consent(ctx: CheckContext) -> list[Reason]:
    platform = ctx.platform
    if ctx.case is None or platform is None:
        return []
    out = []
    for child in (p for p in ctx.case.people.all() if p.is_child):
        if not has_consent(child, platform, str(Purpose.PHOTOS), ctx.today):
            message = _("No valid consent for photos of %(name)s on %(platform)s.") % {
                "name": child.full_name,
                "platform": platform.name,
            }
            out.append(Reason("consent.photos", "block", message, tip("consent"), child.pk))
    return out


def _outcome_reasons(outcomes: Iterable[PhotoOutcome]) -> list[Reason]:
    out: list[Reason] = []
    for outcome in outcomes:
        if not outcome.ok:
            out.append(Reason("photo.unreadable", "block", outcome.error, tip("photos")))
        else:
            out += _report_reasons(outcome.name, outcome.report)
    return out


def _report_reasons(name: str, report: dict[str, Any]) -> list[Reason]:
    reasons = []
    values = {"name": name}
    if report.get("gps"):
        message = (
            _("%(name)s carried its GPS location; the sanitized copy has none. Send only the sanitized copy.") % values
        )
        reasons.append(Reason("photo.location", "info", message, tip("photos")))
    elif report.get("metadata_removed"):
        message = _("%(name)s: metadata removed in the sanitized copy.") % values
        reasons.append(Reason("photo.metadata", "info", message, tip("photos")))
    faces = sum(1 for f in report.get("faces", []) if f.get("blurred"))
    texts = sum(1 for t in report.get("text", []) if t.get("blurred"))
    if faces or texts:
        message = _(
            "%(name)s: %(faces)d face(s) and %(texts)d identifying text(s) blurred in the "
            "sanitized copy. Check it before sending."
        ) % {**values, "faces": faces, "texts": texts}
        reasons.append(Reason("photo.blurred", "info", message, tip("photos")))
    return reasons
