"""20 workers recording at the same moment, each with its own database connection, on a real file SQLite
database and on PostgreSQL: the chain must neither fork nor break, and verify. The same run checks that the
database itself refuses UPDATE and DELETE of the record, and that `manage verify_record` says intact
(exit 0), then broken at the altered entry (exit 1) once someone alters the database by hand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.web.postgres import postgres_url_or_skip

WRITERS, ENTRIES = 20, 5
SCRIPT = Path(__file__).with_name("concurrent_writers.py")
TAMPER = """
from django.db import connection
from resguardo.records import triggers
triggers.drop(connection)
with connection.cursor() as cursor:
    cursor.execute("UPDATE records_entry SET summary = 'nothing happened' WHERE seq = 37")
"""


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=600)


def resguardo(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run(env, "-m", "resguardo.cli.app", *args)


def concurrent_appends(env: dict[str, str], vendor: str) -> None:
    migrated = resguardo(env, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    out = run(env, str(SCRIPT), str(WRITERS), str(ENTRIES))
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout.strip().splitlines()[-1])
    total = WRITERS * ENTRIES
    assert found["vendor"] == vendor
    assert found["errors"] == []
    # No fork, no gap: seq 1..100 exactly once, every prev_hash different (each entry has its own predecessor).
    assert found["seqs"] == list(range(1, total + 1))
    assert found["distinct_prev"] == total
    assert found["ok"] is True and found["checked"] == total
    assert found["head_seq"] == total and found["head_hash"] == found["last_hash"]
    assert all(found["refused"].values()), found["refused"]

    intact = resguardo(env, "manage", "verify_record", "--agency", found["agency"], "--lang", "en")
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert "intact" in intact.stdout and f"{total} entries" in intact.stdout

    tampered = resguardo(env, "manage", "shell", "-c", TAMPER)
    assert tampered.returncode == 0, tampered.stderr
    broken = resguardo(env, "manage", "verify_record", "--lang", "en")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "BROKEN at entry 37" in broken.stdout and "changed after it was recorded" in broken.stdout


def test_twenty_concurrent_writers_on_sqlite(tmp_path: Path) -> None:
    env = {**os.environ, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    env.pop("DATABASE_URL", None)
    concurrent_appends(env, "sqlite")
    assert (tmp_path / "data" / "resguardo.sqlite3").stat().st_size > 0  # a real file, not :memory:


def test_twenty_concurrent_writers_on_postgresql(tmp_path: Path) -> None:
    url = postgres_url_or_skip("resguardo_record_concurrency", fresh=True)
    env = {**os.environ, "DATABASE_URL": url, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    concurrent_appends(env, "postgresql")
