"""Restoring a backup: the order of the steps, and the guarantee that a refusal leaves the live data untouched.

Its own module because this is the one place that sequences the checks (archive, manifest, database schema)
before the replacement (uploads, then database) and undoes the uploads if the database cannot be written.
"""

from __future__ import annotations

import shutil
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connections

from .archive import _check_listing, _extract, _read_headers
from .common import BackupError, _data_dir
from .database import _check_schema, _postgres_facts, _replace_postgresql, _replace_sqlite, _sqlite_facts
from .manifest import _load_manifest
from .media import _swap_back_media, _swap_in_media


@dataclass
class Restored:
    manifest: dict[str, Any]
    pending_migrations: list[str] = field(default_factory=list)  # app.name the backup predates


def restore_backup(archive: Path, confirm: Callable[[dict[str, Any]], bool] | None = None) -> Restored | None:
    """Check the whole archive, then (if `confirm` agrees) replace the live database and uploads.

    Returns None when `confirm` declines; raises BackupError, with the live data untouched, on any refusal."""
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"No existe: {archive}", f"not found: {archive}")
    media = Path(settings.MEDIA_ROOT)
    media.parent.mkdir(parents=True, exist_ok=True)
    # Staging beside the live data (same file system, so media can be renamed in; case data never in /tmp).
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=_data_dir()))
    media_staging = Path(tempfile.mkdtemp(prefix=f".{media.name}-restore-", dir=media.parent))
    try:
        try:
            with tarfile.open(archive, "r:gz") as tar:
                files = _read_headers(tar)
                manifest = _load_manifest(tar, files)
                _check_listing(manifest, files)
                db_file = _extract(tar, files, manifest, staging, media_staging)
        except (tarfile.TarError, OSError, EOFError, UnicodeError) as exc:
            raise BackupError(
                f"La copia está dañada o no es una copia de Resguardo ({exc})",
                f"the backup is damaged or not a Resguardo backup ({exc})",
            ) from exc
        facts = _sqlite_facts(db_file) if manifest["database"] == "sqlite" else _postgres_facts(db_file)
        pending = _check_schema(*facts)
        if confirm is not None and not confirm(manifest):
            return None
        # Everything checked: now replace. Uploads first (kept until the database is in), then the database.
        connections.close_all()
        try:
            old_media = _swap_in_media(media_staging, media)
        except OSError as exc:
            raise BackupError(
                f"No se pudieron reemplazar los archivos adjuntos ({exc})", f"cannot replace the attached files ({exc})"
            ) from exc
        try:
            if manifest["database"] == "sqlite":
                _replace_sqlite(db_file)
            else:
                _replace_postgresql(db_file, staging)
        except BaseException:
            _swap_back_media(media, old_media)
            raise
        if old_media is not None:
            shutil.rmtree(old_media, ignore_errors=True)
        return Restored(manifest, pending)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(media_staging, ignore_errors=True)
