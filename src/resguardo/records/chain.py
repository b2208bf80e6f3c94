"""Appending to the communication record and verifying it.

``append_entry`` serialises appends per agency: in one transaction it locks the agency's ``ChainHead`` row
(``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the settings open every transaction with ``BEGIN
IMMEDIATE``, so the transaction holds the database's write lock from its start), reads the last sequence
number and hash, computes the new entry's hash (see ``resguardo.records.canonical``), inserts the entry and
its attachments and moves the head. Two workers recording at once therefore queue; the chain never forks.

``verify_chain`` recomputes every hash of an agency's chain in sequence order and reports the first place
where it breaks and why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from resguardo.casework import atomic_files
from resguardo.casework.evidence import sanitize_name
from resguardo.casework.models import Agency, AgencyAccount, Case, Person, Platform, User
from resguardo.records import canonical
from resguardo.records.models import (
    Attachment,
    ChainHead,
    Channel,
    Direction,
    Entry,
    Verdict,
    appending,
    attachment_path,
)

CHUNK = 64 * 1024
SNIFF = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
_MIME = re.compile(r"^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$")


class RecordError(ValueError):
    """An entry that cannot be recorded as given (wrong agency, unknown channel, ...)."""


def content_type_for(data: bytes, claimed: str | None) -> str:
    """The type from the file's first bytes when recognisable; otherwise the claimed type if well-formed."""
    for magic, kind in SNIFF:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    claimed = (claimed or "").split(";")[0].strip().lower()
    return (
        claimed
        if _MIME.match(claimed) and claimed not in ("text/html", "image/svg+xml")
        else ("application/octet-stream")
    )


def person_snapshot(person: Person | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(person, Person):
        return {"id": person.pk, "name": person.full_name, "role": person.role}
    return {"id": person.get("id"), "name": person.get("name", ""), "role": person.get("role", "")}


# ------------------------------------------------------------------------------------------------ appending


def _lock_head(agency: Agency) -> ChainHead:
    """The agency's chain head, locked until the end of the current transaction (created on first use)."""
    heads = ChainHead.objects.select_for_update()
    try:
        return heads.get(agency=agency)
    except ChainHead.DoesNotExist:
        # INSERT ... ON CONFLICT DO NOTHING: a concurrent first append waits here, then finds the row.
        ChainHead.objects.bulk_create([ChainHead(agency=agency)], ignore_conflicts=True)
        return heads.get(agency=agency)


@dataclass
class _Stored:
    """An attachment written to a temporary name (before the chain lock), then placed under the lock."""

    name: str
    content_type: str
    size: int
    sha256: str
    temp: Path
    path: str = ""
    placed: atomic_files.Placed | None = None


def _media_path(name: str) -> Path:
    return Path(default_storage.path(name))


def _write_file(name: str, data: bytes, claimed_type: str | None) -> _Stored:
    """Write the bytes to a temporary name in records/ and fsync them; the slow part, done before the lock."""
    sha = hashlib.sha256(data).hexdigest()
    final = _media_path(attachment_path(Attachment(sha256=sha), name))
    return _Stored(
        name=sanitize_name(name, default="attachment"),
        content_type=content_type_for(data, claimed_type),
        size=len(data),
        sha256=sha,
        temp=atomic_files.write_temp(final, data),
    )


def _place_file(stored: _Stored) -> None:
    """Under the chain lock: name the file records/<sha256> (content-addressed: the same file is stored once).
    A committed file with the same bytes is reused; one still waiting for its transaction's commit is not (that
    transaction may roll back and remove it), nor one whose bytes changed: the new copy gets another name."""
    relative = attachment_path(Attachment(sha256=stored.sha256), stored.name)
    final = _media_path(relative)
    if final.exists() and not atomic_files.is_pending(final) and _file_digest(relative) == stored.sha256:
        stored.temp.unlink(missing_ok=True)
        stored.path = relative
        return
    stored.placed = atomic_files.place_available(stored.temp, final)
    stored.path = str(PurePosixPath(relative).with_name(stored.placed.final.name))
    transaction.on_commit(stored.placed.commit)


def _discard(files: Iterable[_Stored]) -> None:
    for item in files:
        if item.placed is not None:
            item.placed.discard()
        else:
            item.temp.unlink(missing_ok=True)


def _check_choice(value: str, choices: Any, what: str) -> str:
    value = str(value)
    if value not in choices.values:
        raise RecordError(f"unknown {what}: {value!r}")
    return value


def _people_on_case(people: Iterable[Person | Mapping[str, Any]], case: Case | None) -> list[Any]:
    snapshot = []
    for person in people:
        if isinstance(person, Person) and (case is None or person.case_id != case.pk):
            raise RecordError("a person is not on this case")
        snapshot.append(person_snapshot(person))
    return canonical.people_snapshot(snapshot)


def _platform_of(agency: Agency, account: AgencyAccount | None, platform: Platform | None) -> Platform | None:
    """The entry's platform: the account's when none is given; an account elsewhere is refused."""
    if account is None:
        return platform
    if account.agency_id != agency.pk:
        raise RecordError("the account belongs to another agency")
    if platform is None:
        return account.platform
    if account.platform_id != platform.pk:
        raise RecordError("the account is on another platform")
    return platform


def append_entry(
    agency: Agency,
    *,
    recorded_by: User,
    channel: str,
    summary: str,
    direction: str = "outgoing",
    case: Case | None = None,
    people: Iterable[Person | Mapping[str, Any]] = (),
    occurred_at: dt.datetime | None = None,
    text_sent: str = "",
    platform: Platform | None = None,
    account: AgencyAccount | None = None,
    verdict: str = "",
    check_summary: Any = None,
    corrects: Entry | None = None,
    attachments: Sequence[tuple[str, bytes, str | None]] = (),
) -> Entry:
    """Append one entry to the agency's chain and return it (with its attachments stored).

    ``people``: Person objects of the case (or dicts with id, name, role) as they are now; a snapshot is kept.
    ``attachments``: (file name as given, bytes, claimed content type); stored by SHA-256 under records/,
    written to a temporary name first and given its final name only under the chain lock (see
    ``resguardo.casework.atomic_files``): a rollback removes it, a crash leaves only what the cleanup removes.
    ``corrects``: the entry this one corrects (same agency and case); the original is never changed.
    Raises RecordError for inconsistent input; nothing is written then.
    """
    channel = _check_choice(channel, Channel, "channel")
    direction = _check_choice(direction, Direction, "direction")
    verdict = _check_choice(verdict or "", Verdict, "verdict")
    summary = canonical.clean_text(summary).strip()
    if not summary:
        raise RecordError("a summary is required")
    if case is not None and case.agency_id != agency.pk:
        raise RecordError("the case belongs to another agency")
    if recorded_by.agency_id not in (None, agency.pk):
        raise RecordError("the user belongs to another agency")
    snapshot = _people_on_case(people, case)
    platform = _platform_of(agency, account, platform)
    if corrects is not None and (corrects.agency_id != agency.pk or corrects.case_id != (case.pk if case else None)):
        raise RecordError("a correction must be in the same agency and case as the entry it corrects")
    occurred_at = occurred_at or timezone.now()
    if timezone.is_naive(occurred_at):
        raise RecordError("occurred_at must be timezone-aware")
    check = canonical.plain_json(check_summary) if check_summary is not None else None
    text_sent = canonical.clean_text(text_sent)

    stored: list[_Stored] = []
    try:
        for name, data, claimed in attachments:
            stored.append(_write_file(name, data, claimed))
        with transaction.atomic():
            head = _lock_head(agency)
            for item in stored:
                _place_file(item)
            recorded_at = timezone.now()
            entry = Entry(
                agency=agency,
                seq=head.last_seq + 1,
                case=case,
                case_number=case.number if case else "",
                people=snapshot,
                channel=channel,
                platform=platform,
                platform_slug=platform.slug if platform else "",
                account=account,
                account_identifier=account.identifier if account else "",
                direction=direction,
                occurred_at=occurred_at,
                summary=summary,
                text_sent=text_sent,
                verdict=verdict,
                check_summary=check,
                corrects=corrects,
                corrects_hash=corrects.entry_hash if corrects else "",
                recorded_by=recorded_by,
                recorded_by_username=recorded_by.get_username(),
                recorded_at=recorded_at,
                prev_hash=head.last_hash,
            )
            entry.entry_hash = canonical.digest(
                entry_content(entry, [(s.name, s.content_type, s.size, s.sha256) for s in stored])
            )
            with appending():
                entry.save()
                for s in stored:
                    Attachment(
                        entry=entry, file=s.path, name=s.name, content_type=s.content_type, size=s.size, sha256=s.sha256
                    ).save()
            ChainHead.objects.filter(pk=head.pk).update(last_seq=entry.seq, last_hash=entry.entry_hash)
    except BaseException:
        _discard(stored)
        raise
    return entry


def append_entries(agency: Agency, rows: Iterable[Mapping[str, Any]], *, batch_size: int = 2000) -> int:
    """Bulk append (imports, benchmarks): rows of Entry field values without agency, seq, hashes or
    attachments; ``recorded_by`` is a User. One transaction holding the chain lock. Returns the count."""
    count = 0
    with transaction.atomic():
        head = _lock_head(agency)
        seq, prev = head.last_seq, head.last_hash
        batch: list[Entry] = []
        now = timezone.now()
        for row in rows:
            values = dict(row)
            user: User = values.pop("recorded_by")
            case: Case | None = values.pop("case", None)
            platform: Platform | None = values.pop("platform", None)
            seq += 1
            entry = Entry(
                agency=agency,
                seq=seq,
                case=case,
                case_number=case.number if case else "",
                platform=platform,
                platform_slug=platform.slug if platform else "",
                recorded_by=user,
                recorded_by_username=user.get_username(),
                prev_hash=prev,
                recorded_at=values.pop("recorded_at", now),
                **values,
            )
            entry.people = canonical.people_snapshot(entry.people or [])
            entry.entry_hash = prev = canonical.digest(entry_content(entry, []))
            batch.append(entry)
            if len(batch) >= batch_size:
                with appending():
                    Entry.objects.bulk_create(batch)
                count += len(batch)
                batch = []
        if batch:
            with appending():
                Entry.objects.bulk_create(batch)
            count += len(batch)
        if count:
            ChainHead.objects.filter(pk=head.pk).update(last_seq=seq, last_hash=prev)
    return count


def entry_content(entry: Entry, attachments: Iterable[Sequence[Any]]) -> dict[str, Any]:
    """The canonical object of an entry instance and its attachments' (name, content_type, size, sha256)."""
    return canonical.content(
        agency_id=entry.agency_id,
        seq=entry.seq,
        case_id=entry.case_id,
        case_number=entry.case_number,
        people=entry.people,
        channel=entry.channel,
        platform_id=entry.platform_id,
        platform_slug=entry.platform_slug,
        account_id=entry.account_id,
        account_identifier=entry.account_identifier,
        direction=entry.direction,
        occurred_at=entry.occurred_at,
        summary=entry.summary,
        text_sent=entry.text_sent,
        verdict=entry.verdict,
        check_summary=entry.check_summary,
        corrects_hash=entry.corrects_hash,
        recorded_by_id=entry.recorded_by_id,
        recorded_by_username=entry.recorded_by_username,
        recorded_at=entry.recorded_at,
        attachments=attachments,
        prev_hash=entry.prev_hash,
    )


def stored_content(entry: Entry) -> dict[str, Any]:
    """The canonical object of a stored entry, from the database (for exports)."""
    atts = entry.attachments.values_list("name", "content_type", "size", "sha256")
    return entry_content(entry, list(atts))


# ------------------------------------------------------------------------------------------------ verifying

# Why a chain is broken. The first four come from the entries themselves; head_* from the chain head.
ALTERED = "altered"  # an entry's content (or an attachment row) no longer matches its hash
MISSING = "missing"  # a sequence number is missing: an entry was deleted
LINK = "link"  # prev_hash does not match the previous entry: deleted, replaced or inserted
CORRECTS = "corrects"  # a correction points at an entry whose hash is not the one it recorded
FILE_MISSING = "file_missing"  # an attachment's file is gone
FILE_ALTERED = "file_altered"  # an attachment's bytes changed
HEAD_MISSING = "head_missing"  # entries exist but the chain head was deleted
HEAD_MISMATCH = "head_mismatch"  # the head does not point at the last entry: the tail was deleted or added to

ENTRY_COLUMNS = (
    "id",
    "seq",
    "case_id",
    "case_number",
    "people",
    "channel",
    "platform_id",
    "platform_slug",
    "account_id",
    "account_identifier",
    "direction",
    "occurred_at",
    "summary",
    "text_sent",
    "verdict",
    "check_summary",
    "corrects_id",
    "corrects_hash",
    "recorded_by_id",
    "recorded_by_username",
    "recorded_at",
    "prev_hash",
    "entry_hash",
)


@dataclass
class VerifyResult:
    agency_id: int
    ok: bool = True
    checked: int = 0
    files_checked: int = 0
    last_seq: int = 0
    last_hash: str = canonical.GENESIS
    broken_seq: int | None = None
    reason: str = ""
    detail: str = ""
    verified_at: dt.datetime = field(default_factory=timezone.now)

    def fail(self, seq: int, reason: str, detail: str) -> VerifyResult:
        self.ok, self.broken_seq, self.reason, self.detail = False, seq, reason, detail
        return self

    def explanation(self) -> str:
        """Why the chain is broken, in the active language (empty when intact)."""
        if self.ok:
            return ""
        texts = {
            ALTERED: _("The content of this entry or of its attachments was changed after it was recorded."),
            MISSING: _("This entry is missing: it was deleted."),
            LINK: _(
                "This entry does not follow the one before it: an entry before it was deleted, replaced or inserted."
            ),
            CORRECTS: _("This correction no longer points at the entry it corrected."),
            FILE_MISSING: _("An attachment's file is missing."),
            FILE_ALTERED: _("An attachment's file was changed after it was recorded."),
            HEAD_MISSING: _("The chain head was deleted."),
            HEAD_MISMATCH: _(
                "The chain head does not match the last entry: entries at the end were deleted, or "
                "entries were added without going through the application."
            ),
        }
        return texts.get(self.reason, self.reason)


def _attachments_by_entry(agency: Agency) -> dict[int, list[tuple[str, str, int, str, str]]]:
    out: dict[int, list[tuple[str, str, int, str, str]]] = {}
    rows = Attachment.objects.filter(entry__agency=agency).values_list(
        "entry_id", "name", "content_type", "size", "sha256", "file"
    )
    for entry_id, name, ctype, size, sha, path in rows.iterator(chunk_size=2000):
        out.setdefault(entry_id, []).append((name, ctype, size, sha, path))
    return out


def _file_digest(path: str) -> str | None:
    try:
        with default_storage.open(path, "rb") as handle:
            digest = hashlib.sha256()
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
            return digest.hexdigest()
    except (FileNotFoundError, OSError, ValueError):
        return None


def verify_chain(agency: Agency, *, check_files: bool = True, chunk_size: int = 5000) -> VerifyResult:
    """Recompute the agency's whole chain; stop at the first break."""
    result = VerifyResult(agency_id=agency.pk)
    attachments = _attachments_by_entry(agency)
    seen: dict[int, str] = {}  # entry id -> entry_hash, for corrections
    expected_seq, prev = 1, canonical.GENESIS
    rows = Entry.objects.filter(agency=agency).order_by("seq").values_list(*ENTRY_COLUMNS)
    for row in rows.iterator(chunk_size=chunk_size):
        values = dict(zip(ENTRY_COLUMNS, row, strict=True))
        seq = values["seq"]
        if seq != expected_seq:
            return result.fail(
                expected_seq,
                MISSING,
                f"expected entry {expected_seq}, found {seq}: entries {expected_seq}-{seq - 1} missing",
            )
        atts = attachments.get(values["id"], [])
        obj = canonical.content(
            agency_id=agency.pk,
            seq=seq,
            case_id=values["case_id"],
            case_number=values["case_number"],
            people=values["people"],
            channel=values["channel"],
            platform_id=values["platform_id"],
            platform_slug=values["platform_slug"],
            account_id=values["account_id"],
            account_identifier=values["account_identifier"],
            direction=values["direction"],
            occurred_at=values["occurred_at"],
            summary=values["summary"],
            text_sent=values["text_sent"],
            verdict=values["verdict"],
            check_summary=values["check_summary"],
            corrects_hash=values["corrects_hash"],
            recorded_by_id=values["recorded_by_id"],
            recorded_by_username=values["recorded_by_username"],
            recorded_at=values["recorded_at"],
            attachments=[a[:4] for a in atts],
            prev_hash=values["prev_hash"],
        )
        computed = canonical.digest(obj)
        if computed != values["entry_hash"]:
            return result.fail(
                seq, ALTERED, f"entry {seq}: stored hash {values['entry_hash']}, content hashes to {computed}"
            )
        if values["prev_hash"] != prev:
            return result.fail(seq, LINK, f"entry {seq}: prev_hash {values['prev_hash']}, previous entry's hash {prev}")
        linked = values["corrects_id"] is not None or values["corrects_hash"]
        if linked and seen.get(values["corrects_id"]) != values["corrects_hash"]:
            return result.fail(
                seq,
                CORRECTS,
                f"entry {seq}: corrects {values['corrects_hash']}, which is not the hash of the entry it references",
            )
        if check_files:
            for _name, _ctype, _size, sha, path in atts:
                actual = _file_digest(path)
                if actual is None:
                    return result.fail(seq, FILE_MISSING, f"entry {seq}: file of attachment {sha} is missing")
                if actual != sha:
                    return result.fail(seq, FILE_ALTERED, f"entry {seq}: attachment {sha} now hashes to {actual}")
                result.files_checked += 1
        seen[values["id"]] = values["entry_hash"]
        prev = values["entry_hash"]
        result.checked += 1
        result.last_seq, result.last_hash = seq, prev
        expected_seq += 1
    head = ChainHead.objects.filter(agency=agency).values_list("last_seq", "last_hash").first()
    if head is None:
        if result.checked:
            return result.fail(result.last_seq, HEAD_MISSING, "entries exist but the chain head is missing")
        return result
    head_seq, head_hash = head
    if head_seq != result.last_seq or head_hash != result.last_hash:
        where = min(head_seq, result.last_seq) + 1
        return result.fail(
            where,
            HEAD_MISMATCH,
            f"head at entry {head_seq} ({head_hash}), last entry is {result.last_seq} ({result.last_hash})",
        )
    return result
