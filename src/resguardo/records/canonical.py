"""The canonical form of a record entry and its hash: what a court's expert needs to recompute the chain.

Each entry of the communication record is hashed as follows (format ``resguardo-record/1``).

1. Build a JSON object with exactly these keys (every stored column of the entry except its row id and the
   hash itself; values are the entry's own stored snapshots, never live data from other tables):

   ``format``        the string ``"resguardo-record/1"``
   ``agency``        the agency's id (integer)
   ``seq``           the entry's sequence number within its agency (integer, 1, 2, 3, ... with no gaps)
   ``case``          ``null`` (a post on the agency's public page) or ``{"id": <integer>, "number": <string>}``
                     (the case number as it was when the entry was recorded)
   ``people``        list, in the recorded order, of ``{"id": <integer or null>, "name": <string>,
                     "role": <string>}`` (names and roles as they were when recorded)
   ``channel``       one of ``social_media``, ``messaging``, ``sms``, ``phone``, ``in_person``,
                     ``virtual_visit``, ``email``
   ``platform``      ``null`` or ``{"id": <integer>, "slug": <string>}``
   ``account``       ``null`` or ``{"id": <integer>, "identifier": <string>}`` (the agency account used)
   ``direction``     ``outgoing`` or ``incoming``
   ``occurred_at``   when the contact happened, UTC, ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (always 6 fraction digits)
   ``summary``       the worker's summary (string, exactly as stored)
   ``text_sent``     the exact text sent (string, ``""`` when none)
   ``verdict``       the pre-send check's verdict at send time: ``""``, ``ok``, ``review`` or ``block``
   ``check_summary`` ``null`` or the check's reasons as JSON (objects, lists, strings, integers, booleans,
                     null; numbers with a fraction are stored as strings, so no float formatting is involved)
   ``corrects``      ``null`` or the ``entry_hash`` of the entry this one corrects
   ``recorded_by``   ``{"id": <integer>, "username": <string>}`` (the user name as it was when recorded)
   ``recorded_at``   when the entry was written, UTC, same format as ``occurred_at``
   ``attachments``   list of ``{"name": <string>, "content_type": <string>, "size": <integer bytes>,
                     "sha256": <64 lowercase hex>}``, sorted by ``sha256`` then ``name`` then ``size``
   ``prev_hash``     the ``entry_hash`` of the entry with ``seq - 1`` in the same agency; for ``seq`` 1,
                     64 zeros

2. Serialise it as JSON with keys sorted (at every level), no whitespace at all (separators ``,`` and ``:``),
   non-ASCII characters written as themselves (not ``\\u`` escapes), then encode it as UTF-8. In Python:
   ``json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")``.

3. ``entry_hash`` is the SHA-256 of those bytes, written as 64 lowercase hexadecimal digits.

The chain is intact when, for every agency, entries run ``seq`` 1..N without gaps, every ``entry_hash``
recomputes, every ``prev_hash`` equals the previous entry's ``entry_hash``, every attachment file's SHA-256
equals its recorded ``sha256``, and the agency's chain head records seq N and the last ``entry_hash``. A
printed or exported head hash is an anchor: a later chain that no longer contains it has been rewritten.
The JSON export carries each entry's object as ``content`` next to its ``entry_hash``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

FORMAT = "resguardo-record/1"
GENESIS = "0" * 64


class CanonicalError(ValueError):
    """A value that cannot be part of the canonical form (naive datetime, NaN, non-JSON type)."""


def utc_text(value: dt.datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise CanonicalError("record times must be timezone-aware")
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def clean_text(value: Any) -> str:
    """Text as stored: NUL characters removed (PostgreSQL cannot store them), nothing else changed."""
    return str(value if value is not None else "").replace("\x00", "")


def plain_json(value: Any) -> Any:
    """JSON that survives both databases and any JSON library unchanged: str keys, no floats (written as
    strings), no NUL characters. Tuples become lists."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CanonicalError("NaN and infinity cannot be recorded")
        return repr(value)
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, Mapping):
        return {clean_text(k): plain_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain_json(v) for v in value]
    raise CanonicalError(f"not JSON: {type(value).__name__}")


def people_snapshot(people: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for person in people:
        pid = person.get("id")
        if pid is not None and (isinstance(pid, bool) or not isinstance(pid, int)):
            raise CanonicalError("a person's id must be an integer or null")
        out.append({"id": pid, "name": clean_text(person.get("name")), "role": clean_text(person.get("role"))})
    return out


def attachments_list(attachments: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """(name, content_type, size, sha256) tuples as the sorted canonical list."""
    items = [{"name": str(n), "content_type": str(c), "size": int(s), "sha256": str(h)} for n, c, s, h in attachments]
    return sorted(items, key=lambda a: (a["sha256"], a["name"], a["size"]))


def content(
    *,
    agency_id: int,
    seq: int,
    case_id: int | None,
    case_number: str,
    people: Any,
    channel: str,
    platform_id: int | None,
    platform_slug: str,
    account_id: int | None,
    account_identifier: str,
    direction: str,
    occurred_at: dt.datetime,
    summary: str,
    text_sent: str,
    verdict: str,
    check_summary: Any,
    corrects_hash: str,
    recorded_by_id: int,
    recorded_by_username: str,
    recorded_at: dt.datetime,
    attachments: Iterable[Sequence[Any]],
    prev_hash: str,
) -> dict[str, Any]:
    """The canonical object of one entry, from its stored column values."""
    return {
        "format": FORMAT,
        "agency": agency_id,
        "seq": seq,
        "case": None if case_id is None else {"id": case_id, "number": case_number},
        "people": people_snapshot(people or []),
        "channel": channel,
        "platform": None if platform_id is None else {"id": platform_id, "slug": platform_slug},
        "account": None if account_id is None else {"id": account_id, "identifier": account_identifier},
        "direction": direction,
        "occurred_at": utc_text(occurred_at),
        "summary": summary,
        "text_sent": text_sent,
        "verdict": verdict,
        "check_summary": check_summary,
        "corrects": corrects_hash or None,
        "recorded_by": {"id": recorded_by_id, "username": recorded_by_username},
        "recorded_at": utc_text(recorded_at),
        "attachments": attachments_list(attachments),
        "prev_hash": prev_hash,
    }


def canonical_bytes(obj: Mapping[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def digest(obj: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(obj)).hexdigest()
