"""The casework facts a check reads: each person's current consent and the contact rules in force."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.db.models import Q

from resguardo.casework.models import Consent, ContactRule, Person, Platform


def channel_of(platform: Platform | None) -> str:
    """The contact-rule channel a message on ``platform`` uses (a text message is a phone contact)."""
    if platform is not None and platform.kind == str(Platform.Kind.SMS):
        return str(ContactRule.Channel.PHONE)
    return str(ContactRule.Channel.SOCIAL_MEDIA)


def current_consents(people: Sequence[Person], platform: Platform, purpose: str) -> dict[int, Consent]:
    """Each person's most recent consent, which decides: a newer revocation or refusal ends an older one."""
    found: dict[int, Consent] = {}
    consents = Consent.objects.filter(person__in=people, platform=platform, purpose=purpose).order_by(
        "-given_on", "-created_at", "-id"
    )
    for consent in consents:
        found.setdefault(consent.person_id, consent)
    return found


def has_consent(person: Person, platform: Platform, purpose: str, today: dt.date) -> bool:
    current = current_consents([person], platform, purpose).get(person.pk)
    return current is not None and current.status_on(today) == Consent.Status.ACTIVE


def rules_in_force(query: Q, channel: str, today: dt.date) -> list[ContactRule]:
    """Contact rules matching ``query`` that limit contact on ``channel`` today (not-allowed or supervised)."""
    rules = ContactRule.objects.filter(query).select_related("child", "other_person")
    return [r for r in rules if r.in_force_on(today) and r.covers(channel) and r.rule != ContactRule.Rule.ALLOWED]
