"""Family privacy, in a private message from a case: no one from another case, and no child's or foster
family's whereabouts to a parent or relative (contact details of one person to another need a reason)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from resguardo.casework.models import Person
from resguardo.checks.context import CheckContext
from resguardo.checks.types import Reason, tip
from resguardo.engine import Finding, FindingType

_CONTACT_TYPES = {FindingType.ADDRESS, FindingType.PHONE, FindingType.EMAIL, FindingType.HANDLE, FindingType.SCHOOL}
_FAMILY_ROLES = ("parent", "relative", "other")


def private_disclosures(ctx: CheckContext) -> list[Reason]:
    if ctx.case is None or ctx.audience != "private":
        return []
    on_case = {f"person:{p.pk}": p for p in ctx.case.people.all()}
    to_ids = {f"person:{p.pk}" for p in ctx.people}
    family_recipient = any(p.role in _FAMILY_ROLES for p in ctx.people)
    out: list[Reason] = []
    for f in ctx.scan.findings:
        ids = ctx.owners.get(f.person or "", ())
        if not ids or any(i.startswith("staff:") for i in ids):
            continue
        if not any(i in on_case for i in ids):
            message = _(
                "This message mentions someone from another case (%(text)s). Never share other families' information."
            ) % {"text": f.text}
            out.append(Reason("privacy.other_case", "block", message, tip("privacy")))
            continue
        owner = next(on_case[i] for i in ids if i in on_case)
        if f.type in _CONTACT_TYPES and f"person:{owner.pk}" not in to_ids:
            out.append(_contact_shared(f, owner, family_recipient))
    return out


def _contact_shared(finding: Finding, owner: Person, family_recipient: bool) -> Reason:
    values = {"name": owner.full_name, "text": finding.text}
    if family_recipient and owner.role in ("child", "foster_parent"):
        message = (
            _(
                "This gives %(name)s's contact details or whereabouts (%(text)s) to a parent or "
                "relative. Placement details are not shared this way."
            )
            % values
        )
        return Reason("privacy.placement", "block", message, tip("privacy"), owner.pk)
    message = _("This shares %(name)s's contact details (%(text)s) with the recipients. Is that needed?") % values
    return Reason("privacy.third_party", "review", message, tip("privacy"), owner.pk)
