"""The consent form for a person, platform and purpose: what the agency asks and will (not) do, the
platform's privacy in plain words and its recommended settings, the person's rights, and the signatures.
In Spanish, English, or both interleaved (the person's language first)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from resguardo.casework.models import Consent, Person, Platform, Purpose
from resguardo.casework.models.agency import split_lines
from resguardo.casework.pdf.common import date_text, in_each_language, page_label, write_pdf
from resguardo.printing.bilingual import first_language, interleave, other_language
from resguardo.printing.blocks import (
    Block,
    Bullets,
    Field,
    Heading,
    KeyValue,
    Letterhead,
    Paragraph,
    Signatures,
    Title,
)
from resguardo.printing.text import Markup, esc, fmt


def consent_form_pdf(
    person: Person, platform: Platform, purpose: str, lang: str = "", expires_on: dt.date | None = None
) -> bytes:
    """The consent form in "es", "en" or "both" (default: the person's preferred language)."""
    first = first_language(lang, person.preferred_language)
    langs = [first, other_language(first)] if lang == "both" else [first]
    versions = in_each_language(langs, lambda code: consent_blocks(person, platform, purpose, code, expires_on))
    with translation.override(first):
        title = _("Consent to communicate through %(platform)s") % {"platform": platform.name}
    blocks = interleave(*versions) if len(versions) == 2 else versions[0]
    return write_pdf(blocks, title=title, page_label=page_label(langs))


def consent_blocks(
    person: Person, platform: Platform, purpose: str, lang: str, expires_on: dt.date | None
) -> list[Block]:
    """The form in one language (active when this is called); ``lang`` picks the platform's own texts."""
    agency = person.case.agency
    phones = split_lines(agency.public_phones)
    values = {
        "agency": agency.name,
        "platform": platform.name,
        "name": person.full_name,
        "purpose": str(Purpose(purpose).label),
    }
    return [
        *_header(person, values),
        Heading(esc(_("What we are asking"))),
        Paragraph(
            fmt(
                _(
                    "%(agency)s asks for permission to use %(platform)s to communicate with %(name)s for this "
                    "purpose: %(purpose)s. Please read this page before you sign. You can ask questions and take "
                    "the time you need."
                ),
                **values,
            )
        ),
        Heading(fmt(_("%(platform)s and your privacy, in plain words"), **values)),
        Paragraph(esc(platform.privacy_summary(lang))),
        Heading(esc(_("Recommended privacy settings"))),
        Bullets(tuple(esc(step) for step in platform.checklist(lang)), checkboxes=True),
        *_promises(values),
        *_rights(values, phones),
        Heading(esc(_("How long this consent lasts"))),
        Paragraph(_duration(expires_on)),
        Heading(esc(_("Signatures"))),
        _signatures(person.is_child),
    ]


def _header(person: Person, values: dict[str, Any]) -> list[Block]:
    given_by = dict(Consent.GivenBy.choices)["guardian" if person.is_child else "self"]
    facts = (
        Field(esc(_("Person")), fmt("%(name)s (%(role)s)", name=person.full_name, role=person.get_role_display())),
        Field(esc(_("Platform")), esc(values["platform"])),
        Field(esc(_("Purpose")), esc(values["purpose"])),
        Field(esc(_("Consent given by")), esc(given_by)),
    )
    return [
        Letterhead(esc(values["agency"])),
        Title(fmt(_("Consent to communicate through %(platform)s"), **values)),
        KeyValue(facts),
    ]


def _promises(values: dict[str, Any]) -> list[Block]:
    """What the agency will and will not do."""
    will = (
        fmt(_("Use only the agency's own %(platform)s accounts, never a worker's personal account."), **values),
        fmt(_("Use %(platform)s only for this purpose: %(purpose)s."), **values),
        esc(
            _("Share only what is needed, and check every message and photo for private information before it is sent.")
        ),
        esc(_("Keep a record of this consent in the case file.")),
    )
    will_not = (
        esc(_("Post names, photos, schools, addresses or case details publicly without a separate written consent.")),
        esc(_("Share your contact details or messages with anyone who does not need them.")),
        esc(_("Use this platform for contact that the case plan does not allow.")),
    )
    return [
        Heading(esc(_("What the agency will do"))),
        Bullets(will),
        Heading(esc(_("What the agency will not do"))),
        Bullets(will_not),
    ]


def _rights(values: dict[str, Any], phones: list[str]) -> list[Block]:
    rights = (
        esc(_("You can say no. Saying no does not change the services you receive.")),
        fmt(
            _(
                "You can revoke (take back) this consent at any time by telling your worker or by writing to "
                "the agency. The agency will then stop using %(platform)s for this purpose."
            ),
            **values,
        ),
        *([fmt(_("Questions: call %(phone)s."), phone=phones[0])] if phones else []),
    )
    return [Heading(esc(_("Your rights"))), Bullets(rights)]


def _duration(expires_on: dt.date | None) -> Markup:
    if expires_on:
        return fmt(_("This consent expires on %(date)s, unless you revoke it earlier."), date=date_text(expires_on))
    return esc(
        _(
            "This consent lasts until the date written here, unless you revoke it "
            "earlier. Expires on: ____________________"
        )
    )


def _signatures(child: bool) -> Signatures:
    signers = (
        (esc(_("Parent or legal guardian")), esc(_("Youth (when old enough to agree)")))
        if child
        else (esc(_("Person giving consent")),)
    )
    return Signatures(
        signers=(*signers, esc(_("Agency worker"))),
        signature=esc(_("Signature")),
        name=esc(_("Printed name")),
        date=esc(_("Date")),
    )
