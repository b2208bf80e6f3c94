"""The web commands of the `resguardo` CLI, run as a user would from an installed package:
migrate, demo (prints the logins), manage (Django pass-through), backup and restore (a round trip)."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.web.postgres import postgres_url_or_skip


def resguardo(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resguardo.cli.app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        input=stdin,
    )


def count_cases(env: dict[str, str]) -> int:
    code = "from resguardo.casework.models import Case; print(Case.objects.count())"
    result = resguardo(env, "manage", "shell", "-c", code)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def sqlite_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    env.pop("DATABASE_URL", None)
    return env


def round_trip(env: dict[str, str], tmp_path: Path) -> None:
    demo = resguardo(env, "demo")
    assert demo.returncode == 0, demo.stderr
    for login in ("ana", "carl", "sara", "admin"):
        assert login in demo.stdout
    again = resguardo(env, "demo")
    assert again.returncode == 0 and "already" in again.stdout
    cases = count_cases(env)
    assert cases >= 4

    # A signed consent form on disk must travel with the database.
    media = Path(env["RESGUARDO_DATA_DIR"]) / "media" / "consent-evidence"
    media.mkdir(parents=True, exist_ok=True)
    (media / "form.pdf").write_bytes(b"%PDF-1.4 signed form")

    archive = tmp_path / "backup.tar.gz"
    made = resguardo(env, "backup", str(archive))
    assert made.returncode == 0, made.stderr
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names and "media/consent-evidence/form.pdf" in names

    # Lose data, then restore it.
    wipe = "from resguardo.casework.models import Case; Case.objects.all().delete()"
    assert resguardo(env, "manage", "shell", "-c", wipe).returncode == 0
    (media / "form.pdf").unlink()
    assert count_cases(env) == 0
    restored = resguardo(env, "restore", str(archive), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert count_cases(env) == cases
    assert (media / "form.pdf").read_bytes() == b"%PDF-1.4 signed form"
    staging = [p.name for p in Path(env["RESGUARDO_DATA_DIR"]).iterdir() if p.name.startswith(".")]
    assert not staging, f"backup or restore left case data behind: {staging}"


def test_backup_and_restore_round_trip_on_sqlite(sqlite_env: dict[str, str], tmp_path: Path) -> None:
    assert resguardo(sqlite_env, "migrate").returncode == 0
    round_trip(sqlite_env, tmp_path)


def test_backup_and_restore_round_trip_on_postgresql(tmp_path: Path) -> None:
    url = postgres_url_or_skip("resguardo_cli_roundtrip", fresh=True)
    env = {**os.environ, "DATABASE_URL": url, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    assert resguardo(env, "migrate").returncode == 0
    round_trip(env, tmp_path)


def test_restore_refuses_a_damaged_or_malicious_archive(sqlite_env: dict[str, str], tmp_path: Path) -> None:
    assert resguardo(sqlite_env, "migrate").returncode == 0
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not a backup at all")
    result = resguardo(sqlite_env, "restore", str(junk), "--yes")
    assert result.returncode == 4 and "damaged" in result.stderr and "Traceback" not in result.stderr

    evil = tmp_path / "evil.tar.gz"
    payload = tmp_path / "payload"
    payload.write_text("x")
    with tarfile.open(evil, "w:gz") as tar:
        tar.add(payload, arcname="../../escaped.txt")
    result = resguardo(sqlite_env, "restore", str(evil), "--yes")
    assert result.returncode == 4 and "invalid entry" in result.stderr
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_restore_asks_before_replacing_data(sqlite_env: dict[str, str], tmp_path: Path) -> None:
    assert resguardo(sqlite_env, "demo").returncode == 0
    archive = tmp_path / "b.tar.gz"
    assert resguardo(sqlite_env, "backup", str(archive)).returncode == 0
    answer_no = resguardo(sqlite_env, "restore", str(archive), stdin="n\n")
    assert answer_no.returncode == 1


def test_manage_passes_through_to_django(sqlite_env: dict[str, str]) -> None:
    result = resguardo(sqlite_env, "manage", "check")
    assert result.returncode == 0 and "no issues" in result.stdout


def test_demo_is_refused_in_production(sqlite_env: dict[str, str]) -> None:
    env = {**sqlite_env, "RESGUARDO_ENV": "production", "SECRET_KEY": "s" * 60, "ALLOWED_HOSTS": "x.example"}
    result = resguardo(env, "demo")
    assert result.returncode == 2 and "production" in result.stderr


def test_sqlite_database_runs_in_wal_mode(sqlite_env: dict[str, str]) -> None:
    """Readers keep working while a worker saves (write-ahead log), and foreign keys are enforced."""
    code = (
        "from django.db import connection; c = connection.cursor(); c.execute('PRAGMA journal_mode'); "
        "print(c.fetchone()[0]); c.execute('PRAGMA foreign_keys'); print(c.fetchone()[0])"
    )
    assert resguardo(sqlite_env, "migrate").returncode == 0
    result = resguardo(sqlite_env, "manage", "shell", "-c", code)
    assert result.stdout.split()[-2:] == ["wal", "1"], result.stdout + result.stderr


def test_production_static_files_collect_with_hashed_names(sqlite_env: dict[str, str], tmp_path: Path) -> None:
    env = {
        **sqlite_env,
        "RESGUARDO_ENV": "production",
        "SECRET_KEY": "k" * 60,
        "ALLOWED_HOSTS": "x.example",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    result = resguardo(env, "manage", "collectstatic", "--noinput")
    assert result.returncode == 0, result.stderr
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    assert "resguardo/site.css" in manifest
    assert list((tmp_path / "static" / "resguardo").glob("site.*.css.gz"))  # compressed for WhiteNoise
