"""Exports of the communication record for court and audits: a PDF and a JSON file per case and period.

Both carry every entry's hashes and a verification statement made when the export was generated (the
whole agency chain is verified, because a case's entries are links of the agency's chain). The JSON file
carries, for each entry, the exact canonical object whose SHA-256 is its ``entry_hash``
(see ``resguardo.records.canonical``), so anyone can recompute the hashes without Resguardo.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from resguardo.casework.models import Agency, Case
from resguardo.casework.pdf import LANGS, STYLES, _build, esc, safe_text
from resguardo.records import canonical
from resguardo.records.chain import VerifyResult, stored_content
from resguardo.records.models import Entry

HOW_TO_VERIFY = (
    "For each entry, serialise 'content' as JSON with keys sorted at every level, no whitespace "
    "(separators ',' and ':'), non-ASCII characters unescaped, encoded as UTF-8; its SHA-256 in lowercase hex "
    "must equal 'entry_hash'. In Python: hashlib.sha256(json.dumps(content, sort_keys=True, "
    "separators=(',', ':'), ensure_ascii=False).encode('utf-8')).hexdigest(). 'content.prev_hash' is the hash "
    "of the agency's previous entry (seq - 1), which may belong to another case and then is not in this file; "
    "consecutive entries of this file with consecutive seq must link. Attachment files hash to their 'sha256'. "
    "The verification block says whether the agency's whole chain verified when this file was made, and its "
    "head (last seq and hash) at that time."
)


def both(message: str, langs: Sequence[str]) -> str:
    """A label in the chosen language first, then the other ("Canal / Channel"); once if they are equal."""
    texts = []
    for lang in langs:
        with translation.override(lang):
            texts.append(_(message))
    return " / ".join(dict.fromkeys(texts))


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return _("%(start)s to %(end)s") % {"start": start.isoformat(), "end": end.isoformat()}
    if start:
        return _("from %(start)s") % {"start": start.isoformat()}
    if end:
        return _("until %(end)s") % {"end": end.isoformat()}
    return _("all entries")


def local_time(value: dt.datetime) -> str:
    local = timezone.localtime(value)
    return f"{local:%Y-%m-%d %H:%M} ({local:%z}) · {canonical.utc_text(value)}"


# ------------------------------------------------------------------------------------------------ JSON


def export_json(
    agency: Agency,
    case: Case | None,
    entries: Sequence[Entry],
    verification: VerifyResult,
    start: dt.date | None,
    end: dt.date | None,
) -> bytes:
    data: dict[str, Any] = {
        "format": "resguardo-record-export/1",
        "canonical_format": canonical.FORMAT,
        "exported_at": canonical.utc_text(timezone.now()),
        "agency": {"id": agency.pk, "name": agency.name},
        "case": {"id": case.pk, "number": case.number} if case else None,
        "period": {"start": start.isoformat() if start else None, "end": end.isoformat() if end else None},
        "verification": {
            "chain_intact": verification.ok,
            "verified_at": canonical.utc_text(verification.verified_at),
            "entries_checked": verification.checked,
            "attachment_files_checked": verification.files_checked,
            "head_seq": verification.last_seq,
            "head_hash": verification.last_hash,
            "broken_at_seq": verification.broken_seq,
            "reason": verification.reason or None,
            "detail": verification.detail or None,
        },
        "how_to_verify": HOW_TO_VERIFY,
        "entries": [{"seq": e.seq, "entry_hash": e.entry_hash, "content": stored_content(e)} for e in entries],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


# ------------------------------------------------------------------------------------------------ PDF

_HASH = ParagraphStyle("RHash", parent=STYLES["small"], fontName="Courier", fontSize=7.5, leading=9.5)
_TEXT = ParagraphStyle("RText", parent=STYLES["p"], fontSize=9.5, leading=12.5, spaceAfter=0)


def _rows(entry: Entry, langs: Sequence[str]) -> list[list[Any]]:
    def row(label: str, value: str, style: str | ParagraphStyle = _TEXT) -> list[Any]:
        para_style = STYLES[style] if isinstance(style, str) else style
        return [Paragraph(esc(both(label, langs)), STYLES["label"]), Paragraph(value, para_style)]

    people = ", ".join(f"{p.get('name', '')} ({p.get('role', '')})" for p in entry.people or []) or "-"
    channel = entry.get_channel_display()
    if entry.platform_slug:
        channel += f" · {entry.platform_slug}"
    if entry.account_identifier:
        channel += f" · {entry.account_identifier}"
    rows = [
        row(gettext_noop("When it happened"), esc(local_time(entry.occurred_at))),
        row(gettext_noop("Channel"), esc(channel)),
        row(gettext_noop("Direction"), esc(entry.get_direction_display())),
        row(gettext_noop("People"), esc(people)),
        row(gettext_noop("Summary"), esc(entry.summary).replace("\n", "<br/>")),
    ]
    if entry.text_sent:
        rows.append(row(gettext_noop("Exact text"), esc(entry.text_sent).replace("\n", "<br/>")))
    if entry.verdict:
        rows.append(row(gettext_noop("Check verdict"), esc(entry.get_verdict_display())))
    if entry.corrects_id:
        corrected = f"#{entry.corrects.seq if entry.corrects else '?'} · {entry.corrects_hash}"
        rows.append(row(gettext_noop("Corrects"), esc(corrected), _HASH))
    for att in entry.attachments.all():
        rows.append(row(gettext_noop("Attachment"), esc(f"{att.name} · {att.size} B · SHA-256 {att.sha256}"), _HASH))
    rows += [
        row(gettext_noop("Recorded by"), esc(f"{entry.recorded_by_username} · {local_time(entry.recorded_at)}")),
        row(gettext_noop("Previous hash"), esc(entry.prev_hash), _HASH),
        row(gettext_noop("Entry hash"), esc(entry.entry_hash), _HASH),
    ]
    return rows


def _entry_block(entry: Entry, langs: Sequence[str]) -> list[Any]:
    title = esc(both(gettext_noop("Entry"), langs)) + f" #{entry.seq}"
    table = Table(_rows(entry, langs), colWidths=[1.6 * inch, 5.4 * inch], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c0c8")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [CondPageBreak(1.5 * inch), Paragraph(title, STYLES["h"]), table]


def export_pdf(
    agency: Agency,
    case: Case | None,
    entries: Sequence[Entry],
    verification: VerifyResult,
    start: dt.date | None,
    end: dt.date | None,
    lang: str,
) -> bytes:
    first = lang if lang in LANGS else "es"
    langs = [first, "en" if first == "es" else "es"]
    with translation.override(first):
        if case is not None:
            heading = both(gettext_noop("Communication record of case %(number)s"), langs) % {"number": case.number}
        else:
            heading = both(gettext_noop("Communication record: agency public page"), langs)
        story: list[Any] = [
            Paragraph(esc(agency.name), STYLES["agency"]),
            Paragraph(esc(heading), STYLES["title"]),
        ]
        facts = [
            (both(gettext_noop("Period"), langs), period_text(start, end)),
            (both(gettext_noop("Entries in this export"), langs), str(len(entries))),
            (both(gettext_noop("Generated"), langs), local_time(timezone.now())),
        ]
        table = Table(
            [[Paragraph(esc(k), STYLES["label"]), Paragraph(esc(v), STYLES["p"])] for k, v in facts],
            colWidths=[2.2 * inch, 4.8 * inch],
            hAlign="LEFT",
        )
        story += [table, Spacer(1, 6)]
        if not entries:
            story.append(Paragraph(esc(both(gettext_noop("No entries in this period."), langs)), STYLES["p"]))
        for entry in entries:
            story += _entry_block(entry, langs)
        story.append(CondPageBreak(2.2 * inch))
        story.append(Paragraph(esc(both(gettext_noop("Verification"), langs)), STYLES["h"]))
        statement = []
        for code in langs:
            with translation.override(code):
                statement.append(verification_statement(verification))
        story.append(
            KeepTogether(
                [
                    Paragraph(esc(s), STYLES["box"] if i == 0 else STYLES["p2"])
                    for i, s in enumerate(dict.fromkeys(statement))
                ]
            )
        )
        head_label = both(gettext_noop("Head hash"), langs)
        story.append(Paragraph(esc(f"{head_label}: {verification.last_hash}"), _HASH))
        story.append(Spacer(1, 4))
        story.append(
            Paragraph(
                esc(both(gettext_noop("How to verify"), langs))
                + ": "
                + esc("Recompute the hashes from the JSON export of the same case and period. " + HOW_TO_VERIFY),
                STYLES["small"],
            )
        )
        title = safe_text(heading)
    return _build(story, title, "%(page)s / %(total)s")


def verification_statement(v: VerifyResult) -> str:
    when = formats.date_format(timezone.localtime(v.verified_at), "DATETIME_FORMAT")
    values = {"when": when, "n": v.checked, "seq": v.last_seq, "hash": v.last_hash, "files": v.files_checked}
    if v.ok:
        return (
            _(
                "Chain verified at %(when)s: intact. %(n)s entries of the agency's record checked (and "
                "%(files)s attachment files); the head is entry %(seq)s with hash %(hash)s."
            )
            % values
        )
    return _("Chain verified at %(when)s: BROKEN at entry %(seq)s. %(why)s") % {
        **values,
        "seq": v.broken_seq,
        "why": v.explanation(),
    }
