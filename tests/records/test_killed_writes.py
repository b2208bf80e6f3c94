"""kill -9 while a contact with a 3 MB attachment is being recorded, for real (a subprocess, SIGKILL), on SQLite
and PostgreSQL: killed mid-write, and killed after the file got its final name but before the commit. Either
way no row is left, the chain still verifies, and `manage clean_orphan_files` removes what was left; killed
mid-write, nothing is under the attachment's final name at all."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.web.postgres import postgres_url_or_skip

SCRIPT = Path(__file__).with_name("killed_writer.py")
BIG = b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(3_000_000 - 8)  # what killed_writer.py records
SMALL = b"%PDF-1.4 acuse de recibo"


def resguardo(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resguardo.cli.app", *args], env=env, capture_output=True, text=True, timeout=300
    )


def _wait_for(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the writer never got there"
        time.sleep(0.01)


def _half_written(records: Path) -> bool:
    """The big attachment's temporary file is there, partly written."""
    temps = list(records.glob(f".{hashlib.sha256(BIG).hexdigest()}.*.tmp")) if records.is_dir() else []
    try:
        return any(0 < p.stat().st_size < len(BIG) for p in temps)
    except FileNotFoundError:
        return False


def killed_while_recording(env: dict[str, str], data: Path, stage: str) -> None:
    migrated = resguardo(env, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    records = data / "media" / "records"
    writer = subprocess.Popen(
        [sys.executable, str(SCRIPT), stage], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        if stage == "write":
            _wait_for(lambda: _half_written(records) or writer.poll() is not None)
        else:
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "placed", writer.stderr.read() if writer.stderr else ""
        assert writer.poll() is None, "the writer finished before it could be killed"
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == -signal.SIGKILL

    big_name = records / hashlib.sha256(BIG).hexdigest()
    small_name = records / hashlib.sha256(SMALL).hexdigest()
    leftovers = sorted(p.name for p in records.iterdir() if p.name.startswith("."))
    assert len(leftovers) == 1 and leftovers[0].endswith(".tmp")  # one temporary name
    if stage == "write":
        assert not big_name.exists()  # never a half-written file under its final name
    else:
        assert big_name.exists() and big_name.samefile(records / leftovers[0])  # placed, not committed

    rows = resguardo(
        env,
        "manage",
        "shell",
        "-c",
        "from resguardo.records.models import Attachment, Entry; "
        "print(Entry.objects.count(), Attachment.objects.count())",
    )
    assert rows.returncode == 0, rows.stderr
    assert rows.stdout.strip().splitlines()[-1].split() == ["1", "1"]  # the killed entry left no row
    intact = resguardo(env, "manage", "verify_record", "--lang", "en")
    assert intact.returncode == 0 and "intact. 1 entries, 1 attachment files" in intact.stdout, intact.stdout

    young = resguardo(env, "manage", "clean_orphan_files", "--lang", "en")  # default: only older than 15 min
    assert young.returncode == 0 and "0 temporary files removed" in young.stdout, young.stdout + young.stderr
    dry = resguardo(env, "manage", "clean_orphan_files", "--older-than", "0", "--dry-run", "--lang", "en")
    removed = 1 if stage == "write" else 2
    assert f"{removed} temporary file{'s' if removed > 1 else ''} would be removed" in dry.stdout, dry.stdout
    assert len([p for p in records.iterdir()]) == 1 + removed  # a dry run deletes nothing
    cleaned = resguardo(env, "manage", "clean_orphan_files", "--older-than", "0", "--lang", "en")
    assert cleaned.returncode == 0, cleaned.stderr
    assert sorted(records.iterdir()) == [small_name]  # only the committed entry's file is left
    assert "no record entry or consent points to" not in cleaned.stdout


@pytest.mark.parametrize("stage", ["write", "commit"])
def test_killed_append_on_sqlite(tmp_path: Path, stage: str) -> None:
    env = {**os.environ, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    env.pop("DATABASE_URL", None)
    killed_while_recording(env, tmp_path / "data", stage)


@pytest.mark.parametrize("stage", ["write", "commit"])
def test_killed_append_on_postgresql(tmp_path: Path, stage: str) -> None:
    url = postgres_url_or_skip(f"resguardo_files_killed_{stage}", fresh=True)
    env = {**os.environ, "DATABASE_URL": url, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8"}
    killed_while_recording(env, tmp_path / "data", stage)
