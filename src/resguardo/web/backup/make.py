"""Making a backup: a consistent copy of the database and every upload, in one tar.gz with a manifest.

Its own module because making is the trusting half (it reads the live installation); everything the
restore must distrust lives in the other modules.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings

from resguardo import __version__
from resguardo.casework.atomic_files import is_temp_name

from .common import FORMAT, MANIFEST, _data_dir, _is_sqlite, _sha256
from .database import _dump_database


def make_backup(out: Path) -> dict[str, Any]:
    out = Path(out)
    media = Path(settings.MEDIA_ROOT)
    # The database copy is case data: it is staged in the data directory, never in the system's /tmp.
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=_data_dir()) as tmp:
        db_file = _dump_database(Path(tmp))
        members: dict[str, str] = {db_file.name: _sha256(db_file)}
        # A temporary name is a file still being written, or left by a killed process: never backed up.
        files = (
            sorted(p for p in media.rglob("*") if p.is_file() and not is_temp_name(p.name)) if media.exists() else []
        )
        for path in files:
            members["media/" + path.relative_to(media).as_posix()] = _sha256(path)
        manifest = {
            "format": FORMAT,
            "version": __version__,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "database": "sqlite" if _is_sqlite() else "postgresql",
            "files": len(files),
            "sha256": members,
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
