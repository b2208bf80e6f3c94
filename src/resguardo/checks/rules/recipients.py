"""Per recipient: old enough for the platform, a valid consent, and the case plan's contact rules on this
channel; and, in a message to a child, no mention of someone the child may not contact."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Q
from django.utils.translation import gettext as _

from resguardo.casework.models import Consent, ContactRule, Person, Platform, Purpose
from resguardo.checks.casedata import rules_in_force
from resguardo.checks.context import CheckContext
from resguardo.checks.types import Reason, tip


def each_recipient(ctx: CheckContext) -> list[Reason]:
    out: list[Reason] = []
    for person in ctx.people:
        if ctx.platform is not None:
            out += _minimum_age(ctx, person, ctx.platform)
            out += _consent(ctx, person, ctx.platform)
        out += _contact_rules(person, [r for r in ctx.rules if r.other_person_id == person.pk])
    return out


def _minimum_age(ctx: CheckContext, person: Person, platform: Platform) -> list[Reason]:
    age = person.age_on(ctx.today)
    if age is None or age >= platform.minimum_age:
        return []
    message = _("%(name)s is %(age)d; %(platform)s is for users %(min)d and older.") % {
        "name": person.full_name,
        "age": age,
        "platform": platform.name,
        "min": platform.minimum_age,
    }
    return [Reason("platform.minimum_age", "block", message, tip("platform"), person.pk)]


def _consent(ctx: CheckContext, person: Person, platform: Platform) -> list[Reason]:
    current = ctx.consents.get(person.pk)
    status = current.status_on(ctx.today) if current is not None else None
    if status == Consent.Status.ACTIVE:
        return []
    purpose = ctx.request.purpose
    values = {"name": person.full_name, "platform": platform.name, "purpose": Purpose(purpose).label}
    if status == Consent.Status.PENDING:
        code = "consent.pending"
        message = _("The consent of %(name)s for %(platform)s (%(purpose)s) is waiting for the supervisor's approval.")
    elif status == Consent.Status.EXPIRED:
        code = "consent.expired"
        message = _("The consent of %(name)s for %(platform)s (%(purpose)s) has expired. Ask again before sending.")
    elif status == Consent.Status.REVOKED:
        code = "consent.revoked"
        message = _("%(name)s revoked consent for %(platform)s (%(purpose)s).")
    else:
        code = "consent.missing"
        message = _("There is no consent from %(name)s for %(platform)s (%(purpose)s).")
    return [Reason(code, "block", message % values, tip("consent"), person.pk)]


def _contact_rules(person: Person, rules: Sequence[ContactRule]) -> list[Reason]:
    out = []
    for rule in rules:
        values = {"name": person.full_name, "child": rule.child.full_name}
        if rule.rule == ContactRule.Rule.NOT_ALLOWED:
            message = _("The case plan does not allow contact between %(child)s and %(name)s on this channel.")
            out.append(Reason("contact.not_allowed", "block", message % values, tip("contact"), person.pk))
        else:
            message = _(
                "Contact between %(child)s and %(name)s is allowed only under supervision: a "
                "message is not supervised contact unless the plan says so."
            )
            out.append(Reason("contact.supervised", "review", message % values, tip("contact"), person.pk))
    return out


def restricted_mentioned(ctx: CheckContext) -> list[Reason]:
    """Naming someone the child may not contact passes that contact along."""
    mentioned = {f.person for f in ctx.scan.findings if f.person}
    if not ctx.people or ctx.case is None or not mentioned:
        return []
    children = [p for p in ctx.people if p.is_child]
    out = []
    for rule in rules_in_force(Q(child__in=children), ctx.channel, ctx.today):
        if rule.rule == ContactRule.Rule.NOT_ALLOWED and rule.other_label in mentioned:
            message = _(
                "This message to %(child)s mentions %(name)s, whom the case plan does not allow %(child)s to contact."
            ) % {"child": rule.child.full_name, "name": rule.other_label}
            out.append(Reason("contact.mentioned", "review", message, tip("contact"), rule.child_id))
    return out
