"""Exports of the communication record for court and audits: a PDF and a JSON file per case and period.

Both carry every entry's hashes and a verification statement made when the export was generated (the
whole agency chain is verified, because a case's entries are links of the agency's chain). The JSON file
carries, for each entry, the exact canonical object whose SHA-256 is its ``entry_hash``
(see ``resguardo.records.canonical``), so anyone can recompute the hashes without Resguardo.
The PDF is described as blocks of ``resguardo.printing``, labels in both languages ("Canal / Channel").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from reportlab.lib.units import inch

from resguardo.casework.models import Agency, Case
from resguardo.casework.pdf.common import in_both, in_each_language, write_pdf
from resguardo.printing.bilingual import first_language, other_language
from resguardo.printing.blocks import Block, Field, Heading, KeyValue, Letterhead, Paragraph, Space, Title, Together
from resguardo.printing.styles import StyleName
from resguardo.printing.text import Markup, esc, fmt, with_breaks
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


def _fields(entry: Entry, langs: Sequence[str]) -> list[Field]:
    def field(label: str, value: Markup, style: StyleName = "compact") -> Field:
        return Field(esc(in_both(label, langs)), value, style)

    people = ", ".join(f"{p.get('name', '')} ({p.get('role', '')})" for p in entry.people or []) or "-"
    channel = entry.get_channel_display()
    if entry.platform_slug:
        channel += f" · {entry.platform_slug}"
    if entry.account_identifier:
        channel += f" · {entry.account_identifier}"
    fields = [
        field(gettext_noop("When it happened"), esc(local_time(entry.occurred_at))),
        field(gettext_noop("Channel"), esc(channel)),
        field(gettext_noop("Direction"), esc(entry.get_direction_display())),
        field(gettext_noop("People"), esc(people)),
        field(gettext_noop("Summary"), with_breaks(entry.summary)),
    ]
    if entry.text_sent:
        fields.append(field(gettext_noop("Exact text"), with_breaks(entry.text_sent)))
    if entry.verdict:
        fields.append(field(gettext_noop("Check verdict"), esc(entry.get_verdict_display())))
    if entry.corrects_id:
        corrected = f"#{entry.corrects.seq if entry.corrects else '?'} · {entry.corrects_hash}"
        fields.append(field(gettext_noop("Corrects"), esc(corrected), "mono"))
    for att in entry.attachments.all():
        fields.append(
            field(gettext_noop("Attachment"), esc(f"{att.name} · {att.size} B · SHA-256 {att.sha256}"), "mono")
        )
    fields += [
        field(gettext_noop("Recorded by"), esc(f"{entry.recorded_by_username} · {local_time(entry.recorded_at)}")),
        field(gettext_noop("Previous hash"), esc(entry.prev_hash), "mono"),
        field(gettext_noop("Entry hash"), esc(entry.entry_hash), "mono"),
    ]
    return fields


def _entry_blocks(entry: Entry, langs: Sequence[str]) -> list[Block]:
    title = Markup(esc(in_both(gettext_noop("Entry"), langs)) + f" #{entry.seq}")
    return [
        Heading(title, room=1.5 * inch),
        KeyValue(tuple(_fields(entry, langs)), widths=(1.6 * inch, 5.4 * inch), padding=2),
    ]


def _verification_blocks(verification: VerifyResult, langs: Sequence[str]) -> list[Block]:
    """The statement in each language (the first boxed, the second under it), the head hash, how to verify."""
    statements = dict.fromkeys(in_each_language(langs, lambda _lang: verification_statement(verification)))
    head_label = in_both(gettext_noop("Head hash"), langs)
    how = "Recompute the hashes from the JSON export of the same case and period. " + HOW_TO_VERIFY
    return [
        Heading(esc(in_both(gettext_noop("Verification"), langs)), room=2.2 * inch),
        Together(tuple(Paragraph(esc(s), "notice" if i == 0 else "second") for i, s in enumerate(statements))),
        Paragraph(esc(f"{head_label}: {verification.last_hash}"), "mono"),
        Space(4),
        Paragraph(fmt("%(label)s: %(how)s", label=in_both(gettext_noop("How to verify"), langs), how=how), "small"),
    ]


def export_pdf(
    agency: Agency,
    case: Case | None,
    entries: Sequence[Entry],
    verification: VerifyResult,
    start: dt.date | None,
    end: dt.date | None,
    lang: str,
) -> bytes:
    """The export in both languages, ``lang`` first (Spanish unless it is English)."""
    first = first_language(lang)
    langs = [first, other_language(first)]
    with translation.override(first):
        if case is not None:
            heading = in_both(gettext_noop("Communication record of case %(number)s"), langs) % {"number": case.number}
        else:
            heading = in_both(gettext_noop("Communication record: agency public page"), langs)
        facts = (
            Field(esc(in_both(gettext_noop("Period"), langs)), esc(period_text(start, end))),
            Field(esc(in_both(gettext_noop("Entries in this export"), langs)), esc(str(len(entries)))),
            Field(esc(in_both(gettext_noop("Generated"), langs)), esc(local_time(timezone.now()))),
        )
        blocks: list[Block] = [
            Letterhead(esc(agency.name)),
            Title(esc(heading)),
            KeyValue(facts, widths=(2.2 * inch, 4.8 * inch), ruled=False),
            Space(6),
        ]
        if not entries:
            blocks.append(Paragraph(esc(in_both(gettext_noop("No entries in this period."), langs))))
        for entry in entries:
            blocks += _entry_blocks(entry, langs)
        blocks += _verification_blocks(verification, langs)
        return write_pdf(blocks, title=heading, page_label="%(page)s / %(total)s")


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
