"""Printable PDFs (reportlab, US letter): the consent form for a person, platform and purpose, and the
one-page summary of a child's contact rules for the youth and the caregivers.

Every text is translated with ``translation.override(lang)`` (English msgids), and every piece of text,
ours or the user's, is made safe for reportlab's built-in Helvetica (Windows-1252, which covers Spanish)
and XML-escaped before it goes into a Paragraph, so a name like "<b>x</b> & <script>" prints as written.

Setting ``RESGUARDO_PDF_COMPRESS = False`` writes uncompressed, reproducible PDFs (tests read their text).
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from resguardo.casework.models import Consent, ContactRule, Person, Platform, Purpose
from resguardo.casework.models.agency import split_lines

LANGS = ("es", "en")

# Characters Helvetica (WinAnsi) cannot draw, with a readable stand-in; anything else outside
# Windows-1252 becomes "?" rather than a box from another font.
_REPLACEMENTS = str.maketrans(
    {
        "↔": "<->",
        "→": "->",
        "←": "<-",
        "✓": "x",
        "✔": "x",
        "☐": "[ ]",
        "≥": ">=",
        "≤": "<=",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
    }
)


def safe_text(text: Any) -> str:
    """Text Helvetica can draw: NFC, no control characters, only Windows-1252 characters."""
    text = unicodedata.normalize("NFC", str(text if text is not None else "")).translate(_REPLACEMENTS)
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return text.encode("cp1252", "replace").decode("cp1252")


def esc(text: Any) -> str:
    """Safe text escaped for reportlab's Paragraph markup (which is XML-like)."""
    return escape(safe_text(text), {'"': "&quot;"})


def fmt(message: str, **values: Any) -> str:
    """A translated message with %(name)s placeholders, escaped, with escaped values."""
    return esc(message) % {key: esc(value) for key, value in values.items()}


def date_text(day: dt.date | None) -> str:
    return formats.date_format(day, "DATE_FORMAT") if day else ""


def compress() -> bool:
    return bool(getattr(settings, "RESGUARDO_PDF_COMPRESS", True))


# ---------------------------------------------------------------------------------------------- layout

_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle(
        "RTitle",
        parent=_base["Title"],
        fontName="Helvetica-Bold",
        fontSize=17,
        leading=21,
        alignment=TA_LEFT,
        spaceAfter=4,
    ),
    "agency": ParagraphStyle(
        "RAgency",
        parent=_base["Normal"],
        fontName="Helvetica-Bold",
        fontSize=11,
        leading=14,
        textColor=colors.HexColor("#0b4f6c"),
    ),
    "h": ParagraphStyle(
        "RHeading",
        parent=_base["Heading2"],
        fontName="Helvetica-Bold",
        fontSize=12,
        leading=15,
        spaceBefore=9,
        spaceAfter=3,
    ),
    "p": ParagraphStyle("RBody", parent=_base["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=4),
    "p2": ParagraphStyle(
        "RSecond",
        parent=_base["Normal"],
        fontName="Helvetica-Oblique",
        fontSize=9.5,
        leading=12.5,
        spaceAfter=5,
        textColor=colors.HexColor("#333333"),
    ),
    "label": ParagraphStyle("RLabel", parent=_base["Normal"], fontName="Helvetica-Bold", fontSize=10, leading=13),
    "small": ParagraphStyle("RSmall", parent=_base["Normal"], fontName="Helvetica", fontSize=8.5, leading=11),
    "box": ParagraphStyle("RBox", parent=_base["Normal"], fontName="Helvetica", fontSize=10.5, leading=14),
}

# A block is (kind, payload): "title"/"h"/"p" with escaped markup, "ul"/"check" with a list of markup,
# "facts" with [(label, value)], "sign" with [signer label] and "box" with [markup].
Block = tuple[str, Any]


def _para(markup: str, style: str = "p") -> Paragraph:
    return Paragraph(markup, STYLES[style])


def _bullets(items: Sequence[str], style: str = "p", check: bool = False) -> list[Paragraph]:
    """Bullet paragraphs ("[  ]" boxes for a checklist to tick), drawn with Helvetica's own characters."""
    base = STYLES[style]
    item_style = ParagraphStyle(
        f"{base.name}-item{'-check' if check else ''}",
        parent=base,
        leftIndent=26 if check else 16,
        bulletIndent=4,
        bulletFontName="Helvetica",
        spaceAfter=2,
    )
    return [Paragraph(item, item_style, bulletText="[   ]" if check else "\u2022") for item in items]


def _facts_table(rows: Sequence[tuple[str, str]]) -> Table:
    table = Table(
        [[_para(label, "label"), _para(value)] for label, value in rows],
        colWidths=[1.8 * inch, 5.2 * inch],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c0c8")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _box(items: Sequence[str]) -> Table:
    table = Table([[_para(item, "box")] for item in items], colWidths=[7 * inch], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f5f7")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _signature_table(signers: Sequence[str], words: dict[str, str]) -> Table:
    """For each signer: their role, room to sign, then three lines (signature, printed name, date)."""
    rows: list[list[Any]] = []
    heights: list[float | None] = []
    for signer in signers:
        rows.append([_para(signer, "label"), "", "", "", ""])
        rows.append(["", "", "", "", ""])
        rows.append(
            [_para(words["signature"], "small"), "", _para(words["name"], "small"), "", _para(words["date"], "small")]
        )
        heights += [None, 26, None]
    table = Table(
        rows,
        colWidths=[2.9 * inch, 0.25 * inch, 2.4 * inch, 0.25 * inch, 1.2 * inch],
        rowHeights=heights,
        hAlign="LEFT",
    )
    style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    for i in range(0, len(rows), 3):
        style += [("TOPPADDING", (0, i), (-1, i), 12), ("SPAN", (0, i), (-1, i))]
        style += [("LINEABOVE", (col, i + 2), (col, i + 2), 0.8, colors.black) for col in (0, 2, 4)]
    table.setStyle(TableStyle(style))
    return table


def _flowables(blocks: Sequence[Block], second: Sequence[Block] | None = None) -> list[Any]:
    """Flowables for one language, or for two interleaved (the second in italics under the first)."""
    out: list[Any] = []
    pairs: Iterable[tuple[Block, Block | None]] = (
        zip(blocks, second, strict=True) if second else ((b, None) for b in blocks)
    )
    for block, other in pairs:
        kind, payload = block
        alt = other[1] if other else None
        if kind == "title":
            out.append(_para(payload + (f" / {alt}" if alt and alt != payload else ""), "title"))
        elif kind == "agency":
            out.append(_para(payload, "agency"))
        elif kind == "h":
            out.append(CondPageBreak(1.1 * inch))
            out.append(_para(payload + (f" / {alt}" if alt and alt != payload else ""), "h"))
        elif kind == "p":
            out.append(_para(payload))
            if alt and alt != payload:
                out.append(_para(alt, "p2"))
        elif kind in ("ul", "check"):
            if payload:
                out.extend(_bullets(payload, check=kind == "check"))
            if alt and alt != payload:
                out.extend(_bullets(alt, "p2", check=kind == "check"))
        elif kind == "facts":
            rows = (
                payload
                if not alt
                else [
                    (la if la == lb else f"{la} / {lb}", va if va == vb else f"{va} / {vb}")
                    for (la, va), (lb, vb) in zip(payload, alt, strict=True)
                ]
            )
            out.append(_facts_table(rows))
        elif kind == "box":
            items = list(payload)
            if alt:
                items += [f"<i>{item}</i>" for item in alt if item not in payload]
            out.append(Spacer(1, 6))
            out.append(_box(items))
        elif kind == "sign":
            signers, words = payload
            if alt:
                signers = [a if a == b else f"{a} / {b}" for a, b in zip(signers, alt[0], strict=True)]
                words = {k: v if v == alt[1][k] else f"{v} / {alt[1][k]}" for k, v in words.items()}
            out.append(KeepTogether(_signature_table(signers, words)))
    return out


def _canvas_class(page_label: str) -> type[rl_canvas.Canvas]:
    """A canvas that writes "Page X of Y" at the foot of each page (Y known only at the end)."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8.5)
                self.setFillColor(colors.HexColor("#333333"))
                self.drawRightString(
                    letter[0] - 0.75 * inch,
                    0.5 * inch,
                    safe_text(page_label % {"page": self._pageNumber, "total": total}),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def _build(story: list[Any], title: str, page_label: str) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=letter,
        leftMargin=0.75 * inch,
        rightMargin=0.75 * inch,
        topMargin=0.7 * inch,
        bottomMargin=0.8 * inch,
        title=safe_text(title),
        author="Resguardo",
        creator="Resguardo",
        invariant=0 if compress() else 1,
        pageCompression=1 if compress() else 0,
    )
    doc.build(story, canvasmaker=_canvas_class(page_label))
    return buf.getvalue()


def _page_label(langs: Sequence[str]) -> str:
    labels = []
    for lang in langs:
        with translation.override(lang):
            labels.append(_("Page %(page)s of %(total)s"))
    return " / ".join(dict.fromkeys(labels))


# ---------------------------------------------------------------------------------------------- consent


def _consent_blocks(
    person: Person, platform: Platform, purpose: str, lang: str, expires_on: dt.date | None
) -> list[Block]:
    case = person.case
    agency = case.agency
    phones = split_lines(agency.public_phones)
    values = {
        "agency": agency.name,
        "platform": platform.name,
        "name": person.full_name,
        "purpose": str(Purpose(purpose).label),
    }
    child = person.is_child
    given_by = dict(Consent.GivenBy.choices)["guardian" if child else "self"]
    blocks: list[Block] = [
        ("agency", esc(agency.name)),
        ("title", fmt(_("Consent to communicate through %(platform)s"), **values)),
        (
            "facts",
            [
                (esc(_("Person")), fmt("%(name)s (%(role)s)", name=person.full_name, role=person.get_role_display())),
                (esc(_("Platform")), esc(platform.name)),
                (esc(_("Purpose")), esc(values["purpose"])),
                (esc(_("Consent given by")), esc(given_by)),
            ],
        ),
        ("h", esc(_("What we are asking"))),
        (
            "p",
            fmt(
                _(
                    "%(agency)s asks for permission to use %(platform)s to communicate with %(name)s for this "
                    "purpose: %(purpose)s. Please read this page before you sign. You can ask questions and take "
                    "the time you need."
                ),
                **values,
            ),
        ),
        ("h", fmt(_("%(platform)s and your privacy, in plain words"), **values)),
        ("p", esc(platform.privacy_summary(lang))),
        ("h", esc(_("Recommended privacy settings"))),
        ("check", [esc(step) for step in platform.checklist(lang)]),
        ("h", esc(_("What the agency will do"))),
        (
            "ul",
            [
                fmt(_("Use only the agency's own %(platform)s accounts, never a worker's personal account."), **values),
                fmt(_("Use %(platform)s only for this purpose: %(purpose)s."), **values),
                esc(
                    _(
                        "Share only what is needed, and check every message and photo for private information before "
                        "it is sent."
                    )
                ),
                esc(_("Keep a record of this consent in the case file.")),
            ],
        ),
        ("h", esc(_("What the agency will not do"))),
        (
            "ul",
            [
                esc(
                    _(
                        "Post names, photos, schools, addresses or case details publicly without a separate written "
                        "consent."
                    )
                ),
                esc(_("Share your contact details or messages with anyone who does not need them.")),
                esc(_("Use this platform for contact that the case plan does not allow.")),
            ],
        ),
        ("h", esc(_("Your rights"))),
        (
            "ul",
            [
                esc(_("You can say no. Saying no does not change the services you receive.")),
                fmt(
                    _(
                        "You can revoke (take back) this consent at any time by telling your worker or by writing to "
                        "the agency. The agency will then stop using %(platform)s for this purpose."
                    ),
                    **values,
                ),
                *([fmt(_("Questions: call %(phone)s."), phone=phones[0])] if phones else []),
            ],
        ),
        ("h", esc(_("How long this consent lasts"))),
        (
            "p",
            fmt(_("This consent expires on %(date)s, unless you revoke it earlier."), date=date_text(expires_on))
            if expires_on
            else esc(
                _(
                    "This consent lasts until the date written here, unless you revoke it "
                    "earlier. Expires on: ____________________"
                )
            ),
        ),
        ("h", esc(_("Signatures"))),
        (
            "sign",
            (
                (
                    [esc(_("Parent or legal guardian")), esc(_("Youth (when old enough to agree)"))]
                    if child
                    else [esc(_("Person giving consent"))]
                )
                + [esc(_("Agency worker"))],
                {"signature": esc(_("Signature")), "name": esc(_("Printed name")), "date": esc(_("Date"))},
            ),
        ),
    ]
    return blocks


def consent_form_pdf(
    person: Person, platform: Platform, purpose: str, lang: str = "", expires_on: dt.date | None = None
) -> bytes:
    """The consent form in "es", "en" or "both" (default: the person's preferred language)."""
    first = lang if lang in LANGS else (person.preferred_language if person.preferred_language in LANGS else "es")
    langs = [first, "en" if first == "es" else "es"] if lang == "both" else [first]
    versions = []
    for code in langs:
        with translation.override(code):
            versions.append(_consent_blocks(person, platform, purpose, code, expires_on))
    with translation.override(langs[0]):
        title = _("Consent to communicate through %(platform)s") % {"platform": platform.name}
    story = _flowables(versions[0], versions[1] if len(versions) > 1 else None)
    return _build(story, title, _page_label(langs))


# ---------------------------------------------------------------------------------------------- contact rules

RULE_ORDER = {ContactRule.Rule.NOT_ALLOWED: 0, ContactRule.Rule.SUPERVISED: 1, ContactRule.Rule.ALLOWED: 2}


def rule_sentence(rule: ContactRule) -> str:
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


def _rule_dates(rule: ContactRule, today: dt.date) -> str:
    if rule.valid_from > today:
        if rule.valid_until:
            return fmt(
                _("From %(start)s until %(end)s."), start=date_text(rule.valid_from), end=date_text(rule.valid_until)
            )
        return fmt(_("From %(start)s, until further notice."), start=date_text(rule.valid_from))
    if rule.valid_until:
        return fmt(_("Until %(end)s."), end=date_text(rule.valid_until))
    return esc(_("Until further notice."))


def contact_rules_pdf(child: Person, rules: Iterable[ContactRule], lang: str = "") -> bytes:
    """One page for the youth and the caregivers: the rules in force or still to come, in plain words."""
    lang = lang if lang in LANGS else (child.preferred_language if child.preferred_language in LANGS else "es")
    today = timezone.localdate()
    current = sorted(
        (r for r in rules if r.valid_until is None or r.valid_until >= today),
        key=lambda r: (RULE_ORDER.get(r.rule, 3), r.valid_from, r.pk or 0),
    )
    case = child.case
    agency = case.agency
    phones = split_lines(agency.public_phones)
    worker = case.assigned_worker.display_name() if case.assigned_worker else ""
    with translation.override(lang):
        title = _("Contact rules for %(name)s") % {"name": child.full_name}
        blocks: list[Block] = [
            ("agency", esc(agency.name)),
            ("title", esc(title)),
            (
                "p",
                fmt(
                    _(
                        "This page is for %(name)s and for the adults who care for them. It says who %(name)s "
                        "may be in contact with, how, and until when, as the case plan says. Rules as of "
                        "%(date)s."
                    ),
                    name=child.full_name,
                    date=date_text(today),
                ),
            ),
        ]
        headings = {
            ContactRule.Rule.NOT_ALLOWED: _("No contact"),
            ContactRule.Rule.SUPERVISED: _("Only with supervision"),
            ContactRule.Rule.ALLOWED: _("Contact allowed"),
        }
        if not current:
            blocks.append(("p", esc(_("The case plan has no contact rules right now."))))
        for kind, heading in headings.items():
            group = [r for r in current if r.rule == kind]
            if not group:
                continue
            blocks.append(("h", esc(heading)))
            if kind == ContactRule.Rule.SUPERVISED:
                blocks.append(
                    (
                        "p",
                        esc(
                            _(
                                "Supervised means an adult approved by the agency is present or "
                                "listening, or the agency arranges the call or visit."
                            )
                        ),
                    )
                )
            blocks.append(("ul", [f"<b>{rule_sentence(r)}</b> {_rule_dates(r, today)}" for r in group]))
        blocks.append(
            (
                "box",
                [
                    "<b>" + esc(_("These rules also apply to social media, messaging apps and video calls.")) + "</b>",
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
                ],
            )
        )
        blocks.append(("h", esc(_("Questions?"))))
        if worker and phones:
            ask = fmt(
                _("Ask %(worker)s, your worker at %(agency)s, or call %(phone)s."),
                worker=worker,
                agency=agency.name,
                phone=phones[0],
            )
        elif worker:
            ask = fmt(_("Ask %(worker)s, your worker at %(agency)s."), worker=worker, agency=agency.name)
        elif phones:
            ask = fmt(_("Call %(agency)s at %(phone)s."), agency=agency.name, phone=phones[0])
        else:
            ask = fmt(_("Ask your worker at %(agency)s."), agency=agency.name)
        blocks.append(("p", ask))
    return _build(_flowables(blocks), title, _page_label([lang]))
