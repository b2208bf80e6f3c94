"""Platform catalog (facts with sources, the agency's approvals), the recommender and agency accounts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from resguardo.casework.access import is_agency_administrator, log_access, visible_accounts
from resguardo.casework.catalog import FACT_FIELDS
from resguardo.casework.forms import AgencyAccountForm, ApprovalForm, RecommendForm
from resguardo.casework.models import AccessLog, Platform, PlatformApproval, Purpose, User
from resguardo.casework.recommender import PersonNeeds, general_advice, recommend


def _lang() -> str:
    return "en" if (get_language() or "es").startswith("en") else "es"


def _approvals_by_platform(user: Any) -> dict[int, list[str]]:
    """Platform id → purposes approved by the user's agency."""
    approved: dict[int, list[str]] = {}
    if getattr(user, "agency_id", None) is None:
        return approved
    for platform_id, purpose in PlatformApproval.objects.filter(agency_id=user.agency_id).values_list(
        "platform_id", "purpose"
    ):
        approved.setdefault(platform_id, []).append(purpose)
    return approved


def _purpose_labels(purposes: list[str]) -> list[str]:
    return [str(label) for value, label in Purpose.choices if value in purposes]


@login_required
def platform_list(request: HttpRequest) -> HttpResponse:
    approved = _approvals_by_platform(request.user)
    platforms = list(Platform.objects.order_by("name"))
    rows = [{"platform": p, "purposes": _purpose_labels(approved.get(p.pk, []))} for p in platforms]
    return render(request, "casework/platforms/platform_list.html", {"rows": rows})


def _checked(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def _facts(platform: Platform, lang: str) -> list[dict[str, Any]]:
    yes_no = {True: _("Yes"), False: _("No")}
    values: dict[str, Any] = {
        "hipaa_baa": platform.get_hipaa_baa_display(),
        "end_to_end_encryption": platform.get_end_to_end_encryption_display(),
        "minimum_age": (_("%(age)d years") % {"age": platform.minimum_age})
        if platform.minimum_age
        else _("No minimum age for participants (the agency holds the account)"),
        "location_features": platform.localized("location_features", lang),
        "retention": platform.localized("retention", lang),
        "captions": yes_no[platform.captions],
        "accessibility": platform.localized("accessibility", lang),
        "low_bandwidth": yes_no[platform.low_bandwidth],
        "languages": platform.languages,
    }
    labels = {
        "hipaa_baa": _("HIPAA business associate agreement"),
        "end_to_end_encryption": _("End-to-end encryption"),
        "minimum_age": _("Minimum user age"),
        "location_features": _("Location features"),
        "retention": _("Message retention"),
        "captions": _("Captions or text"),
        "accessibility": _("Accessibility"),
        "low_bandwidth": _("Works on a slow connection"),
        "languages": _("Languages"),
    }
    sources = platform.sources or {}
    facts = []
    for name in FACT_FIELDS:
        if name not in values:
            continue
        src = sources.get(name) or {}
        facts.append(
            {
                "name": name,
                "label": labels[name],
                "value": values[name],
                "source": src.get("source", ""),
                "checked": _checked(src.get("checked")),
            }
        )
    return facts


@login_required
def platform_detail(request: HttpRequest, slug: str) -> HttpResponse:
    platform = get_object_or_404(Platform, slug=slug)
    lang = _lang()
    other = "es" if lang == "en" else "en"
    approved = _approvals_by_platform(request.user).get(platform.pk, [])
    sources = platform.sources or {}
    return render(
        request,
        "casework/platforms/platform_detail.html",
        {
            "platform": platform,
            "facts": _facts(platform, lang),
            "summary": platform.privacy_summary(lang),
            "checklist": platform.checklist(lang),
            "other_lang": other,
            "other_lang_name": _("Spanish") if other == "es" else _("English"),
            "other_summary": platform.privacy_summary(other),
            "other_checklist": platform.checklist(other),
            "summary_source": sources.get("privacy_summary") or {},
            "summary_checked": _checked((sources.get("privacy_summary") or {}).get("checked")),
            "checklist_source": sources.get("settings_checklist") or {},
            "checklist_checked": _checked((sources.get("settings_checklist") or {}).get("checked")),
            "purposes": [
                {"value": value, "label": label, "approved": value in approved} for value, label in Purpose.choices
            ],
            "can_approve": is_agency_administrator(request.user),
        },
    )


@login_required
@require_POST
def platform_approval(request: HttpRequest, slug: str) -> HttpResponse:
    user = request.user
    if not is_agency_administrator(user):
        raise Http404
    platform = get_object_or_404(Platform, slug=slug)
    form = ApprovalForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a purpose."))
        return redirect("platform_detail", slug=platform.slug)
    purpose = form.cleaned_data["purpose"]
    label = Purpose(purpose).label
    if form.cleaned_data["action"] == "approve":
        PlatformApproval.objects.get_or_create(
            agency_id=user.agency_id, platform=platform, purpose=purpose, defaults={"approved_by": user}
        )
        messages.success(
            request, _("%(platform)s approved for %(purpose)s.") % {"platform": platform.name, "purpose": label}
        )
    else:
        PlatformApproval.objects.filter(agency_id=user.agency_id, platform=platform, purpose=purpose).delete()
        messages.success(
            request,
            _("Approval of %(platform)s for %(purpose)s withdrawn.") % {"platform": platform.name, "purpose": label},
        )
    return redirect("platform_detail", slug=platform.slug)


@login_required
def recommend_view(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    bound = "purpose" in request.GET
    form = RecommendForm(request.GET if bound else None, user=user)
    results = None
    notes: list[str] = []
    people: list[PersonNeeds] = []
    if bound and form.is_valid():
        data = form.cleaned_data
        case = data.get("case")
        if case is not None:
            shown = "people" in request.GET or "people_shown" in request.GET
            chosen = set(data.get("people") or []) if shown else None
            for person in form.case_people:
                if chosen is None or str(person.pk) in chosen:
                    people.append(
                        PersonNeeds(
                            label=person.full_name,
                            age=person.age,
                            preferred_language=person.preferred_language,
                            accessibility_needs=person.accessibility_needs,
                            connectivity=person.connectivity,
                        )
                    )
            log_access(request, AccessLog.Action.VIEW, case=case, what="platform recommender: people")
        if form.has_manual_person():
            people.append(
                PersonNeeds(
                    label=_("the person entered by hand"),
                    age=data.get("age"),
                    preferred_language=data.get("language") or "",
                    accessibility_needs=data.get("accessibility") or "",
                    connectivity=data.get("connectivity") or "good",
                )
            )
        approvals = PlatformApproval.objects.filter(agency_id=user.agency_id).values_list("platform__slug", "purpose")
        lang = _lang()
        results = recommend(
            Platform.objects.order_by("name"),
            list(approvals),
            data["purpose"],
            people,
            data["health_info"] == "yes",
            lang,
        )
        notes = general_advice(results, people, lang)
    elif bound and form.case_obj is not None:
        log_access(request, AccessLog.Action.VIEW, case=form.case_obj, what="platform recommender: people")
    selected = _selected_people(request, form)
    return render(
        request,
        "casework/platforms/recommend.html",
        {
            "form": form,
            "results": results,
            "notes": notes,
            "people": people,
            "selected_people": selected,
            "recommended": [r for r in results or [] if r.status == "recommended"],
            "excluded": [r for r in results or [] if r.status == "excluded"],
            "not_approved": [r for r in results or [] if r.status == "not_approved"],
        },
    )


def _selected_people(request: HttpRequest, form: RecommendForm) -> set[str]:
    if "people" in request.GET or "people_shown" in request.GET:
        return set(request.GET.getlist("people"))
    return {str(p.pk) for p in form.case_people}


# Agency accounts ---------------------------------------------------------------------------------------------


@login_required
def account_list(request: HttpRequest) -> HttpResponse:
    show = request.GET.get("show") or "active"
    accounts = visible_accounts(request.user).select_related("platform", "owner", "registered_by")
    if show != "all":
        accounts = accounts.filter(active=True)
    return render(
        request,
        "casework/platforms/account_list.html",
        {
            "accounts": accounts.order_by("platform__name", "identifier"),
            "show": show,
        },
    )


@login_required
def account_create(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    if user.agency_id is None:
        raise Http404
    form = AgencyAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            account = form.save()
        messages.success(request, _("Account %(account)s registered.") % {"account": str(account)})
        return redirect("account_list")
    return render(request, "casework/platforms/account_form.html", {"form": form})


@login_required
@require_POST
def account_deactivate(request: HttpRequest, pk: int) -> HttpResponse:
    account = get_object_or_404(visible_accounts(request.user), pk=pk)
    if account.active:
        account.active = False
        account.save(update_fields=["active"])
        messages.success(request, _("Account %(account)s deactivated.") % {"account": str(account)})
    return redirect("account_list")


urlpatterns = [
    path("platforms/", platform_list, name="platform_list"),
    path("platforms/recommend/", recommend_view, name="recommend"),
    path("platforms/<str:slug>/", platform_detail, name="platform_detail"),
    path("platforms/<str:slug>/approval/", platform_approval, name="platform_approval"),
    path("accounts/", account_list, name="account_list"),
    path("accounts/new/", account_create, name="account_create"),
    path("accounts/<int:pk>/deactivate/", account_deactivate, name="account_deactivate"),
]
