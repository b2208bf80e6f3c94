"""The archive's manifest: read with a size cap, and checked field by field before anything is trusted.

Its own module because the manifest is the one member whose content (not only its bytes) decides what the
restore does: which database engine, which members exist and what each must hash to.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tarfile
from typing import Any

from .common import DB_MEMBER, FORMAT, MANIFEST, BackupError, _canonical, _invalid_entry, _is_sqlite, _shown

MANIFEST_MAX_BYTES = 16 * 1024 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def _bad_manifest(what: str) -> BackupError:
    return BackupError(
        f"El manifiesto de la copia no es válido ({what})", f"the backup's manifest is not valid ({what})"
    )


def _load_manifest(tar: tarfile.TarFile, files: dict[str, tarfile.TarInfo]) -> dict[str, Any]:
    if MANIFEST not in files:
        raise BackupError("Falta el manifiesto", "the manifest is missing")
    stream = tar.extractfile(files[MANIFEST])
    assert stream is not None  # a regular file (checked)
    try:
        manifest = json.loads(stream.read(MANIFEST_MAX_BYTES + 1).decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except ValueError as exc:  # JSON and UTF-8 errors
        raise _bad_manifest("JSON") from exc
    _check_manifest(manifest)
    return manifest


def _check_manifest(manifest: Any) -> None:
    """Strict shape: keys other than these are ignored; every one of these must be right."""
    if not isinstance(manifest, dict):
        raise _bad_manifest("not an object")
    if manifest.get("format") != FORMAT:
        raise BackupError("Formato de copia desconocido (format)", "unknown backup format (format)")
    database = manifest.get("database")
    if database not in DB_MEMBER:
        raise _bad_manifest("database")
    expected = "sqlite" if _is_sqlite() else "postgresql"
    if database != expected:
        raise BackupError(
            f"La copia es de {database} y esta instalación usa {expected}",
            f"the backup is from {database}, this installation uses {expected}",
        )
    created = manifest.get("created")
    try:
        dt.datetime.fromisoformat(created)  # type: ignore[arg-type]  # refused below when not a str
    except (TypeError, ValueError):
        raise _bad_manifest("created") from None
    if not isinstance(manifest.get("version", ""), str) or type(manifest.get("files", 0)) is not int:
        raise _bad_manifest("version, files")
    sums = manifest.get("sha256")
    if not isinstance(sums, dict):
        raise _bad_manifest("sha256")
    for name, digest in sums.items():
        if not isinstance(digest, str) or not _HEX64.fullmatch(digest):
            raise _bad_manifest(f"sha256 {_shown(name)}")
        if name != DB_MEMBER[database] and not (name.startswith("media/") and _canonical(name)):
            raise _invalid_entry(name)
    if DB_MEMBER[database] not in sums:
        raise BackupError("La copia no contiene la base de datos", "the backup holds no database")
