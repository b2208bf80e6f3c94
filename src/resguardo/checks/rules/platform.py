"""Platform fitness: a platform chosen, approved by the agency for this purpose, HIPAA-fit for health
information; and no public post written from a case."""

from __future__ import annotations

from django.utils.translation import gettext as _

from resguardo.casework.models import PlatformApproval, Purpose
from resguardo.checks.context import CheckContext
from resguardo.checks.types import Reason, tip


def fitness(ctx: CheckContext) -> list[Reason]:
    platform = ctx.platform
    if platform is None:
        return [
            Reason(
                "platform.missing",
                "review",
                _("Choose the platform or agency account it goes out on."),
                tip("platform"),
            )
        ]
    out = []
    if ctx.health_on_platform_without_baa:
        message = _(
            "This text has health information and %(platform)s has no HIPAA business "
            "associate agreement. Use a HIPAA-compliant platform or remove the health "
            "information."
        ) % {"platform": platform.name}
        out.append(Reason("platform.hipaa", "block", message, tip("hipaa")))
    purpose = ctx.request.purpose
    if not PlatformApproval.objects.filter(agency=ctx.request.agency, platform=platform, purpose=purpose).exists():
        message = _("Your agency has not approved %(platform)s for %(purpose)s.") % {
            "platform": platform.name,
            "purpose": Purpose(purpose).label,
        }
        out.append(Reason("platform.not_approved", "review", message, tip("platform")))
    return out


def public_from_case(ctx: CheckContext) -> list[Reason]:
    if ctx.case is None or ctx.audience != "public":
        return []
    message = _(
        "A public post cannot be written from a case. Use the agency's public page, without any detail of the case."
    )
    return [Reason("platform.public_from_case", "block", message, tip("privacy"))]
