"""The tar archive on restore: every header checked, then every member streamed out under size caps.

Its own module because the tar file is the untrusted input: headers are refused before any data is read
(so a gzip bomb is never inflated), and no member is written past the size its header declared or kept
unless it hashes to what the manifest says.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tarfile
from pathlib import Path
from typing import IO, Any

from django.conf import settings

from .common import DB_MEMBER, MANIFEST, BackupError, _canonical, _data_dir, _invalid_entry, _shown
from .manifest import MANIFEST_MAX_BYTES

DEFAULT_MAX_TOTAL_BYTES = 20 * 1024**3  # RESGUARDO_RESTORE_MAX_BYTES overrides it
MIN_MAX_FILE_BYTES = 64 * 1024**2  # an uploaded file; at least 4x the upload limit


def _too_large(name: str, size: int, limit: int) -> BackupError:
    return BackupError(
        f"{_shown(name)} pasa del límite de tamaño de la restauración ({size} > {limit} bytes)",
        f"{_shown(name)} is past the restore size limit ({size} > {limit} bytes)",
    )


def _limits() -> tuple[int, int]:
    """(per uploaded file, whole archive) uncompressed bytes."""
    raw = os.environ.get("RESGUARDO_RESTORE_MAX_BYTES", str(DEFAULT_MAX_TOTAL_BYTES))
    try:
        total = int(raw)
    except ValueError:
        raise BackupError(
            f"RESGUARDO_RESTORE_MAX_BYTES no es un número: {raw!r}",
            f"RESGUARDO_RESTORE_MAX_BYTES is not a number: {raw!r}",
        ) from None
    per_file = max(MIN_MAX_FILE_BYTES, 4 * int(getattr(settings, "MAX_UPLOAD_BYTES", 0)))
    return min(per_file, total), total


def _read_headers(tar: tarfile.TarFile) -> dict[str, tarfile.TarInfo]:
    """Every file member by name, refusing as soon as one header is wrong: before its data is even read,
    so a gzip bomb is never inflated."""
    per_file, total_limit = _limits()
    files: dict[str, tarfile.TarInfo] = {}
    total = 0
    for member in tar:
        name = member.name
        if not _canonical(name):
            raise _invalid_entry(name)
        if member.isdir():
            if name != "media" and not name.startswith("media/"):
                raise _invalid_entry(name)
            continue
        if member.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):  # links, devices, sparse files: never
            raise _invalid_entry(name)
        if name in files:
            raise BackupError(f"{_shown(name)} está dos veces en la copia", f"{_shown(name)} is twice in the backup")
        limit = MANIFEST_MAX_BYTES if name == MANIFEST else per_file if name.startswith("media/") else total_limit
        if member.size > limit:
            raise _too_large(name, member.size, limit)
        total += member.size
        if total > total_limit:
            raise _too_large("(total)", total, total_limit)
        files[name] = member
    return files


def _check_listing(manifest: dict[str, Any], files: dict[str, tarfile.TarInfo]) -> None:
    listed = set(manifest["sha256"])
    present = set(files) - {MANIFEST}
    if extra := sorted(present - listed):
        raise BackupError(
            f"{_shown(extra[0])} no figura en el manifiesto", f"{_shown(extra[0])} is not listed in the manifest"
        )
    if missing := sorted(listed - present):
        raise BackupError(
            f"{_shown(missing[0])} falta en la copia", f"{_shown(missing[0])} is missing from the archive"
        )
    needed = sum(m.size for m in files.values()) * 2  # staged, then written again into the live data
    free = shutil.disk_usage(_data_dir()).free
    if needed > free:
        raise BackupError(
            f"No hay espacio suficiente para restaurar (hacen falta {needed} bytes, hay {free})",
            f"not enough disk space to restore ({needed} bytes needed, {free} free)",
        )


def _extract_member(src: IO[bytes], target: Path, member: tarfile.TarInfo, digest: str) -> None:
    """Stream one member to disk, hashing it and counting bytes: no more than its header said."""
    sha = hashlib.sha256()
    written = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("xb") as out:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            written += len(chunk)
            if written > member.size:
                raise _too_large(member.name, written, member.size)
            sha.update(chunk)
            out.write(chunk)
    if written != member.size or sha.hexdigest() != digest:
        raise BackupError(
            f"La copia no está íntegra: {_shown(member.name)}", f"the backup is not intact: {_shown(member.name)}"
        )


def _extract(
    tar: tarfile.TarFile,
    files: dict[str, tarfile.TarInfo],
    manifest: dict[str, Any],
    staging: Path,
    media_staging: Path,
) -> Path:
    """Every listed member into staging (the database) or media_staging (uploads); returns the database."""
    for name, member in files.items():
        if name == MANIFEST:
            continue
        target = media_staging / name.removeprefix("media/") if name.startswith("media/") else staging / name
        src = tar.extractfile(member)
        assert src is not None  # a regular file (checked)
        _extract_member(src, target, member, manifest["sha256"][name])
    return staging / DB_MEMBER[manifest["database"]]
