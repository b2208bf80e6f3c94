"""Uploaded files (signed consent forms) on restore: swapped in by renaming, and back if the database fails.

Its own module because the uploads are replaced by a different mechanism from the database (a rename on
the same file system, not a transaction), and the old folder must survive until the whole restore succeeds.
"""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path


def _swap_in_media(staged: Path, media: Path) -> Path | None:
    """Put the restored uploads in place by renaming; returns the old folder, kept until the restore succeeds."""
    old = None
    if media.exists():
        staged.chmod(media.stat().st_mode & 0o7777)
        old = media.with_name(f".{media.name}-old-{secrets.token_hex(4)}")
        media.rename(old)
    try:
        staged.rename(media)
    except OSError:
        if old is not None:
            old.rename(media)
        raise
    return old


def _swap_back_media(media: Path, old: Path | None) -> None:
    shutil.rmtree(media, ignore_errors=True)
    if old is not None:
        old.rename(media)
