"""Sanitized photos between "check" and "mark as sent": files under DATA_DIR/compose/<user id>/, named by a
random token, readable only by the user who uploaded them, removed after a day. Written to a temporary name
and renamed when complete (``resguardo.casework.atomic_files``); ``clean_orphan_files`` removes leftovers."""

from __future__ import annotations

import json
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings

from resguardo.casework.atomic_files import write_atomic

MAX_AGE = 24 * 3600
_TOKEN = re.compile(r"^[a-f0-9]{32}$")


@dataclass
class StoredPhoto:
    token: str
    name: str
    format: str
    report: dict[str, Any]
    path: Path

    def read(self) -> bytes:
        return self.path.read_bytes()

    @property
    def content_type(self) -> str:
        return "image/png" if self.format.upper() == "PNG" else "image/jpeg"


def _folder(user_id: int) -> Path:
    folder = Path(settings.DATA_DIR) / "compose" / str(int(user_id))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _cleanup(folder: Path) -> None:
    limit = time.time() - MAX_AGE
    for path in folder.iterdir():
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass


def save(user_id: int, name: str, data: bytes, fmt: str, report: dict[str, Any]) -> StoredPhoto:
    folder = _folder(user_id)
    _cleanup(folder)
    token = secrets.token_hex(16)
    path = folder / f"{token}.img"
    # Each file under a temporary name first (a crash leaves no half photo); the .json last, since a photo
    # exists for load() only once both are there.
    write_atomic(path, data)
    write_atomic(folder / f"{token}.json", json.dumps({"name": name, "format": fmt, "report": report}).encode("utf-8"))
    return StoredPhoto(token, name, fmt, report, path)


def load(user_id: int, token: str) -> StoredPhoto | None:
    if not _TOKEN.match(token or ""):
        return None
    folder = _folder(user_id)
    path, meta = folder / f"{token}.img", folder / f"{token}.json"
    if not path.is_file() or not meta.is_file():
        return None
    info = json.loads(meta.read_text(encoding="utf-8"))
    return StoredPhoto(token, info["name"], info["format"], info["report"], path)
