"""Reading what the user gives us, with one clear error for each way it can be wrong."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..engine import Lang, ScanRequest
from ..engine.messages import os_error_reason
from .messages import t

MAX_FILE_MB = 20


class InputError(Exception):
    """A problem with the user's input; the message is already in the user's language."""


def decode(data: bytes, name: str, encoding: str | None, ui: Lang) -> str:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise InputError(t("unknown_encoding", ui, encoding=encoding)) from exc
        return data.decode(encoding, errors="replace")
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(t("binary", ui, path=name))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(t("encoding", ui, path=name, position=exc.start)) from exc


def read_file(path: Path, encoding: str | None, ui: Lang) -> str:
    if not path.exists():
        raise InputError(t("not_found", ui, path=path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_MB * 1024 * 1024:
            raise InputError(t("too_big", ui, path=path, size=round(size / 1048576, 1), limit=MAX_FILE_MB))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(t("unreadable", ui, path=path, error=os_error_reason(exc, ui))) from exc
    return decode(data, str(path), encoding, ui)


def read_stream(stream: BinaryIO, encoding: str | None, ui: Lang) -> str:
    data = stream.read(MAX_FILE_MB * 1024 * 1024 + 1)
    if len(data) > MAX_FILE_MB * 1024 * 1024:
        raise InputError(t("too_big", ui, path="stdin", size=f">{MAX_FILE_MB}", limit=MAX_FILE_MB))
    return decode(data, "stdin", encoding, ui)


@dataclass
class JsonlItem:
    line: int
    id: object
    request: ScanRequest | None = None
    error: str | None = None


_AUDIENCES = ("public", "private")
_LANGS = ("es", "en")


def parse_line(
    raw: bytes, line: int, defaults: ScanRequest, encoding: str | None, ui: Lang, max_chars: int
) -> JsonlItem:
    try:
        text = raw.decode(encoding or "utf-8-sig", errors="replace" if encoding else "strict")
    except UnicodeDecodeError:
        return JsonlItem(line, None, error=t("line_encoding", ui))
    try:
        row = json.loads(text)
    except json.JSONDecodeError as exc:
        return JsonlItem(line, None, error=t("bad_json_at", ui, column=exc.colno))
    if not isinstance(row, dict):
        return JsonlItem(line, None, error=t("not_object", ui))
    item_id = row.get("id", line)
    if not isinstance(row.get("text"), str):
        return JsonlItem(line, item_id, error=t("no_text_field", ui))
    if len(row["text"]) > max_chars:
        return JsonlItem(line, item_id, error=t("too_long", ui, length=len(row["text"]), limit=max_chars))
    lang = row.get("lang", defaults.lang)
    if lang in ("auto", None):
        lang = defaults.lang
    audience = row.get("audience", defaults.audience)
    for field, value, allowed in (("lang", lang, (*_LANGS, None)), ("audience", audience, _AUDIENCES)):
        if value not in allowed:
            return JsonlItem(line, item_id, error=t("bad_field", ui, field=field, value=value))
    platform = row.get("platform", defaults.platform)
    if platform is not None and not isinstance(platform, str):
        return JsonlItem(line, item_id, error=t("bad_field", ui, field="platform", value=platform))
    request = ScanRequest(row["text"], lang, audience, platform, defaults.ui_lang)
    return JsonlItem(line, item_id, request=request)


def iter_jsonl(
    stream: BinaryIO, defaults: ScanRequest, encoding: str | None, ui: Lang, max_chars: int
) -> Iterator[tuple[JsonlItem, int]]:
    """Yield each non-blank line's item and the bytes read so far (for the progress bar)."""
    consumed = 0
    for number, raw in enumerate(stream, start=1):
        consumed += len(raw)
        if not raw.strip():
            continue
        yield parse_line(raw, number, defaults, encoding, ui, max_chars), consumed
