"""Pages of the communication record: a case's record (filters, channel mix), an entry, record a contact,
correct an entry, attachment downloads, exports (PDF, JSON) and the chain verification page.

Access goes through resguardo.casework.access (get_case: 404 for a case the user may not see) and every
view, download and export is written to the access log. Entries of the agency's public page (no case) are
visible to supervisors, administrators and whoever recorded them. Nothing here changes or deletes an entry:
there is no such URL, and the models and the database refuse it anyway.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from resguardo.casework.access import get_case, is_supervisor_or_administrator, log_access
from resguardo.casework.models import AccessLog, Agency, Case, User
from resguardo.records import export
from resguardo.records.chain import RecordError, append_entry, verify_chain
from resguardo.records.forms import CorrectionForm, EntryForm, RecordFilterForm
from resguardo.records.mix import channel_mix
from resguardo.records.models import Attachment, Entry

PAGE_SIZE = 50
FILTERS = ("start", "end", "channel")


def _agency(request: HttpRequest) -> Agency:
    user = request.user
    if not isinstance(user, User) or user.agency_id is None:
        raise Http404
    return user.agency


@dataclass
class Scope:
    """A case's record, or the agency's public-page record, with the URLs of its pages."""

    agency: Agency
    case: Case | None

    def entries(self) -> QuerySet[Entry]:
        return Entry.objects.filter(agency=self.agency, case=self.case)

    def url(self, name: str) -> str:
        if self.case is not None:
            return reverse(f"record_{name}", args=[self.case.pk])
        return reverse(f"record_public_{name}")


def _scope(request: HttpRequest, case_pk: int | None) -> Scope:
    """404 unless the user may see this case (or, for the public page, is a supervisor or administrator)."""
    if case_pk is not None:
        case = get_case(request, case_pk, action=None)
        return Scope(agency=case.agency, case=case)
    if not is_supervisor_or_administrator(request.user):
        raise Http404
    return Scope(agency=_agency(request), case=None)


def get_entry(request: HttpRequest, pk: int) -> Entry:
    """The entry if the user may see it (through its case, or as above for the public page), else 404."""
    user = request.user
    if not isinstance(user, User) or user.agency_id is None:
        raise Http404
    entry = Entry.objects.select_related("agency", "case", "corrects").filter(pk=pk, agency_id=user.agency_id).first()
    if entry is None:
        raise Http404
    if entry.case_id is not None:
        entry.case = get_case(request, entry.case_id, action=None)
    elif not (is_supervisor_or_administrator(user) or entry.recorded_by_id == user.pk):
        raise Http404
    return entry


def _filtered(
    request: HttpRequest, entries: QuerySet[Entry]
) -> tuple[RecordFilterForm, QuerySet[Entry], QuerySet[Entry], dict[str, Any]]:
    """The filter form, the entries of the period and channel, the entries of the period (all channels),
    and the period for exports."""
    form = RecordFilterForm(request.GET if any(k in request.GET for k in FILTERS) else None)
    start, end, channel = form.period()
    tz = timezone.get_current_timezone()
    if start:
        entries = entries.filter(occurred_at__gte=dt.datetime.combine(start, dt.time.min, tzinfo=tz))
    if end:
        entries = entries.filter(
            occurred_at__lt=dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
        )
    in_period = entries
    if channel:
        entries = entries.filter(channel=channel)
    return form, entries, in_period, {"start": start, "end": end, "channel": channel}


def _query(period: dict[str, Any]) -> str:
    values = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in period.items() if v}
    return urlencode(values)


# ------------------------------------------------------------------------------------------------ pages


def _record_list(request: HttpRequest, case_pk: int | None) -> HttpResponse:
    scope = _scope(request, case_pk)
    form, entries, in_period, period = _filtered(request, scope.entries())
    entries = (
        entries.select_related("corrects")
        .prefetch_related("attachments", "corrections")
        .order_by("-occurred_at", "-seq")
    )
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    log_access(request, AccessLog.Action.VIEW, case=scope.case, what="communication record")
    return render(
        request,
        "records/record_list.html",
        {
            "scope": scope,
            "case": scope.case,
            "form": form,
            "page": page,
            "mix": channel_mix(in_period.only("pk", "seq", "channel", "corrects_id")),
            "query": _query(period),
            "add_url": scope.url("add"),
            "pdf_url": scope.url("export_pdf"),
            "json_url": scope.url("export_json"),
            "list_url": scope.url("list"),
            "lang": (translation.get_language() or "es")[:2],
        },
    )


@login_required
@require_GET
def record_list(request: HttpRequest, case_pk: int) -> HttpResponse:
    return _record_list(request, case_pk)


@login_required
@require_GET
def public_record_list(request: HttpRequest) -> HttpResponse:
    return _record_list(request, None)


@login_required
@require_GET
def entry_detail(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_entry(request, pk)
    log_access(request, AccessLog.Action.VIEW, case=entry.case, what=f"record entry {entry.seq}")
    corrections = Entry.objects.filter(corrects=entry).order_by("seq")
    list_url = reverse("record_list", args=[entry.case_id]) if entry.case_id else reverse("record_public_list")
    return render(
        request,
        "records/entry_detail.html",
        {
            "entry": entry,
            "case": entry.case,
            "attachments": entry.attachments.all(),
            "corrections": corrections,
            "list_url": list_url,
        },
    )


@login_required
@require_GET
def attachment_download(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    entry = get_entry(request, pk)
    attachment = Attachment.objects.filter(pk=attachment_pk, entry=entry).first()
    if attachment is None:
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except (FileNotFoundError, OSError, ValueError):
        raise Http404 from None
    log_access(
        request,
        AccessLog.Action.DOWNLOAD,
        case=entry.case,
        what=f"record entry {entry.seq} attachment {attachment.sha256[:16]}",
    )
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _save(request: HttpRequest, scope: Scope, form: EntryForm, corrects: Entry | None = None) -> Entry:
    data = form.cleaned_data
    assert isinstance(request.user, User)
    return append_entry(
        scope.agency,
        recorded_by=request.user,
        case=scope.case,
        people=list(data.get("people") or []),
        channel=data["channel"],
        direction=data["direction"],
        occurred_at=data["occurred_at"],
        summary=data["summary"],
        text_sent=data.get("text_sent") or "",
        platform=data.get("platform"),
        account=data.get("account"),
        corrects=corrects,
        attachments=data.get("attachments") or [],
    )


def _entry_form(request: HttpRequest, case_pk: int | None) -> HttpResponse:
    scope = _scope(request, case_pk)
    form = EntryForm(
        request.POST or None, request.FILES or None, agency_id=scope.agency.pk, case=scope.case, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        try:
            entry = _save(request, scope, form)
        except RecordError:
            form.add_error(None, _("This contact could not be recorded. Check the people, platform and account."))
        else:
            log_access(request, AccessLog.Action.CREATE, case=scope.case, what=f"record entry {entry.seq}")
            messages.success(request, _("Contact recorded as entry %(seq)s.") % {"seq": entry.seq})
            return redirect("record_entry", pk=entry.pk)
    log_access(request, AccessLog.Action.VIEW, case=scope.case, what="record a contact form")
    return render(
        request,
        "records/entry_form.html",
        {
            "form": form,
            "case": scope.case,
            "list_url": scope.url("list"),
            "original": None,
        },
    )


@login_required
def entry_create(request: HttpRequest, case_pk: int) -> HttpResponse:
    return _entry_form(request, case_pk)


@login_required
def public_entry_create(request: HttpRequest) -> HttpResponse:
    return _entry_form(request, None)


@login_required
def entry_correct(request: HttpRequest, pk: int) -> HttpResponse:
    original = get_entry(request, pk)
    scope = Scope(agency=original.agency, case=original.case)
    form = CorrectionForm(
        request.POST or None, request.FILES or None, agency_id=scope.agency.pk, case=scope.case, original=original
    )
    if request.method == "POST" and form.is_valid():
        try:
            entry = _save(request, scope, form, corrects=original)
        except RecordError:
            form.add_error(None, _("This correction could not be recorded. Check the people, platform and account."))
        else:
            log_access(
                request,
                AccessLog.Action.CREATE,
                case=scope.case,
                what=f"record entry {entry.seq} corrects {original.seq}",
            )
            messages.success(
                request,
                _("Correction recorded as entry %(seq)s. The original entry %(original)s stays in the record.")
                % {"seq": entry.seq, "original": original.seq},
            )
            return redirect("record_entry", pk=entry.pk)
    log_access(request, AccessLog.Action.VIEW, case=scope.case, what=f"correct record entry {original.seq}")
    return render(
        request,
        "records/entry_form.html",
        {
            "form": form,
            "case": scope.case,
            "list_url": reverse("record_entry", args=[original.pk]),
            "original": original,
        },
    )


@login_required
@require_GET
def record_verify(request: HttpRequest) -> HttpResponse:
    if not is_supervisor_or_administrator(request.user):
        raise Http404
    agency = _agency(request)
    result = verify_chain(agency)
    log_access(request, AccessLog.Action.VIEW, what="communication record verification")
    return render(request, "records/verify.html", {"agency": agency, "result": result})


# ------------------------------------------------------------------------------------------------ exports


def _export(request: HttpRequest, case_pk: int | None, kind: str) -> HttpResponse:
    scope = _scope(request, case_pk)
    form, entries, _in_period, period = _filtered(request, scope.entries())
    if form.is_bound and not form.is_valid():
        # An export for court covers exactly the period asked for; a wrong period is refused, never widened.
        message = _("The period or channel is not valid; nothing was exported. Go back and correct it.")
        return render(
            request, "error.html", {"title": _("Nothing exported"), "message": message, "status": 400}, status=400
        )
    entries = entries.select_related("corrects").prefetch_related("attachments").order_by("seq")
    verification = verify_chain(scope.agency)
    start, end = period["start"], period["end"]
    number = re.sub(r"[^A-Za-z0-9-]+", "-", scope.case.number).strip("-") if scope.case else "public-page"
    stamp = timezone.localdate().isoformat()
    items = list(entries)
    if kind == "pdf":
        lang = request.GET.get("lang") or (translation.get_language() or "es")[:2]
        data = export.export_pdf(scope.agency, scope.case, items, verification, start, end, lang)
        content_type, filename = "application/pdf", f"record-{number}-{stamp}.pdf"
    else:
        data = export.export_json(scope.agency, scope.case, items, verification, start, end)
        content_type, filename = "application/json", f"record-{number}-{stamp}.json"
    log_access(
        request, AccessLog.Action.EXPORT, case=scope.case, what=f"communication record {kind} {_query(period) or 'all'}"
    )
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def export_pdf(request: HttpRequest, case_pk: int) -> HttpResponse:
    return _export(request, case_pk, "pdf")


@login_required
@require_GET
def export_json(request: HttpRequest, case_pk: int) -> HttpResponse:
    return _export(request, case_pk, "json")


@login_required
@require_GET
def public_export_pdf(request: HttpRequest) -> HttpResponse:
    return _export(request, None, "pdf")


@login_required
@require_GET
def public_export_json(request: HttpRequest) -> HttpResponse:
    return _export(request, None, "json")


urlpatterns = [
    path("cases/<int:case_pk>/record/", record_list, name="record_list"),
    path("cases/<int:case_pk>/record/new/", entry_create, name="record_add"),
    path("cases/<int:case_pk>/record/export.pdf", export_pdf, name="record_export_pdf"),
    path("cases/<int:case_pk>/record/export.json", export_json, name="record_export_json"),
    path("record/public/", public_record_list, name="record_public_list"),
    path("record/public/new/", public_entry_create, name="record_public_add"),
    path("record/public/export.pdf", public_export_pdf, name="record_public_export_pdf"),
    path("record/public/export.json", public_export_json, name="record_public_export_json"),
    path("record/entries/<int:pk>/", entry_detail, name="record_entry"),
    path("record/entries/<int:pk>/correct/", entry_correct, name="record_correct"),
    path("record/entries/<int:pk>/attachments/<int:attachment_pk>/", attachment_download, name="record_attachment"),
    path("record/verify/", record_verify, name="record_verify"),
]
