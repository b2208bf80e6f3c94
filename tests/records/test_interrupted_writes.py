"""Case files are never half-written under their real names.

Attachments, signed forms and sanitized photos are written to a temporary name in their own folder and get
their final name only when complete; a file whose transaction does not commit is removed (at once, or by
`clean_orphan_files` when a caller's transaction rolled back). kill -9 for real: test_killed_writes.py;
uploads spooled to disk: test_upload_temp_dir.py.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction

from resguardo.casework import atomic_files
from resguardo.casework.models import Case, User
from resguardo.checks import photo_store
from resguardo.records import chain
from resguardo.records.models import Attachment, Entry
from resguardo.records.orphans import clean_orphan_files
from tests.records.helpers import record

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_committed_attachment_has_only_its_final_name_private_to_the_service(
    case_a: Case, worker: User, media: Path, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        entry = record(case_a, worker, attachments=[("captura.png", PNG, None)])
    stored = files_in(media)
    assert stored == [media / "records" / hashlib.sha256(PNG).hexdigest()]
    assert stored[0].read_bytes() == PNG and entry.attachments.get().file.name == f"records/{stored[0].name}"
    assert stat.S_IMODE(stored[0].stat().st_mode) == 0o600


def test_an_append_that_fails_after_writing_leaves_no_file(
    case_a: Case, worker: User, media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(chain.Attachment, "save", disk_full)
    with pytest.raises(OSError, match="disk full"):
        record(case_a, worker, attachments=[("captura.png", PNG, None)])
    assert not Entry.objects.exists()
    assert files_in(media) == []  # neither the final nor the temporary name


def test_a_write_interrupted_midway_leaves_no_file(
    case_a: Case, worker: User, media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write, calls = atomic_files._write_all, []

    def fails_on_the_second_chunk(fd: int, chunk: bytes | memoryview) -> None:
        calls.append(len(chunk))
        if len(calls) == 2:
            raise OSError("no space left on device")
        write(fd, chunk)

    monkeypatch.setattr(atomic_files, "_write_all", fails_on_the_second_chunk)
    with pytest.raises(OSError):
        record(case_a, worker, attachments=[("captura.png", PNG * 8, None)])
    assert not Entry.objects.exists() and files_in(media) == []


def test_a_callers_transaction_that_rolls_back_leaves_a_file_the_cleanup_removes(
    case_a: Case, worker: User, media: Path
) -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        record(case_a, worker, attachments=[("captura.png", PNG, None)])
        raise RuntimeError("the access log could not be written")
    assert not Attachment.objects.exists()
    final = media / "records" / hashlib.sha256(PNG).hexdigest()
    (temp,) = [p for p in files_in(media) if atomic_files.is_temp_name(p.name)]
    assert final.samefile(temp)  # the temporary name marks the file as never committed

    assert clean_orphan_files().removed == []  # 15 minutes by default: it might still be committing
    report = clean_orphan_files(older_than=0, dry_run=True)
    assert sorted(report.removed) == sorted([final, temp]) and len(files_in(media)) == 2
    report = clean_orphan_files(older_than=0)
    assert sorted(report.removed) == sorted([final, temp]) and report.unreferenced == []
    assert files_in(media) == []


def test_the_same_bytes_are_not_shared_with_an_entry_not_yet_committed(case_a: Case, worker: User, media: Path) -> None:
    first = record(case_a, worker, attachments=[("a.png", PNG, None)])  # the test's transaction: not committed
    second = record(case_a, worker, attachments=[("b.png", PNG, None)])
    paths = {first.attachments.get().file.name, second.attachments.get().file.name}
    assert len(paths) == 2  # if the first rolls back and takes its file, the second keeps its own
    assert chain.verify_chain(case_a.agency).ok


def test_cleanup_keeps_committed_and_young_files_and_reports_strays(
    case_a: Case,
    worker: User,
    media: Path,
    settings,
    tmp_path: Path,
    django_capture_on_commit_callbacks,
) -> None:
    settings.DATA_DIR = tmp_path / "data"
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "data" / "tmp" / "uploads")
    with django_capture_on_commit_callbacks(execute=True):
        entry = record(case_a, worker, attachments=[("a.png", PNG, None)])
    kept = media / entry.attachments.get().file.name
    records = kept.parent
    young = records / ".0123abcd.5555aaaa.tmp"
    young.write_bytes(b"half")
    stray = records / "copied-by-hand.pdf"
    stray.write_bytes(b"%PDF-1.4 ?")
    upload_dir = Path(settings.FILE_UPLOAD_TEMP_DIR)
    upload_dir.mkdir(parents=True)
    spooled = upload_dir / "tmpab12cd.upload.pdf"
    spooled.write_bytes(b"%PDF-1.4 case data")
    compose = tmp_path / "data" / "compose" / str(worker.pk)
    compose.mkdir(parents=True)
    half_photo = compose / ".abc.img.0011223344556677.tmp"
    half_photo.write_bytes(b"\xff\xd8\xff")
    photo = compose / "abc.img"
    photo.write_bytes(b"\xff\xd8\xff")
    an_hour_ago = time.time() - 3600
    for old in (spooled, half_photo):
        os.utime(old, (an_hour_ago, an_hour_ago))

    report = clean_orphan_files()
    assert sorted(report.removed) == sorted([spooled, half_photo])
    assert report.unreferenced == [stray]  # reported, not deleted
    assert kept.read_bytes() == PNG and young.exists() and stray.exists() and photo.exists()
    assert not spooled.exists() and not half_photo.exists()
    assert stat.S_IMODE(upload_dir.stat().st_mode) == 0o700

    day_ago = time.time() - photo_store.MAX_AGE - 60
    os.utime(photo, (day_ago, day_ago))
    os.utime(young, (an_hour_ago, an_hour_ago))
    assert sorted(clean_orphan_files().removed) == sorted([young, photo])


def test_the_command_says_what_it_removed_and_what_it_kept(
    case_a: Case, worker: User, media: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    leftover = media / "records" / ".feed.1234abcd.tmp"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half")
    (media / "records" / "stray").write_bytes(b"x")
    call_command("clean_orphan_files", "--older-than", "0", "--dry-run", "--lang", "en")
    out = capsys.readouterr().out
    assert "1 temporary file would be removed." in out and "records/.feed.1234abcd.tmp" in out
    assert "1 complete file that no record entry or consent points to was kept" in out and "records/stray" in out
    assert leftover.exists()
    call_command("clean_orphan_files", "--older-than", "0", "--lang", "es")
    out = capsys.readouterr().out
    assert not leftover.exists() and (media / "records" / "stray").exists()
    assert "records/stray" in out


def test_at_serve_start_up_the_command_is_quiet_unless_there_is_news(
    media: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("clean_orphan_files", verbosity=0)
    assert capsys.readouterr().out == ""
    (media / "records").mkdir(parents=True)
    (media / "records" / "stray").write_bytes(b"x")
    call_command("clean_orphan_files", verbosity=0, lang="en")
    assert "records/stray" in capsys.readouterr().out


def test_before_migrate_the_command_touches_no_uploaded_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    records = data / "media" / "records"
    records.mkdir(parents=True)
    (records / "abc").write_bytes(b"x")  # placed, maybe committed: only the database can say
    os.link(records / "abc", records / ".abc.0123456789abcdef.tmp")
    env = {**os.environ, "RESGUARDO_DATA_DIR": str(data), "LC_ALL": "C.UTF-8"}
    env.pop("DATABASE_URL", None)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "resguardo.cli.app",
            "manage",
            "clean_orphan_files",
            "--older-than",
            "0",
            "--lang",
            "en",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "database is not ready" in out.stderr
    assert (records / "abc").exists() and (records / ".abc.0123456789abcdef.tmp").exists()


def test_a_sanitized_photo_is_complete_or_absent(
    worker: User,
    settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings.DATA_DIR = tmp_path / "data"
    photo = b"\xff\xd8\xff" + os.urandom(300_000)
    write = atomic_files._write_all

    def fails_midway(fd: int, chunk: bytes | memoryview) -> None:
        if len(chunk) == atomic_files.CHUNK and os.lseek(fd, 0, os.SEEK_CUR) >= atomic_files.CHUNK:
            raise OSError("no space left on device")
        write(fd, chunk)

    monkeypatch.setattr(atomic_files, "_write_all", fails_midway)
    with pytest.raises(OSError):
        photo_store.save(worker.pk, "Sofía en la feria.jpg", photo, "JPEG", {"faces": 1})
    folder = tmp_path / "data" / "compose" / str(worker.pk)
    assert files_in(folder) == []
    monkeypatch.setattr(atomic_files, "_write_all", write)
    stored = photo_store.save(worker.pk, "Sofía en la feria.jpg", photo, "JPEG", {"faces": 1})
    loaded = photo_store.load(worker.pk, stored.token)
    assert loaded is not None and loaded.read() == photo
    assert [p.name for p in files_in(folder)] == sorted([f"{stored.token}.img", f"{stored.token}.json"])
