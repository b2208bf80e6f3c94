"""What every step of a backup or a restore shares: the refusal, the archive's fixed names, this installation.

Its own module so that manifest, archive, database and media checks can each import it without importing
one another: it depends on nothing else in the package.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from django.conf import settings

FORMAT = "resguardo-backup-1"
MANIFEST = "manifest.json"
DB_MEMBER = {"sqlite": "db.sqlite3", "postgresql": "db.dump"}


class BackupError(Exception):
    """A refusal, with its message in Spanish and English; str() gives both (logs, other callers)."""

    def __init__(self, es: str, en: str) -> None:
        super().__init__(f"{es} / {en}")
        self.es = es
        self.en = en


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _db() -> dict[str, Any]:
    return settings.DATABASES["default"]


def _is_sqlite() -> bool:
    return str(_db()["ENGINE"]).endswith("sqlite3")


def _data_dir() -> Path:
    path = Path(getattr(settings, "DATA_DIR", Path(settings.MEDIA_ROOT).parent))
    path.mkdir(parents=True, exist_ok=True)
    return path


# --- Member names: the manifest lists them and the tar headers carry them; both are checked alike --------


def _shown(name: str) -> str:
    return repr(name[:200])


def _canonical(name: str) -> bool:
    """A relative path with no empty, '.' or '..' part and no control characters (they would reach the terminal)."""
    if not name or name.startswith("/") or "\\" in name or any(ord(c) < 32 or ord(c) == 127 for c in name):
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _invalid_entry(name: str) -> BackupError:
    return BackupError(f"Entrada no válida en la copia: {_shown(name)}", f"invalid entry in the backup: {_shown(name)}")
