"""The compose page ("Revisar antes de enviar"): write, check, copy the redacted text or download the
sanitized photos, and mark as sent (which writes the communication record).

Works without JavaScript (each button is a plain submit); with it, compose.js re-checks the text as the
worker types (POST /compose/live/, no photos) and replaces the results region.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import path
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from resguardo.casework.access import log_access
from resguardo.casework.models import AccessLog, Platform
from resguardo.checks import photo_store
from resguardo.checks.forms import ComposeForm
from resguardo.checks.service import CheckPhoto, CheckRequest, CheckResult, PhotoOutcome, run_check
from resguardo.checks.throttle import check_allowed
from resguardo.records.chain import RecordError


def too_many_checks() -> str:
    return _("Too many checks in a minute. Wait a moment and check again.")


CHANNEL_BY_KIND = {
    Platform.Kind.MESSAGING: "messaging",
    Platform.Kind.SOCIAL: "social_media",
    Platform.Kind.VIDEO: "virtual_visit",
    Platform.Kind.SMS: "sms",
    Platform.Kind.EMAIL: "email",
}


def _stored_photos(request: HttpRequest) -> list[photo_store.StoredPhoto]:
    found = []
    for token in request.POST.getlist("photo_token")[:6]:
        stored = photo_store.load(request.user.pk, token)
        if stored is not None:
            found.append(stored)
    return found


def _check(request: HttpRequest, form: ComposeForm, *, with_uploads: bool) -> tuple[CheckResult, list[Any]]:
    stored = _stored_photos(request)
    uploads = []
    if with_uploads:
        for upload in form.cleaned_data.get("photos") or []:
            if upload.size > settings.MAX_UPLOAD_BYTES:
                messages.error(request, _("%(name)s is larger than the limit.") % {"name": upload.name[:100]})
                continue
            uploads.append(CheckPhoto(upload.name[:200], upload.read()))
    result = run_check(
        CheckRequest(
            agency=request.user.agency,
            user=request.user,
            text=form.cleaned_data.get("text") or "",
            purpose=form.cleaned_data.get("purpose") or "messaging",
            case=form.case_obj,
            recipients=form.selected_people(),
            account=form.selected_account(),
            photos=uploads,
            checked_photos=[PhotoOutcome(s.name, True, s.report, b"", s.format) for s in stored],
            ui_lang=(get_language() or "es")[:2],
            path=request.get_full_path(),
        )
    )
    # Keep newly sanitized photos for download and for "mark as sent".
    for outcome in result.photos[len(stored) :]:
        if outcome.ok:
            stored.append(
                photo_store.save(
                    request.user.pk, outcome.name, outcome.sanitized, outcome.sanitized_format, outcome.report
                )
            )
    return result, stored


@login_required
def compose(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = ComposeForm(request.POST, request.FILES, user=request.user)
        action = request.POST.get("action", "check")
    else:
        form = ComposeForm(
            initial={"case": request.GET.get("case", ""), "purpose": request.GET.get("purpose", "messaging")},
            user=request.user,
        )
        action = ""
    result: CheckResult | None = None
    stored: list[photo_store.StoredPhoto] = []
    status = 200
    if request.method == "POST" and action != "refresh" and not check_allowed(request.user.pk):
        messages.error(request, too_many_checks())
        status = 429
    elif request.method == "POST" and action != "refresh" and form.is_valid():
        result, stored = _check(request, form, with_uploads=True)
        if action == "send":
            if result.verdict == "block":
                messages.error(request, _("This cannot be sent: fix what the check says first."))
            else:
                try:
                    entry = _record(request, form, result, stored)
                except RecordError:
                    messages.error(
                        request,
                        _(
                            "This could not be recorded as sent. Check the case, the recipients "
                            "and your agency account, then try again."
                        ),
                    )
                else:
                    messages.success(request, _("Recorded as sent (entry %(seq)s).") % {"seq": entry.seq})
                    return redirect("record_entry", pk=entry.pk)
    elif request.method == "POST" and action == "refresh":
        stored = _stored_photos(request)
    if form.case_obj is not None:  # the page lists everyone on the case, with their roles
        log_access(
            request,
            AccessLog.Action.VIEW,
            case=form.case_obj,
            what="check before sending" if result is not None else "compose",
        )
    return render(request, "checks/compose.html", {"form": form, "result": result, "stored": stored}, status=status)


def _summary(form: ComposeForm, platform: Platform | None) -> str:
    """The worker's line for the record, or one saying what happened: the record needs a summary."""
    written = " ".join((form.cleaned_data.get("summary") or "").split())
    if written:
        return written
    if platform is not None:
        return _("Message sent on %(platform)s after the check before sending.") % {"platform": platform.name}
    return _("Message sent after the check before sending.")


def _record(request: HttpRequest, form: ComposeForm, result: CheckResult, stored: list[Any]) -> Any:
    from resguardo.records.chain import append_entry

    platform = form.platform()
    channel = CHANNEL_BY_KIND.get(platform.kind, "social_media") if platform else "social_media"
    return append_entry(
        request.user.agency,
        recorded_by=request.user,
        case=form.case_obj,
        people=form.selected_people(),
        channel=channel,
        platform=platform,
        account=form.selected_account(),
        direction="outgoing",
        occurred_at=timezone.now(),
        summary=_summary(form, platform),
        text_sent=form.cleaned_data.get("text") or "",
        verdict=result.verdict,
        check_summary={"reasons": [r.code for r in result.reasons]},
        attachments=[(s.name, s.read(), s.content_type) for s in stored],
    )


@login_required
@require_POST
def live_check(request: HttpRequest) -> JsonResponse:
    form = ComposeForm(request.POST, user=request.user)
    if not check_allowed(request.user.pk):
        html = render_to_string(
            "checks/_not_checked.html", {"form": form, "message": too_many_checks()}, request=request
        )
        return JsonResponse({"errors": {"__all__": [{"message": too_many_checks()}]}, "html": html}, status=429)
    if not form.is_valid():
        # Say so in the results region; an old verdict must not stay on screen for a text that changed.
        html = render_to_string("checks/_not_checked.html", {"form": form}, request=request)
        return JsonResponse({"errors": form.errors.get_json_data(), "html": html}, status=400)
    result, stored = _check(request, form, with_uploads=False)
    if form.case_obj is not None:  # the reasons name people, consents and contact rules of the case
        log_access(request, AccessLog.Action.VIEW, case=form.case_obj, what="check before sending (live)")
    html = render_to_string("checks/_results.html", {"result": result, "stored": stored}, request=request)
    return JsonResponse({"verdict": result.verdict, "html": html})


@login_required
def sanitized_photo(request: HttpRequest, token: str) -> FileResponse:
    stored = photo_store.load(request.user.pk, token)
    if stored is None:
        raise Http404
    stem = stored.name.rsplit(".", 1)[0][:60] or "photo"
    ext = "png" if stored.format.upper() == "PNG" else "jpg"
    response = FileResponse(
        stored.path.open("rb"), content_type=stored.content_type, as_attachment=True, filename=f"{stem}-sanitized.{ext}"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


urlpatterns = [
    path("compose/", compose, name="compose"),
    path("compose/live/", live_check, name="compose_live"),
    path("compose/photo/<str:token>/", sanitized_photo, name="compose_photo"),
]
