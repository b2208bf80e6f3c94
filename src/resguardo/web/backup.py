"""Consistent online backup and safe restore of the whole installation: database and uploaded files.

SQLite: the sqlite3 online-backup API (a consistent snapshot while the server keeps running, WAL
included). PostgreSQL: pg_dump in custom format. Uploaded evidence (consent forms) travels with the
database, since a consent without its signed form is a lost record. The archive carries a manifest with
the SHA-256 of every member.

A restore replaces everything, so it trusts nothing in the archive: the tar headers, the manifest, every
checksum and the database itself (that it is Resguardo's and not from a newer schema) are all checked in
a staging folder inside the data directory before the live data is touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.db import connections

from resguardo import __version__

FORMAT = "resguardo-backup-1"
MANIFEST = "manifest.json"
DB_MEMBER = {"sqlite": "db.sqlite3", "postgresql": "db.dump"}
MANIFEST_MAX_BYTES = 16 * 1024 * 1024
DEFAULT_MAX_TOTAL_BYTES = 20 * 1024**3  # RESGUARDO_RESTORE_MAX_BYTES overrides it
MIN_MAX_FILE_BYTES = 64 * 1024**2  # an uploaded file; at least 4x the upload limit
PROJECT_APPS = ("casework", "records")  # a Resguardo database has migrations of these
_HEX64 = re.compile(r"[0-9a-f]{64}")
_PG_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ", re.MULTILINE)
_SQL_NAME = re.compile(r"[a-z_][a-z0-9_]*")


class BackupError(Exception):
    """A refusal, with its message in Spanish and English; str() gives both (logs, other callers)."""

    def __init__(self, es: str, en: str) -> None:
        super().__init__(f"{es} / {en}")
        self.es = es
        self.en = en


@dataclass
class Restored:
    manifest: dict[str, Any]
    pending_migrations: list[str] = field(default_factory=list)  # app.name the backup predates


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


def _pg_env() -> tuple[list[str], dict[str, str]]:
    db = _db()
    args = ["-h", str(db.get("HOST") or "127.0.0.1"), "-p", str(db.get("PORT") or 5432),
            "-U", str(db.get("USER") or "postgres")]
    env = {"PGPASSWORD": str(db.get("PASSWORD") or ""), "PATH": "/usr/bin:/bin:/usr/local/bin"}
    return args, env


def _pg_tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(name) is None:
        raise BackupError(f"{name} no está instalado (Debian: postgresql-client)",
                          f"{name} is not installed (Debian: postgresql-client)")
    _, env = _pg_env()
    return subprocess.run([name, *args], env=env, capture_output=True, text=True, check=False)


def _dump_database(dest_dir: Path) -> Path:
    if _is_sqlite():
        target = dest_dir / "db.sqlite3"
        source = sqlite3.connect(str(_db()["NAME"]))
        try:
            copy = sqlite3.connect(str(target))
            with copy:
                source.backup(copy)
            copy.close()
        finally:
            source.close()
        return target
    target = dest_dir / "db.dump"
    args, _ = _pg_env()
    result = _pg_tool("pg_dump", "-Fc", "--no-owner", *args, "-f", str(target), str(_db()["NAME"]))
    if result.returncode != 0:
        raise BackupError(f"pg_dump: {result.stderr.strip()}", f"pg_dump: {result.stderr.strip()}")
    return target


def make_backup(out: Path) -> dict[str, Any]:
    out = Path(out)
    media = Path(settings.MEDIA_ROOT)
    # The database copy is case data: it is staged in the data directory, never in the system's /tmp.
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=_data_dir()) as tmp:
        db_file = _dump_database(Path(tmp))
        members: dict[str, str] = {db_file.name: _sha256(db_file)}
        files = sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []
        for path in files:
            members["media/" + path.relative_to(media).as_posix()] = _sha256(path)
        manifest = {
            "format": FORMAT, "version": __version__, "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "database": "sqlite" if _is_sqlite() else "postgresql", "files": len(files), "sha256": members,
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
            tar.add(db_file, arcname=db_file.name)
            for path in files:
                tar.add(path, arcname="media/" + path.relative_to(media).as_posix())
        partial.replace(out)  # never a half-written archive under the final name
    return manifest


# --- Restore: checks on the archive ---------------------------------------------------------------

def _shown(name: str) -> str:
    return repr(name[:200])


def _canonical(name: str) -> bool:
    """A relative path with no empty, '.' or '..' part and no control characters (they would reach the terminal)."""
    if not name or name.startswith("/") or "\\" in name or any(ord(c) < 32 or ord(c) == 127 for c in name):
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _invalid_entry(name: str) -> BackupError:
    return BackupError(f"Entrada no válida en la copia: {_shown(name)}", f"invalid entry in the backup: {_shown(name)}")


def _too_large(name: str, size: int, limit: int) -> BackupError:
    return BackupError(f"{_shown(name)} pasa del límite de tamaño de la restauración ({size} > {limit} bytes)",
                       f"{_shown(name)} is past the restore size limit ({size} > {limit} bytes)")


def _limits() -> tuple[int, int]:
    """(per uploaded file, whole archive) uncompressed bytes."""
    raw = os.environ.get("RESGUARDO_RESTORE_MAX_BYTES", str(DEFAULT_MAX_TOTAL_BYTES))
    try:
        total = int(raw)
    except ValueError:
        raise BackupError(f"RESGUARDO_RESTORE_MAX_BYTES no es un número: {raw!r}",
                          f"RESGUARDO_RESTORE_MAX_BYTES is not a number: {raw!r}") from None
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


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def _bad_manifest(what: str) -> BackupError:
    return BackupError(f"El manifiesto de la copia no es válido ({what})",
                       f"the backup's manifest is not valid ({what})")


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
        raise BackupError(f"La copia es de {database} y esta instalación usa {expected}",
                          f"the backup is from {database}, this installation uses {expected}")
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


def _check_listing(manifest: dict[str, Any], files: dict[str, tarfile.TarInfo]) -> None:
    listed = set(manifest["sha256"])
    present = set(files) - {MANIFEST}
    if extra := sorted(present - listed):
        raise BackupError(f"{_shown(extra[0])} no figura en el manifiesto",
                          f"{_shown(extra[0])} is not listed in the manifest")
    if missing := sorted(listed - present):
        raise BackupError(f"{_shown(missing[0])} falta en la copia",
                          f"{_shown(missing[0])} is missing from the archive")
    needed = sum(m.size for m in files.values()) * 2  # staged, then written again into the live data
    free = shutil.disk_usage(_data_dir()).free
    if needed > free:
        raise BackupError(f"No hay espacio suficiente para restaurar (hacen falta {needed} bytes, hay {free})",
                          f"not enough disk space to restore ({needed} bytes needed, {free} free)")


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
        raise BackupError(f"La copia no está íntegra: {_shown(member.name)}",
                          f"the backup is not intact: {_shown(member.name)}")


def _extract(tar: tarfile.TarFile, files: dict[str, tarfile.TarInfo], manifest: dict[str, Any],
             staging: Path, media_staging: Path) -> Path:
    """Every listed member into staging (the database) or media_staging (uploads); returns the database."""
    for name, member in files.items():
        if name == MANIFEST:
            continue
        target = media_staging / name.removeprefix("media/") if name.startswith("media/") else staging / name
        src = tar.extractfile(member)
        assert src is not None  # a regular file (checked)
        _extract_member(src, target, member, manifest["sha256"][name])
    return staging / DB_MEMBER[manifest["database"]]


# --- Restore: checks on the database -------------------------------------------------------------

def _not_resguardo(why: str) -> BackupError:
    return BackupError(f"La base de datos de la copia no es de Resguardo ({why})",
                       f"the database in the backup is not a Resguardo database ({why})")


def _sqlite_facts(path: Path) -> tuple[set[tuple[str, str]], set[str]]:
    """(recorded migrations, tables) of a staged SQLite file, opened read-only and checked for damage."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"No se pudo abrir la base de datos de la copia ({exc})",
                          f"cannot open the database in the backup ({exc})") from exc
    try:
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise BackupError("La copia no contiene una base de datos SQLite",
                              "the database in the backup is not an SQLite database") from exc
        try:
            report = conn.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            report = [(str(exc),)]
        if report != [("ok",)]:
            raise BackupError(f"La base de datos de la copia está dañada ({report[0][0]})",
                              f"the database in the backup is damaged ({report[0][0]})")
        if "django_migrations" not in tables:
            raise _not_resguardo("django_migrations")
        recorded = {(str(a), str(n)) for a, n in conn.execute("SELECT app, name FROM django_migrations")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"La base de datos de la copia está dañada ({exc})",
                          f"the database in the backup is damaged ({exc})") from exc
    finally:
        conn.close()
    return recorded, tables


def _postgres_facts(dump: Path) -> tuple[set[tuple[str, str]], set[str]]:
    """(recorded migrations, tables) of a pg_dump custom archive, read with pg_restore: no database needed."""
    listing = _pg_tool("pg_restore", "--list", str(dump))
    if listing.returncode != 0:
        raise BackupError("La base de datos de la copia no es un volcado válido de PostgreSQL",
                          "the database in the backup is not a valid PostgreSQL dump")
    tables = {name for _, name in _PG_TABLE.findall(listing.stdout)}
    if "django_migrations" not in tables:
        raise _not_resguardo("django_migrations")
    data = _pg_tool("pg_restore", "--data-only", "--table=django_migrations", "-f", "-", str(dump))
    recorded: set[tuple[str, str]] = set()
    rows = data.stdout.split("COPY public.django_migrations (id, app, name, applied) FROM stdin;\n", 1)
    if data.returncode != 0 or len(rows) != 2:
        raise _not_resguardo("django_migrations")
    for line in rows[1].split("\n"):
        if line == "\\.":
            break
        fields = line.split("\t")
        if len(fields) != 4:
            raise _not_resguardo("django_migrations")
        recorded.add((fields[1], fields[2]))
    return recorded, tables


def _check_schema(recorded: set[tuple[str, str]], tables: set[str]) -> list[str]:
    """Refuse a database that is not Resguardo's, or is from a newer schema; return the migrations it lacks."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.graph.nodes)
    missing_apps = sorted(set(PROJECT_APPS) - {app for app, _ in recorded})
    if missing_apps:
        raise _not_resguardo(", ".join(missing_apps))
    unknown = sorted(recorded - known)
    if unknown:
        app, name = unknown[0]
        raise BackupError(f"La copia es de una versión más reciente de Resguardo (migración {app}.{name}); "
                          "restáurela con esa versión",
                          f"the backup is from a newer version of Resguardo (migration {app}.{name}); "
                          "restore it with that version")
    # The tables the recorded migrations create must be there (a forged django_migrations is not enough).
    state = loader.project_state(nodes=sorted(recorded), at_end=True)
    promised = {m._meta.db_table for m in state.apps.get_models(include_auto_created=True)
                if m._meta.managed and not m._meta.proxy}
    absent = sorted(promised - tables)
    if absent:
        raise BackupError(f"La base de datos de la copia está incompleta (falta la tabla {absent[0]})",
                          f"the database in the backup is incomplete (table {absent[0]} is missing)")
    return [f"{app}.{name}" for app, name in sorted(known - recorded)]


# --- Restore: replacing the live data ------------------------------------------------------------

def _replace_sqlite(staged: Path) -> None:
    source = sqlite3.connect(f"{staged.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    live = sqlite3.connect(str(_db()["NAME"]), timeout=30)
    try:
        with live:
            source.backup(live)  # one transaction on the live file: a failure leaves it as it was
    except sqlite3.Error as exc:
        raise BackupError(f"No se pudo escribir la base de datos ({exc})",
                          f"cannot write the database ({exc})") from exc
    finally:
        source.close()
        live.close()


def _replace_postgresql(dump: Path, staging: Path) -> None:
    """Turn the dump into SQL first (which reads every byte of it), then run it in ONE transaction after
    dropping what is there now, so tables of a newer live schema do not survive beside an older backup and a
    failure leaves the live database as it was."""
    script = staging / "restore.sql"
    made = _pg_tool("pg_restore", "--no-owner", "-f", str(script), str(dump))
    if made.returncode != 0:
        raise BackupError(f"pg_restore: {made.stderr.strip()}", f"pg_restore: {made.stderr.strip()}")
    drop = """DO $$DECLARE r record; BEGIN
      FOR r IN SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE 'DROP TABLE IF EXISTS ' || r.t || ' CASCADE'; END LOOP;
      FOR r IN SELECT format('%I.%I', sequence_schema, sequence_name) AS s FROM information_schema.sequences
               WHERE sequence_schema = 'public' LOOP EXECUTE 'DROP SEQUENCE IF EXISTS ' || r.s || ' CASCADE'; END LOOP;
      FOR r IN SELECT p.oid::regprocedure::text AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid
               AND d.deptype = 'e') LOOP EXECUTE 'DROP FUNCTION IF EXISTS ' || r.f || ' CASCADE'; END LOOP;
    END$$;"""
    args, _ = _pg_env()
    result = _pg_tool("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", *args,
                      "-d", str(_db()["NAME"]), "-c", drop, "-f", str(script))
    if result.returncode != 0:
        raise BackupError(f"No se restauró la base de datos; sigue como estaba (psql: {result.stderr.strip()})",
                          f"the database was not restored and is as it was (psql: {result.stderr.strip()})")


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
            raise BackupError(f"La copia está dañada o no es una copia de Resguardo ({exc})",
                              f"the backup is damaged or not a Resguardo backup ({exc})") from exc
        facts = _sqlite_facts(db_file) if manifest["database"] == "sqlite" else _postgres_facts(db_file)
        pending = _check_schema(*facts)
        if confirm is not None and not confirm(manifest):
            return None
        # Everything checked: now replace. Uploads first (kept until the database is in), then the database.
        connections.close_all()
        try:
            old_media = _swap_in_media(media_staging, media)
        except OSError as exc:
            raise BackupError(f"No se pudieron reemplazar los archivos adjuntos ({exc})",
                              f"cannot replace the attached files ({exc})") from exc
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
