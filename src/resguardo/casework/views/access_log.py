"""The access log page: who viewed which case, for supervisors and administrators."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from resguardo.casework.access import can_read_access_log, visible_access_log


@login_required
def access_log(request: HttpRequest) -> HttpResponse:
    if not can_read_access_log(request.user):
        raise Http404
    entries = visible_access_log(request.user).select_related("user")
    case_number = (request.GET.get("case") or "").strip()[:40]
    username = (request.GET.get("user") or "").strip()[:150]
    if case_number:
        entries = entries.filter(case_number__iexact=case_number)
    if username:
        entries = entries.filter(user__username__iexact=username)
    page = Paginator(entries, 100).get_page(request.GET.get("page"))
    return render(request, "casework/access_log.html", {"page": page, "case": case_number, "who": username})


urlpatterns = [path("access-log/", access_log, name="access_log")]
