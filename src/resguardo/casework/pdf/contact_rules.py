"""The one-page summary of a child's contact rules for the youth and the caregivers: the rules in force or
still to come, in plain words, grouped from "no contact" to "allowed", a reminder that they cover social
media, and who to ask. The reasons stay in the case file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from resguardo.casework.models import Case, ContactRule, Person
from resguardo.casework.models.agency import split_lines
from resguardo.casework.pdf.common import date_text, page_label, write_pdf
from resguardo.printing.bilingual import first_language
from resguardo.printing.blocks import Block, Bullets, Heading, Letterhead, Notice, Paragraph, Space, Title
from resguardo.printing.text import Markup, bold, esc, fmt, spaced

RULE_ORDER = {ContactRule.Rule.NOT_ALLOWED: 0, ContactRule.Rule.SUPERVISED: 1, ContactRule.Rule.ALLOWED: 2}


def contact_rules_pdf(child: Person, rules: Iterable[ContactRule], lang: str = "") -> bytes:
    """One page for the youth and the caregivers: the rules in force or still to come, in plain words."""
    lang = first_language(lang, child.preferred_language)
    today = timezone.localdate()
    current = sorted(
        (r for r in rules if r.valid_until is None or r.valid_until >= today),
        key=lambda r: (RULE_ORDER.get(r.rule, 3), r.valid_from, r.pk or 0),
    )
    case = child.case
    with translation.override(lang):
        title = _("Contact rules for %(name)s") % {"name": child.full_name}
        blocks: list[Block] = [
            Letterhead(esc(case.agency.name)),
            Title(esc(title)),
            Paragraph(
                fmt(
                    _(
                        "This page is for %(name)s and for the adults who care for them. It says who %(name)s "
                        "may be in contact with, how, and until when, as the case plan says. Rules as of "
                        "%(date)s."
                    ),
                    name=child.full_name,
                    date=date_text(today),
                )
            ),
            *_rule_groups(current, today),
            Space(6),
            _online_too(),
            Heading(esc(_("Questions?"))),
            Paragraph(_who_to_ask(case)),
        ]
    return write_pdf(blocks, title=title, page_label=page_label([lang]))


def _rule_groups(current: Sequence[ContactRule], today: dt.date) -> list[Block]:
    if not current:
        return [Paragraph(esc(_("The case plan has no contact rules right now.")))]
    headings = {
        ContactRule.Rule.NOT_ALLOWED: _("No contact"),
        ContactRule.Rule.SUPERVISED: _("Only with supervision"),
        ContactRule.Rule.ALLOWED: _("Contact allowed"),
    }
    blocks: list[Block] = []
    for kind, heading in headings.items():
        group = [r for r in current if r.rule == kind]
        if not group:
            continue
        blocks.append(Heading(esc(heading)))
        if kind == ContactRule.Rule.SUPERVISED:
            blocks.append(
                Paragraph(
                    esc(
                        _(
                            "Supervised means an adult approved by the agency is present or "
                            "listening, or the agency arranges the call or visit."
                        )
                    )
                )
            )
        blocks.append(Bullets(tuple(spaced(bold(rule_sentence(r)), _rule_dates(r, today)) for r in group)))
    return blocks


def rule_sentence(rule: ContactRule) -> Markup:
    """The rule in plain words (the same msgids as templates/casework/consent/_rule_sentence.html)."""
    R, C = ContactRule.Rule, ContactRule.Channel
    other = rule.other_label
    sentences = {
        (R.NOT_ALLOWED, C.ALL): _(
            "No contact with %(other)s on any channel, including social media, messaging apps and video calls."
        ),
        (R.NOT_ALLOWED, C.SOCIAL_MEDIA): _("No contact with %(other)s on social media, messaging apps or video calls."),
        (R.NOT_ALLOWED, C.PHONE): _("No contact with %(other)s by phone or text message."),
        (R.NOT_ALLOWED, C.IN_PERSON): _("No in-person contact with %(other)s."),
        (R.SUPERVISED, C.ALL): _(
            "Contact with %(other)s only with supervision, on any channel, including social "
            "media, messaging apps and video calls."
        ),
        (R.SUPERVISED, C.SOCIAL_MEDIA): _(
            "Contact with %(other)s on social media, messaging apps or video calls only with supervision."
        ),
        (R.SUPERVISED, C.PHONE): _("Phone calls and text messages with %(other)s only with supervision."),
        (R.SUPERVISED, C.IN_PERSON): _("In-person contact with %(other)s only with supervision."),
        (R.ALLOWED, C.ALL): _("Contact with %(other)s is allowed on any channel."),
        (R.ALLOWED, C.SOCIAL_MEDIA): _(
            "Contact with %(other)s on social media, messaging apps or video calls is allowed."
        ),
        (R.ALLOWED, C.PHONE): _("Phone calls and text messages with %(other)s are allowed."),
        (R.ALLOWED, C.IN_PERSON): _("In-person contact with %(other)s is allowed."),
    }
    return fmt(sentences[(rule.rule, rule.channel)], other=other)


def _rule_dates(rule: ContactRule, today: dt.date) -> Markup:
    if rule.valid_from > today:
        if rule.valid_until:
            return fmt(
                _("From %(start)s until %(end)s."), start=date_text(rule.valid_from), end=date_text(rule.valid_until)
            )
        return fmt(_("From %(start)s, until further notice."), start=date_text(rule.valid_from))
    if rule.valid_until:
        return fmt(_("Until %(end)s."), end=date_text(rule.valid_until))
    return esc(_("Until further notice."))


def _online_too() -> Notice:
    return Notice(
        (
            bold(esc(_("These rules also apply to social media, messaging apps and video calls."))),
            esc(
                _(
                    "Messages, comments, likes, friend or follow requests, and calls on any app count as "
                    "contact, including WhatsApp, Messenger, Instagram, Snapchat, TikTok and games with chat."
                )
            ),
            esc(
                _(
                    "If someone you may not be in contact with reaches you, do not answer. Tell your caregiver "
                    "or your worker."
                )
            ),
        )
    )


def _who_to_ask(case: Case) -> Markup:
    agency = case.agency
    phones = split_lines(agency.public_phones)
    worker = case.assigned_worker.display_name() if case.assigned_worker else ""
    if worker and phones:
        return fmt(
            _("Ask %(worker)s, your worker at %(agency)s, or call %(phone)s."),
            worker=worker,
            agency=agency.name,
            phone=phones[0],
        )
    if worker:
        return fmt(_("Ask %(worker)s, your worker at %(agency)s."), worker=worker, agency=agency.name)
    if phones:
        return fmt(_("Call %(agency)s at %(phone)s."), agency=agency.name, phone=phones[0])
    return fmt(_("Ask your worker at %(agency)s."), agency=agency.name)
