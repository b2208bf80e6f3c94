"""Consistent online backup and restore of the whole installation: database and uploaded files.

SQLite: the sqlite3 online-backup API (a consistent snapshot while the server keeps running, WAL
included). PostgreSQL: pg_dump in custom format and pg_restore --clean. Uploaded evidence (consent
forms) travels with the database, since a consent without its signed form is a lost record. The archive
carries a manifest with the SHA-256 of every member, checked before anything is replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.db import connections

from resguardo import __version__

FORMAT = "resguardo-backup-1"


class BackupError(Exception):
    pass


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


def _pg_env() -> tuple[list[str], dict[str, str]]:
    db = _db()
    args = ["-h", str(db.get("HOST") or "127.0.0.1"), "-p", str(db.get("PORT") or 5432),
            "-U", str(db.get("USER") or "postgres")]
    env = {"PGPASSWORD": str(db.get("PASSWORD") or ""), "PATH": "/usr/bin:/bin:/usr/local/bin"}
    return args, env


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
    args, env = _pg_env()
    if shutil.which("pg_dump") is None:
        raise BackupError("pg_dump no está instalado / pg_dump is not installed (Debian: postgresql-client)")
    result = subprocess.run(["pg_dump", "-Fc", "--no-owner", *args, "-f", str(target), str(_db()["NAME"])],
                            env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"pg_dump: {result.stderr.strip()}")
    return target


def make_backup(out: Path) -> dict[str, Any]:
    out = Path(out)
    media = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="resguardo-backup-") as tmp:
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
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
            tar.add(db_file, arcname=db_file.name)
            for path in files:
                tar.add(path, arcname="media/" + path.relative_to(media).as_posix())
        partial.replace(out)  # never a half-written archive under the final name
    return manifest


def _safe_member(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return bool(parts) and not PurePosixPath(name).is_absolute() and ".." not in parts


def restore_backup(archive: Path) -> dict[str, Any]:
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"No existe / not found: {archive}")
    with tempfile.TemporaryDirectory(prefix="resguardo-restore-") as tmp:
        root = Path(tmp)
        try:
            with tarfile.open(archive, "r:gz") as tar:
                members = tar.getmembers()
                for m in members:
                    if not _safe_member(m.name) or not (m.isfile() or m.isdir()):
                        raise BackupError(f"Entrada no válida en la copia / invalid entry in the backup: {m.name!r}")
                tar.extractall(root, filter="data")
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise BackupError(f"La copia está dañada o no es una copia de Resguardo / "
                              f"the backup is damaged or not a Resguardo backup ({exc})") from exc
        manifest_path = root / "manifest.json"
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise BackupError("Falta el manifiesto / the manifest is missing") from exc
        if manifest.get("format") != FORMAT:
            raise BackupError("Formato de copia desconocido / unknown backup format")
        for name, digest in manifest["sha256"].items():
            path = root / name
            if not _safe_member(name) or not path.is_file() or _sha256(path) != digest:
                raise BackupError(f"La copia no está íntegra / the backup is not intact: {name}")
        expected = "sqlite" if _is_sqlite() else "postgresql"
        if manifest["database"] != expected:
            raise BackupError(f"La copia es de {manifest['database']} y esta instalación usa {expected} / "
                              f"the backup is from {manifest['database']}, this installation uses {expected}")
        # Everything checked: now replace.
        connections.close_all()
        if _is_sqlite():
            source = sqlite3.connect(str(root / "db.sqlite3"))
            live = sqlite3.connect(str(_db()["NAME"]), timeout=30)
            try:
                with live:
                    source.backup(live)
            finally:
                source.close()
                live.close()
        else:
            args, env = _pg_env()
            result = subprocess.run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                                     *args, "-d", str(_db()["NAME"]), str(root / "db.dump")],
                                    env=env, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                raise BackupError(f"pg_restore: {result.stderr.strip()}")
        media = Path(settings.MEDIA_ROOT)
        restored_media = root / "media"
        if media.exists():
            shutil.rmtree(media)
        if restored_media.exists():
            shutil.copytree(restored_media, media)
        else:
            media.mkdir(parents=True, exist_ok=True)
    return manifest
