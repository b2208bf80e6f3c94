"""`resguardo restore` checks the whole archive before it touches the live data (issue 10).

Every refusal here must exit 4 with one line, no traceback, and leave the installation exactly as it
was: its cases still in the database, its signed consent form still on disk, and no staging folder
left behind. Archives are crafted from a real backup of a demo installation, as an attacker or a
damaged disk would produce them.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.web.postgres import postgres_url_or_skip
from tests.web.test_cli_web import count_cases, resguardo

FORM = b"%PDF-1.4 signed consent form"


@dataclass
class Installation:
    env: dict[str, str]
    data: Path
    cases: int

    @property
    def form(self) -> Path:
        return self.data / "media" / "consent-evidence" / "form.pdf"

    def live_cases(self) -> int:
        with sqlite3.connect(self.data / "resguardo.sqlite3") as conn:
            return int(conn.execute("SELECT count(*) FROM casework_case").fetchone()[0])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo installation with one uploaded form, and a good backup of it (made once: it takes seconds)."""
    root = tmp_path_factory.mktemp("restore-template")
    env = {**os.environ, "RESGUARDO_DATA_DIR": str(root / "data"), "LC_ALL": "C.UTF-8"}
    env.pop("DATABASE_URL", None)
    assert resguardo(env, "demo").returncode == 0
    media = root / "data" / "media" / "consent-evidence"
    media.mkdir(parents=True)
    (media / "form.pdf").write_bytes(FORM)
    archive = root / "good.tar.gz"
    made = resguardo(env, "backup", str(archive))
    assert made.returncode == 0, made.stderr
    return root / "data", archive


@pytest.fixture
def live(template: tuple[Path, Path], tmp_path: Path) -> Installation:
    shutil.copytree(template[0], tmp_path / "data")
    env = {**os.environ, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    env.pop("DATABASE_URL", None)
    inst = Installation(env, tmp_path / "data", 0)
    inst.cases = inst.live_cases()
    assert inst.cases >= 4
    return inst


def read_members(archive: Path) -> dict[str, bytes]:
    with tarfile.open(archive) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def write_archive(path: Path, manifest: Any, members: dict[str, bytes], *, raw_manifest: bytes | None = None) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        data = raw_manifest if raw_manifest is not None else json.dumps(manifest).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    return path


def honest_manifest(good: dict[str, bytes], members: dict[str, bytes]) -> dict[str, Any]:
    manifest = json.loads(good["manifest.json"])
    manifest["sha256"] = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    return manifest


def with_database(good_archive: Path, out: Path, change_sql: str) -> Path:
    """The good backup with its database changed by `change_sql`, checksums recomputed (a consistent forgery)."""
    good = read_members(good_archive)
    db = out.with_suffix(".sqlite3")
    db.write_bytes(good["db.sqlite3"])
    with sqlite3.connect(db) as conn:
        conn.executescript(change_sql)
    conn.close()
    members = {k: v for k, v in good.items() if k != "manifest.json"} | {"db.sqlite3": db.read_bytes()}
    return write_archive(out, honest_manifest(good, members), members)


def assert_refused_untouched(inst: Installation, archive: Path, expected: str) -> None:
    result = resguardo(inst.env, "restore", str(archive), "--yes")
    assert result.returncode == 4, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert expected in result.stderr, result.stderr
    assert inst.live_cases() == inst.cases
    assert inst.form.read_bytes() == FORM
    assert not [p.name for p in inst.data.iterdir() if p.name.startswith(".")], "staging left in the data dir"


def test_an_archive_with_only_a_manifest_is_refused(live: Installation, tmp_path: Path) -> None:
    manifest = {
        "format": "resguardo-backup-1",
        "database": "sqlite",
        "created": "2026-01-01T00:00:00+00:00",
        "sha256": {},
    }
    archive = write_archive(tmp_path / "empty.tar.gz", manifest, {})
    assert_refused_untouched(live, archive, "holds no database")


def test_a_sqlite_file_that_is_not_resguardos_is_refused(
    live: Installation, template: tuple[Path, Path], tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    good = read_members(template[1])
    members = {"db.sqlite3": other.read_bytes(), "media/consent-evidence/form.pdf": FORM}
    archive = write_archive(tmp_path / "other.tar.gz", honest_manifest(good, members), members)
    assert_refused_untouched(live, archive, "not a Resguardo database")


def test_a_database_member_that_is_not_sqlite_is_refused(
    live: Installation, template: tuple[Path, Path], tmp_path: Path
) -> None:
    good = read_members(template[1])
    members = {"db.sqlite3": b"PGDMP this is no SQLite file" * 100}
    archive = write_archive(tmp_path / "notsqlite.tar.gz", honest_manifest(good, members), members)
    assert_refused_untouched(live, archive, "not an SQLite database")


def test_a_damaged_sqlite_database_is_refused(live: Installation, template: tuple[Path, Path], tmp_path: Path) -> None:
    good = read_members(template[1])
    db = bytearray(good["db.sqlite3"])
    db[len(db) // 2 : len(db) // 2 + 8192] = b"\xff" * 8192  # two pages of garbage in the middle
    members = {"db.sqlite3": bytes(db)}
    archive = write_archive(tmp_path / "damaged.tar.gz", honest_manifest(good, members), members)
    assert_refused_untouched(live, archive, "database in the backup is damaged")


def test_a_backup_from_a_newer_schema_is_refused(
    live: Installation, template: tuple[Path, Path], tmp_path: Path
) -> None:
    archive = with_database(
        template[1],
        tmp_path / "newer.tar.gz",
        "INSERT INTO django_migrations (app, name, applied) VALUES ('casework', '0099_from_the_future', '2030-01-01');",
    )
    assert_refused_untouched(live, archive, "newer version of Resguardo")


def test_a_database_missing_a_table_its_migrations_promise_is_refused(
    live: Installation, template: tuple[Path, Path], tmp_path: Path
) -> None:
    archive = with_database(template[1], tmp_path / "notable.tar.gz", "DROP TABLE casework_apitoken;")
    assert_refused_untouched(live, archive, "casework_apitoken")


def test_a_member_not_in_the_manifest_is_refused(
    live: Installation, template: tuple[Path, Path], tmp_path: Path
) -> None:
    good = read_members(template[1])
    members = {k: v for k, v in good.items() if k != "manifest.json"}
    manifest = honest_manifest(good, members)
    archive = write_archive(tmp_path / "evil.tar.gz", manifest, members | {"media/evil.html": b"<script>x</script>"})
    assert_refused_untouched(live, archive, "not listed in the manifest")


def test_a_manifest_entry_missing_from_the_archive_is_refused(
    live: Installation, template: tuple[Path, Path], tmp_path: Path
) -> None:
    good = read_members(template[1])
    members = {k: v for k, v in good.items() if k != "manifest.json"}
    manifest = honest_manifest(good, members | {"media/consent-evidence/other.pdf": b"x"})
    archive = write_archive(tmp_path / "missing.tar.gz", manifest, members)
    assert_refused_untouched(live, archive, "missing from the archive")


def test_a_member_twice_in_the_archive_is_refused(
    live: Installation, template: tuple[Path, Path], tmp_path: Path
) -> None:
    good = read_members(template[1])
    members = {k: v for k, v in good.items() if k != "manifest.json"}
    archive = write_archive(tmp_path / "twice.tar.gz", honest_manifest(good, members), members)
    with tarfile.open(archive, "w:gz") as tar:  # rewrite with the form twice, the second one different
        for name, content in [
            ("manifest.json", json.dumps(honest_manifest(good, members)).encode()),
            *members.items(),
            ("media/consent-evidence/form.pdf", b"replaced"),
        ]:
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    assert_refused_untouched(live, archive, "twice")


def test_a_symlink_member_is_refused(live: Installation, template: tuple[Path, Path], tmp_path: Path) -> None:
    good = read_members(template[1])
    members = {k: v for k, v in good.items() if k != "manifest.json"}
    archive = tmp_path / "link.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        data = json.dumps(honest_manifest(good, members)).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("media/passwd")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tar.addfile(link)
    assert_refused_untouched(live, archive, "invalid entry")


def test_a_gzip_bomb_is_refused_before_it_fills_the_disk(
    live: Installation, template: tuple[Path, Path], tmp_path: Path
) -> None:
    """100 MiB of zeros in a ~100 KB archive, honestly listed: past the per-file limit (64 MiB by default)."""
    good = read_members(template[1])
    size = 100 * 1024 * 1024
    members = {k: v for k, v in good.items() if k != "manifest.json"}
    manifest = honest_manifest(good, members)
    manifest["sha256"]["media/bomb.bin"] = hashlib.sha256(bytes(size)).hexdigest()
    archive = write_archive(tmp_path / "bomb.tar.gz", manifest, members | {"media/bomb.bin": bytes(size)})
    assert archive.stat().st_size < 2 * 1024 * 1024
    assert_refused_untouched(live, archive, "size limit")


def test_a_backup_past_the_total_size_limit_is_refused(live: Installation, template: tuple[Path, Path]) -> None:
    live.env["RESGUARDO_RESTORE_MAX_BYTES"] = "50000"  # the demo database alone is larger
    assert_refused_untouched(live, template[1], "size limit")


def test_a_changed_member_is_refused(live: Installation, template: tuple[Path, Path], tmp_path: Path) -> None:
    good = read_members(template[1])
    members = {k: v for k, v in good.items() if k != "manifest.json"}
    manifest = honest_manifest(good, members)
    members["media/consent-evidence/form.pdf"] = b"%PDF-1.4 forged"
    archive = write_archive(tmp_path / "forged.tar.gz", manifest, members)
    assert_refused_untouched(live, archive, "not intact")


GOOD_DIGEST = "0" * 64
BAD_MANIFESTS: list[tuple[str, Any, str]] = [
    ("a list", ["resguardo-backup-1"], "manifest"),
    ("no sha256", {"format": "resguardo-backup-1", "database": "sqlite", "created": "2026-01-01T00:00:00"}, "sha256"),
    (
        "sha256 a list",
        {
            "format": "resguardo-backup-1",
            "database": "sqlite",
            "created": "2026-01-01T00:00:00",
            "sha256": ["db.sqlite3"],
        },
        "sha256",
    ),
    (
        "sha256 not hex",
        {
            "format": "resguardo-backup-1",
            "database": "sqlite",
            "created": "2026-01-01T00:00:00",
            "sha256": {"db.sqlite3": "zz"},
        },
        "sha256",
    ),
    (
        "no database",
        {"format": "resguardo-backup-1", "created": "2026-01-01T00:00:00", "sha256": {"db.sqlite3": GOOD_DIGEST}},
        "database",
    ),
    (
        "database unknown",
        {
            "format": "resguardo-backup-1",
            "database": "mysql",
            "created": "2026-01-01T00:00:00",
            "sha256": {"db.sqlite3": GOOD_DIGEST},
        },
        "database",
    ),
    (
        "postgresql here",
        {
            "format": "resguardo-backup-1",
            "database": "postgresql",
            "created": "2026-01-01T00:00:00",
            "sha256": {"db.dump": GOOD_DIGEST},
        },
        "postgresql",
    ),
    (
        "created a number",
        {"format": "resguardo-backup-1", "database": "sqlite", "created": 5, "sha256": {"db.sqlite3": GOOD_DIGEST}},
        "created",
    ),
    (
        "other format",
        {
            "format": "resguardo-backup-9",
            "database": "sqlite",
            "created": "2026-01-01T00:00:00",
            "sha256": {"db.sqlite3": GOOD_DIGEST},
        },
        "format",
    ),
    (
        "unsafe entry",
        {
            "format": "resguardo-backup-1",
            "database": "sqlite",
            "created": "2026-01-01T00:00:00",
            "sha256": {"db.sqlite3": GOOD_DIGEST, "../x": GOOD_DIGEST},
        },
        "../x",
    ),
]


@pytest.mark.parametrize(("label", "manifest", "expected"), BAD_MANIFESTS, ids=[b[0] for b in BAD_MANIFESTS])
def test_a_malformed_manifest_is_refused_without_a_traceback(
    live: Installation, tmp_path: Path, label: str, manifest: Any, expected: str
) -> None:
    archive = write_archive(tmp_path / "bad.tar.gz", manifest, {"db.sqlite3": b"x"})
    assert_refused_untouched(live, archive, expected)


def test_a_manifest_that_is_not_json_is_refused(live: Installation, tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "notjson.tar.gz", None, {"db.sqlite3": b"x"}, raw_manifest=b"\xff{nope")
    assert_refused_untouched(live, archive, "manifest")


def test_a_refusal_is_in_spanish_for_a_spanish_user(live: Installation, tmp_path: Path) -> None:
    manifest = {"format": "resguardo-backup-1", "database": "sqlite", "created": "2026-01-01T00:00:00", "sha256": {}}
    archive = write_archive(tmp_path / "empty.tar.gz", manifest, {})
    result = resguardo({**live.env, "LC_ALL": "es_MX.UTF-8"}, "restore", str(archive), "--yes")
    assert result.returncode == 4 and "no contiene la base de datos" in result.stderr, result.stderr


def test_a_bad_archive_is_refused_before_asking(live: Installation, tmp_path: Path) -> None:
    """The operator is asked only about a backup that can actually be restored."""
    archive = write_archive(tmp_path / "empty.tar.gz", {"format": "resguardo-backup-1"}, {})
    result = resguardo(live.env, "restore", str(archive), stdin="y\n")
    assert result.returncode == 4 and "Continue?" not in result.stdout


def test_an_older_schema_backup_is_restored_and_migrated(live: Installation, tmp_path: Path) -> None:
    """A backup taken before the last migration restores, then the pending migration is applied."""
    older = Installation({**live.env, "RESGUARDO_DATA_DIR": str(tmp_path / "older")}, tmp_path / "older", 0)
    shutil.copytree(live.data, older.data)
    assert resguardo(older.env, "manage", "migrate", "records", "0001").returncode == 0
    archive = tmp_path / "older.tar.gz"
    assert resguardo(older.env, "backup", str(archive)).returncode == 0

    result = resguardo(live.env, "restore", str(archive), "--yes")
    assert result.returncode == 0, result.stderr
    assert "applied 1 pending migration" in result.stdout
    show = resguardo(live.env, "manage", "showmigrations", "records")
    assert "[X] 0002_append_only_triggers" in show.stdout, show.stdout
    assert live.live_cases() == live.cases and live.form.read_bytes() == FORM
    assert not [p.name for p in live.data.iterdir() if p.name.startswith(".")]


def test_postgresql_refuses_a_dump_that_is_not_a_dump_and_keeps_the_data(tmp_path: Path) -> None:
    url = postgres_url_or_skip("resguardo_restore_pg_refusal", fresh=True)
    env = {**os.environ, "DATABASE_URL": url, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    assert resguardo(env, "demo").returncode == 0
    cases = count_cases(env)
    archive = write_archive(
        tmp_path / "bad.tar.gz",
        {
            "format": "resguardo-backup-1",
            "database": "postgresql",
            "created": "2026-01-01T00:00:00",
            "sha256": {"db.dump": hashlib.sha256(b"PGDMP?").hexdigest()},
        },
        {"db.dump": b"PGDMP?"},
    )
    result = resguardo(env, "restore", str(archive), "--yes")
    assert result.returncode == 4 and "not a valid PostgreSQL dump" in result.stderr, result.stderr
    assert count_cases(env) == cases


def test_postgresql_restores_an_older_schema_and_migrates(tmp_path: Path) -> None:
    url = postgres_url_or_skip("resguardo_restore_pg_older", fresh=True)
    env = {**os.environ, "DATABASE_URL": url, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    assert resguardo(env, "demo").returncode == 0
    cases = count_cases(env)
    assert resguardo(env, "manage", "migrate", "records", "0001").returncode == 0
    archive = tmp_path / "older.tar.gz"
    assert resguardo(env, "backup", str(archive)).returncode == 0
    assert resguardo(env, "migrate").returncode == 0  # the live database is now newer than the backup

    result = resguardo(env, "restore", str(archive), "--yes")
    assert result.returncode == 0, result.stderr
    assert "applied 1 pending migration" in result.stdout
    assert count_cases(env) == cases
    show = resguardo(env, "manage", "showmigrations", "records")
    assert "[X] 0002_append_only_triggers" in show.stdout, show.stdout
