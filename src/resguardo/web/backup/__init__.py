"""Consistent online backup and safe restore of the whole installation: database and uploaded files.

SQLite: the sqlite3 online-backup API (a consistent snapshot while the server keeps running, WAL
included). PostgreSQL: pg_dump in custom format. Uploaded evidence (consent forms) travels with the
database, since a consent without its signed form is a lost record. The archive carries a manifest with
the SHA-256 of every member.

A restore replaces everything, so it trusts nothing in the archive: the tar headers, the manifest, every
checksum and the database itself (that it is Resguardo's and not from a newer schema) are all checked in
a staging folder inside the data directory before the live data is touched.

Layout: common (the refusal, fixed names), make (making a backup), restore (the order of a restore),
archive (tar headers and streamed extraction under size caps), manifest (its strict shape), database
(SQLite and PostgreSQL dump, schema checks, replacement), media (the uploads swap). Callers import from
here only.
"""

from __future__ import annotations

from .common import DB_MEMBER, FORMAT, MANIFEST, BackupError
from .make import make_backup
from .restore import Restored, restore_backup

__all__ = ["DB_MEMBER", "FORMAT", "MANIFEST", "BackupError", "Restored", "make_backup", "restore_backup"]
