"""Uploads above FILE_UPLOAD_MAX_MEMORY_SIZE are spooled by Django to disk while the request lasts: to a private
folder (mode 0700) under RESGUARDO_DATA_DIR, never the system temp folder, and gone when the request ends."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadhandler import TemporaryFileUploadHandler

from resguardo.casework.models import Case, User
from resguardo.records.models import Entry
from tests.records.helpers import client_for
from tests.records.test_views import form_data

pytestmark = pytest.mark.django_db

PDF_3MB = b"%PDF-1.4\n" + os.urandom(3_000_000)  # above FILE_UPLOAD_MAX_MEMORY_SIZE (2 MB): spooled to disk


def test_an_upload_above_the_memory_limit_never_touches_the_system_temp_folder(
    case_a: Case, worker: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))  # what tempfile.gettempdir() answers
    spooled: list[tuple[Path, int]] = []
    complete = TemporaryFileUploadHandler.file_complete

    def seen(self: TemporaryFileUploadHandler, file_size: int) -> object:
        spooled.append((Path(self.file.temporary_file_path()), file_size))
        return complete(self, file_size)

    monkeypatch.setattr(TemporaryFileUploadHandler, "file_complete", seen)
    upload = tmp_path / "acta firmada.pdf"
    upload.write_bytes(PDF_3MB)
    with upload.open("rb") as handle:
        response = client_for(worker).post(
            f"/cases/{case_a.pk}/record/new/", {**form_data(case_a), "attachments": [handle]}
        )
    assert response.status_code == 302
    assert Entry.objects.get().attachments.get().sha256 == hashlib.sha256(PDF_3MB).hexdigest()
    ((path, size),) = spooled  # it did go to disk…
    assert size == len(PDF_3MB)
    private = Path(django_settings.FILE_UPLOAD_TEMP_DIR)
    assert path.parent == private and private.is_relative_to(django_settings.DATA_DIR)  # …in our folder
    assert not path.exists()  # removed when the request ended
    assert list(system_temp.iterdir()) == []


def test_the_upload_folder_is_private_and_inside_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "RESGUARDO_DATA_DIR": str(data), "DJANGO_SETTINGS_MODULE": "resguardo.web.settings"}
    env.pop("FILE_UPLOAD_TEMP_DIR", None)
    code = "from django.conf import settings; print(settings.FILE_UPLOAD_TEMP_DIR)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    folder = Path(out.stdout.strip())
    assert folder.is_relative_to(data.resolve()) and folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
