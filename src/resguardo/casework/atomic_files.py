"""Writing case files so that a crash never leaves a half-written file under a real name.

Every file with case data (record attachments, signed consent forms, sanitized photos) is written to a
temporary name in the folder it will live in (``.<final name>.<random>.tmp``), flushed to disk with fsync,
and only then given its final name. Nothing here imports Django models, so any layer can use it.

Files that belong to a database row (attachments, signed forms) are *placed* with a hard link inside the
transaction that inserts the row, and the temporary name is kept until the transaction commits
(``transaction.on_commit``). Until then the file has two names; the temporary one says "not committed yet":

- the transaction rolls back inside the function that placed the file: ``discard`` removes both names;
- a caller's outer transaction rolls back, or the process is killed before the commit: both names stay, and
  ``resguardo.records.orphans.clean_orphan_files`` removes the file (no row points to it) once the temporary
  name is old enough;
- the process is killed while writing: only the temporary name exists; the cleanup removes it.

A file that still has its temporary link is never reused by another upload of the same bytes, so a rollback
can delete it without taking a file another entry points to.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CHUNK = 64 * 1024
TEMP_SUFFIX = ".tmp"
FILE_MODE = 0o600  # case data: readable by the service's user only


def is_temp_name(name: str) -> bool:
    """True for a temporary name made by this module (the last path component is checked)."""
    base = name.rsplit("/", 1)[-1]
    return base.startswith(".") and base.endswith(TEMP_SUFFIX)


def final_name_of(temp: Path) -> Path | None:
    """The final path a temporary file was written for (``.<final>.<random>.tmp`` -> ``<final>``)."""
    if not is_temp_name(temp.name):
        return None
    stem = temp.name[1 : -len(TEMP_SUFFIX)]
    final, dot, _random = stem.rpartition(".")
    return temp.with_name(final) if dot and final else None


def _temp_path(final: Path) -> Path:
    return final.with_name(f".{final.name}.{secrets.token_hex(8)}{TEMP_SUFFIX}")


def _write_all(fd: int, chunk: bytes | memoryview) -> None:
    view = memoryview(chunk)
    while view:
        view = view[os.write(fd, view) :]


def _fsync_dir(folder: Path) -> None:
    # The rename or link is durable only once the directory entry is on disk too.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_temp(final: Path, content: bytes | Iterable[bytes]) -> Path:
    """Write ``content`` (bytes, or chunks of bytes) to a new temporary name next to ``final``, fsync it and
    return its path. On any error the temporary file is removed and the error raised."""
    final.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_path(final)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    try:
        try:
            if isinstance(content, bytes | bytearray | memoryview):
                view = memoryview(content)
                for start in range(0, len(view), CHUNK):
                    _write_all(fd, view[start : start + CHUNK])
            else:
                for chunk in content:
                    _write_all(fd, chunk)
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def write_atomic(final: Path, content: bytes | Iterable[bytes]) -> Path:
    """For files without a database row: write to a temporary name, fsync, rename over ``final``."""
    temp = write_temp(final, content)
    try:
        os.replace(temp, final)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(final.parent)
    return final


@dataclass
class Placed:
    """A file given its final name while its temporary name still marks it as not committed."""

    temp: Path
    final: Path

    def commit(self) -> None:
        """The row is committed: drop the temporary name (run from ``transaction.on_commit``)."""
        self.temp.unlink(missing_ok=True)

    def discard(self) -> None:
        """The row was not committed: remove the file, but only if the final name is still ours."""
        with contextlib.suppress(OSError):
            if self.final.exists() and os.path.samefile(self.final, self.temp):
                self.final.unlink()
        self.temp.unlink(missing_ok=True)


def is_pending(path: Path) -> bool:
    """True when the file still has a temporary name too (placed by a transaction not yet committed)."""
    try:
        return path.stat().st_nlink > 1
    except OSError:
        return False


def place(temp: Path, final: Path) -> Placed:
    """Give the written ``temp`` file the name ``final`` as well (a hard link: never overwrites; raises
    FileExistsError when the name is taken)."""
    os.link(temp, final)
    _fsync_dir(final.parent)
    return Placed(temp=temp, final=final)


def place_available(temp: Path, final: Path) -> Placed:
    """Like ``place``, choosing ``<stem>_<random><suffix>`` when ``final`` is taken."""
    candidate = final
    while True:
        try:
            return place(temp, candidate)
        except FileExistsError:
            candidate = final.with_name(f"{final.stem}_{secrets.token_hex(4)}{final.suffix}")
