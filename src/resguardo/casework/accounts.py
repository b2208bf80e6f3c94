"""Who an account identifier belongs to: the comparable forms of a handle, phone number or e-mail address,
whether it is someone's personal account, and why it cannot be registered as an agency account.

Agency accounts must be the agency's, never a worker's or a client's personal account (the guide: keep
professional and personal use apart). The form that registers them is resguardo.casework.forms.platforms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from resguardo.casework.access import visible_people
from resguardo.casework.models import AccessLog, Agency, ContactPoint, Person, Platform, User
from resguardo.casework.models.agency import split_lines

# Free webmail providers: an address there is a personal account, whatever the agency's domains say.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.es",
        "hotmail.co.uk",
        "outlook.com",
        "outlook.es",
        "live.com",
        "live.com.mx",
        "msn.com",
        "yahoo.com",
        "yahoo.es",
        "yahoo.com.mx",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "protonmail.com",
        "proton.me",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "mail.com",
        "zoho.com",
        "yandex.com",
        "tutanota.com",
        "tuta.io",
        "hey.com",
        "fastmail.com",
        "comcast.net",
        "att.net",
        "sbcglobal.net",
        "verizon.net",
        "cox.net",
        "charter.net",
        "prodigy.net.mx",
        "terra.com",
    }
)
EMAIL_RE = re.compile(r"^[^@\s]+@([^@\s]+\.[^@\s]+)$")
PHONE_RE = re.compile(r"^[\d\s().+\-/]+$")


def normalized_identifier(identifier: str) -> str:
    """As stored: runs of whitespace made one space, an e-mail address in lower case."""
    identifier = " ".join(identifier.split())
    if EMAIL_RE.match(identifier):
        identifier = identifier.lower()
    return identifier


def identifier_keys(value: str) -> set[str]:
    """Comparable forms of a handle, phone number or e-mail address: case, a leading @, spaces and a URL
    prefix do not matter; phone numbers compare by their last ten digits (so +1 and punctuation do not)."""
    v = unicodedata.normalize("NFKC", value or "").strip().lower()
    if not v:
        return set()
    keys: set[str] = set()
    text = v.removeprefix("mailto:").lstrip("@").strip()
    if "/" in text:  # https://instagram.com/someone → someone
        last = text.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
        if last:
            keys.add("t:" + last)
    keys.add("t:" + re.sub(r"\s+", "", text))
    digits = re.sub(r"\D", "", v)
    if len(digits) >= 7 and PHONE_RE.match(v):
        keys.add("p:" + digits[-10:])
    return keys


def _keys_of(values: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for value in values:
        keys |= identifier_keys(value)
    return keys


def personal_identifier(agency_id: int, identifier: str) -> list[int] | None:
    """None if the identifier is nobody's personal account; else the ids of the people on the agency's
    cases it belongs to (an empty list for a staff member's personal account)."""
    wanted = identifier_keys(identifier)
    if not wanted:
        return None
    staff = (
        User.objects.filter(agency_id=agency_id).exclude(personal_handles="").values_list("personal_handles", flat=True)
    )
    for handles in staff.iterator():
        if wanted & _keys_of(split_lines(handles)):
            return []
    contacts = ContactPoint.objects.filter(
        person__case__agency_id=agency_id,
        kind__in=[ContactPoint.Kind.PHONE, ContactPoint.Kind.EMAIL, ContactPoint.Kind.HANDLE],
    ).values_list("person_id", "value")
    owners = [person_id for person_id, value in contacts.iterator() if wanted & identifier_keys(value)]
    return owners or None


@dataclass(frozen=True)
class Refusal:
    """Why an identifier cannot be an agency account; owners: the people whose personal contact it is."""

    message: str
    owners: list[int] = field(default_factory=list)


def _email_refusal(agency: Agency, domain: str) -> Refusal | None:
    if domain in FREE_MAIL_DOMAINS:
        return Refusal(
            _("%(domain)s is a free personal e-mail service: register only addresses of the agency's own domain.")
            % {"domain": domain}
        )
    domains = agency.domains()
    if domain in domains:
        return None
    if domains:
        return Refusal(
            _("Agency e-mail accounts must use the agency's domain (%(domains)s), not %(domain)s.")
            % {"domains": ", ".join(domains), "domain": domain}
        )
    return Refusal(
        _(
            "The agency has no e-mail domain configured, so no e-mail address can be checked. "
            "Ask an administrator to add the agency's domains."
        )
    )


def account_refusal(agency: Agency, platform: Platform, identifier: str) -> Refusal | None:
    """None if the (normalized) identifier may be registered as one of the agency's accounts on the platform."""
    email = EMAIL_RE.match(identifier)
    if platform.kind == Platform.Kind.EMAIL and not email:
        return Refusal(_("Enter the agency e-mail address of the account."))
    if email:
        refusal = _email_refusal(agency, email.group(1).lower())
        if refusal is not None:
            return refusal
    owners = personal_identifier(agency.pk, identifier)
    if owners is not None:
        # The same words for a colleague's and for anyone's contact: whose it is stays unsaid.
        return Refusal(
            _(
                "This is a personal phone number, e-mail address or handle, not the agency's. Personal accounts "
                "cannot be registered as agency accounts."
            ),
            owners,
        )
    return None


def log_hidden_owners(user: User, person_ids: list[int]) -> None:
    """A client's contact is refused with the same words whoever it belongs to; when it belongs to a case
    the user cannot see, that case's supervisor sees the attempt in the access log."""
    hidden = Person.objects.filter(pk__in=person_ids).exclude(pk__in=visible_people(user).values("pk"))
    for person_pk, case_pk, number in hidden.values_list("pk", "case_id", "case__number"):
        AccessLog.objects.create(
            user=user,
            action=AccessLog.Action.DENIED,
            agency_id=user.agency_id,
            case_id=case_pk,
            case_number=number,
            person_id=person_pk,
            what="agency account form: a contact of this case, not shown to the user",
        )
