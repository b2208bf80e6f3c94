"""Removing what a killed process or a rolled-back transaction left behind (``manage clean_orphan_files``).

Removed, once older than ``older_than`` seconds (15 minutes by default, far longer than any request):

- temporary names in MEDIA_ROOT (``.<name>.<random>.tmp``, see ``resguardo.casework.atomic_files``): a file
  killed mid-write; and, when the final name is the same file and no row points to it, the file too (it was
  placed by a transaction that never committed);
- anything in FILE_UPLOAD_TEMP_DIR (uploads Django spooled to disk for a request that never ended);
- temporary names in DATA_DIR/compose/ and sanitized photos older than their one day.

Reported but kept: complete files in MEDIA_ROOT that no attachment or consent points to. Nothing the app does
should leave one, so a person should look (a restore from another installation, a file copied by hand)
rather than have the record's evidence deleted by a guess.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError

from resguardo.casework.atomic_files import final_name_of, is_pending, is_temp_name
from resguardo.casework.models import Consent
from resguardo.checks import photo_store
from resguardo.records.models import Attachment

DEFAULT_AGE = 15 * 60


@dataclass
class CleanupReport:
    dry_run: bool
    removed: list[Path] = field(default_factory=list)  # deleted (or, with dry_run, to be deleted)
    unreferenced: list[Path] = field(default_factory=list)  # complete media files no row points to: kept
    media_skipped: bool = False  # the database could not say which files are in use, so none was touched


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it readable by the service's user only."""
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def _files(root: Path) -> Iterator[Path]:
    if root.is_dir():
        for folder, _dirs, names in os.walk(root):
            for name in names:
                yield Path(folder) / name


def _older(path: Path, cutoff: float) -> bool:
    try:
        return path.lstat().st_mtime < cutoff
    except OSError:  # already gone
        return False


def _referenced(media: Path, path: Path) -> bool:
    name = path.relative_to(media).as_posix()
    return Attachment.objects.filter(file=name).exists() or Consent.objects.filter(evidence=name).exists()


def _remove(report: CleanupReport, path: Path) -> None:
    report.removed.append(path)
    if not report.dry_run:
        path.unlink(missing_ok=True)


def _clean_media(report: CleanupReport, media: Path, cutoff: float) -> None:
    complete: list[Path] = []
    for path in _files(media):
        if not is_temp_name(path.name):
            complete.append(path)
            continue
        if not _older(path, cutoff):
            continue  # a write or a transaction still under way
        final = final_name_of(path)
        if final is not None and final.exists() and os.path.samefile(final, path) and not _referenced(media, final):
            _remove(report, final)  # placed by a transaction that rolled back or was killed before its commit
        _remove(report, path)
    if not complete:
        return
    names = {str(name) for name in Attachment.objects.values_list("file", flat=True).iterator()}
    names |= {str(name) for name in Consent.objects.exclude(evidence="").values_list("evidence", flat=True)}
    for path in sorted(complete):
        if path in report.removed or is_pending(path):
            continue
        if path.relative_to(media).as_posix() not in names:
            report.unreferenced.append(path)


def clean_orphan_files(*, older_than: float = DEFAULT_AGE, dry_run: bool = False) -> CleanupReport:
    report = CleanupReport(dry_run=dry_run)
    cutoff = time.time() - older_than
    try:
        _clean_media(report, Path(settings.MEDIA_ROOT), cutoff)
    except DatabaseError:  # not migrated yet (e.g. at the first `serve`): the rest needs no database
        report.media_skipped = True
    upload_dir = getattr(settings, "FILE_UPLOAD_TEMP_DIR", None)
    if upload_dir:
        if not dry_run:
            private_dir(Path(upload_dir))
        for path in _files(Path(upload_dir)):
            if _older(path, cutoff):
                _remove(report, path)
    photo_cutoff = time.time() - photo_store.MAX_AGE
    for path in _files(Path(settings.DATA_DIR) / "compose"):
        if _older(path, cutoff if is_temp_name(path.name) else photo_cutoff):
            _remove(report, path)
    return report
