"""Caseload import from CSV, for administrators: upload, preview with per-row errors, confirm, result.

The uploaded bytes wait for the confirm step in a file under DATA_DIR/imports named by a random token
kept in the session (never a path or name from the client), and are deleted once used or cancelled.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _

from resguardo.casework.access import client_ip, is_agency_administrator
from resguardo.casework.atomic_files import write_atomic
from resguardo.casework.forms import UploadForm
from resguardo.casework.importer import COLUMNS, MAX_BYTES, MAX_ROWS, REQUIRED, ImportPlan, import_csv
from resguardo.casework.models import Agency, User

SESSION_KEY = "caseload_import"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32,64}$")
STALE_SECONDS = 24 * 3600


def _admin(request: HttpRequest) -> tuple[User, Agency]:
    user = request.user
    if not is_agency_administrator(user):
        raise Http404
    assert user.agency is not None
    return user, user.agency


def _folder() -> Path:
    folder = Path(settings.DATA_DIR) / "imports"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _pending(token: object) -> Path | None:
    if not isinstance(token, str) or not _TOKEN.match(token):
        return None
    return _folder() / f"{token}.csv"


def _discard(request: HttpRequest) -> None:
    pending = request.session.pop(SESSION_KEY, None)
    target = _pending(pending.get("token") if isinstance(pending, dict) else None)
    if target is not None:
        target.unlink(missing_ok=True)


def _sweep() -> None:
    """Remove uploads nobody confirmed or cancelled (a closed tab, an expired session)."""
    cutoff = time.time() - STALE_SECONDS
    for stale in _folder().glob("*.csv"):
        try:
            if stale.stat().st_mtime < cutoff:
                stale.unlink(missing_ok=True)
        except OSError:
            pass


def _render(request: HttpRequest, template: str, context: dict[str, object], status: int = 200) -> HttpResponse:
    base = {
        "max_mb": MAX_BYTES // (1024 * 1024),
        "max_rows": MAX_ROWS,
        "required": REQUIRED,
        "optional": [c for c in COLUMNS if c not in REQUIRED],
    }
    return render(request, template, {**base, **context}, status=status)


def _preview(request: HttpRequest, plan: ImportPlan, filename: str, digest: str) -> HttpResponse:
    return _render(
        request,
        "casework/import/preview.html",
        {
            "plan": plan,
            "filename": filename,
            "digest": digest,
            "summary": plan.summary,
        },
        status=200,
    )


@login_required
def import_cases(request: HttpRequest) -> HttpResponse:
    user, agency = _admin(request)
    if request.method != "POST":
        return _render(request, "casework/import/upload.html", {"form": UploadForm()})
    action = request.POST.get("action", "upload")
    if action == "cancel":
        _discard(request)
        return redirect("import_cases")
    if action == "confirm":
        return _confirm(request, user, agency)
    length = int(request.META.get("CONTENT_LENGTH") or 0)
    if length > MAX_BYTES + 64 * 1024:
        problem = _("The file is larger than %(mb)s MB. Split it into smaller files.") % {
            "mb": MAX_BYTES // (1024 * 1024)
        }
        return _render(request, "casework/import/upload.html", {"form": UploadForm(), "problem": problem}, status=413)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render(request, "casework/import/upload.html", {"form": form}, status=400)
    upload = form.cleaned_data["file"]
    data = b"".join(upload.chunks())
    filename = Path(upload.name or "caseload.csv").name[:120]
    plan = import_csv(data, agency, user, dry_run=True)
    _discard(request)
    digest = hashlib.sha256(data).hexdigest()
    if plan.ok:
        _sweep()
        token = secrets.token_urlsafe(32)
        target = _pending(token)
        assert target is not None
        write_atomic(target, data)  # the caseload is case data: never a half-written file
        request.session[SESSION_KEY] = {"token": token, "sha256": digest, "filename": filename}
    return _preview(request, plan, filename, digest)


def _confirm(request: HttpRequest, user: User, agency: Agency) -> HttpResponse:
    pending = request.session.get(SESSION_KEY)
    target = _pending(pending.get("token") if isinstance(pending, dict) else None)
    if (
        target is None
        or not isinstance(pending, dict)
        or not target.exists()
        or request.POST.get("sha256") != pending.get("sha256")
    ):
        _discard(request)
        problem = _(
            "This preview is no longer available (it was already imported, cancelled, or replaced by "
            "another upload). Upload the file again."
        )
        return _render(request, "casework/import/upload.html", {"form": UploadForm(), "problem": problem}, status=409)
    try:
        data = target.read_bytes()
    finally:
        _discard(request)
    if hashlib.sha256(data).hexdigest() != pending.get("sha256"):
        raise Http404
    plan = import_csv(data, agency, user, dry_run=False, log_path=request.get_full_path(), ip=client_ip(request))
    if not plan.applied:  # the database changed since the preview (a unit or user removed)
        return _preview(request, plan, str(pending.get("filename", "")), str(pending.get("sha256", "")))
    return _render(
        request,
        "casework/import/result.html",
        {
            "summary": plan.summary,
            "filename": pending.get("filename", ""),
        },
    )


urlpatterns = [path("import/", import_cases, name="import_cases")]
