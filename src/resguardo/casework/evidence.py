"""Evidence of consent (a signed form): upload checks, SHA-256, safe names, and storing it with its consent
in one transaction.

The type is decided by the file's first bytes (its "magic"), never by its name or the browser's content
type; the size is counted while the file is read in chunks, so a lying Content-Length cannot get past the
limit. The name the user's computer gave the file is only kept, sanitised, as ``evidence_name`` for display:
it never chooses a path on disk (see ``resguardo.casework.models.consent.evidence_path``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from resguardo.casework import atomic_files
from resguardo.casework.models import Consent

CHUNK = 64 * 1024


@dataclass(frozen=True)
class EvidenceKind:
    label: str
    extension: str
    content_type: str
    magic: bytes


KINDS = (
    EvidenceKind("PDF", ".pdf", "application/pdf", b"%PDF-"),
    EvidenceKind("JPEG", ".jpg", "image/jpeg", b"\xff\xd8\xff"),
    EvidenceKind("PNG", ".png", "image/png", b"\x89PNG\r\n\x1a\n"),
)
CONTENT_TYPES = {kind.extension: kind.content_type for kind in KINDS}


@dataclass(frozen=True)
class CheckedEvidence:
    upload: UploadedFile
    kind: EvidenceKind
    sha256: str
    size: int
    name: str  # sanitised, for display only


def kind_of(head: bytes) -> EvidenceKind | None:
    for kind in KINDS:
        if head.startswith(kind.magic):
            return kind
    return None


_UNSAFE = re.compile(r"[^\w .()+,-]+", re.UNICODE)


def sanitize_name(name: str | None, default: str = "signed-form") -> str:
    """A display name only: the last path component, no control characters, no leading dots, at most
    200 characters. "../../etc/passwd" becomes "passwd"; "C:\\fotos\\Sofía.pdf" becomes "Sofía.pdf"."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip(" ._")
    name = re.sub(r"\s+", " ", name)
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 199 - len(ext)] + dot + ext) if dot and len(ext) <= 10 else name[:200]
    return name or default


def check_upload(upload: UploadedFile, max_bytes: int | None = None) -> CheckedEvidence:
    """Read the whole upload in chunks: refuse empty, oversized and anything but PDF, JPEG or PNG (by magic
    bytes); return its SHA-256. Raises ValidationError with a message for the user."""
    limit = settings.MAX_UPLOAD_BYTES if max_bytes is None else max_bytes
    too_big = ValidationError(
        _("The file is too large. The limit is %(mb).1f MB.") % {"mb": limit / (1024 * 1024)}, code="too_large"
    )
    if upload.size is not None and upload.size > limit:
        raise too_big
    digest = hashlib.sha256()
    size = 0
    head = b""
    upload.seek(0)
    for chunk in upload.chunks(CHUNK):
        size += len(chunk)
        if size > limit:
            raise too_big
        if len(head) < 16:
            head += chunk[: 16 - len(head)]
        digest.update(chunk)
    upload.seek(0)
    if size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    kind = kind_of(head)
    if kind is None:
        raise ValidationError(
            _("The signed form must be a PDF, JPEG or PNG file. This file is not one of them, whatever its name says."),
            code="type",
        )
    return CheckedEvidence(
        upload=upload, kind=kind, sha256=digest.hexdigest(), size=size, name=sanitize_name(upload.name)
    )


def save_consent(
    consent: Consent, evidence: CheckedEvidence | None, after_save: Callable[[Consent], None] | None = None
) -> Consent:
    """Save the consent and its evidence in one transaction. The file is written to a temporary name and
    fsynced before the transaction, and given its final name inside it (``resguardo.casework.atomic_files``).
    If anything fails (the row, the access log written by ``after_save``, the commit), the row is rolled back
    and the file removed: no orphan file, no consent without its evidence. If the process dies first, only a
    temporary name is left, which ``clean_orphan_files`` removes."""
    temp: Path | None = None
    placed: atomic_files.Placed | None = None
    try:
        if evidence is not None:
            consent.evidence_sha256 = evidence.sha256
            consent.evidence_name = evidence.name
            # The name given here only lends its extension (from the magic, not the user's name) to
            # evidence_path(), which names the file by its hash.
            name = consent.evidence.field.generate_filename(consent, "signed-form" + evidence.kind.extension)
            evidence.upload.seek(0)
            temp = atomic_files.write_temp(Path(consent.evidence.storage.path(name)), evidence.upload.chunks(CHUNK))
        with transaction.atomic():
            if evidence is not None and temp is not None:
                placed = atomic_files.place_available(temp, temp.with_name(Path(name).name))
                consent.evidence.name = str(PurePosixPath(name).with_name(placed.final.name))
                transaction.on_commit(placed.commit)
            consent.save()
            if after_save is not None:
                after_save(consent)
    except BaseException:
        if placed is not None:
            placed.discard()
        elif temp is not None:
            temp.unlink(missing_ok=True)
        if evidence is not None:
            consent.evidence.name = ""
        consent.pk = None
        raise
    return consent


def content_type_of(stored_name: str) -> str:
    ext = "." + stored_name.rsplit(".", 1)[-1].lower() if "." in stored_name else ""
    return CONTENT_TYPES.get(ext, "application/octet-stream")


def download_name(consent: Consent) -> str:
    """The name offered when downloading: the sanitised original with the extension of the real type."""
    stored = consent.evidence.name or ""
    ext = "." + stored.rsplit(".", 1)[-1].lower() if "." in stored else ""
    name = sanitize_name(consent.evidence_name)
    if ext and not name.lower().endswith(ext) and not (ext == ".jpg" and name.lower().endswith(".jpeg")):
        name += ext
    return name
