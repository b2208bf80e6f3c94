"""Case list, case page, person page and their forms. Access goes through resguardo.casework.access."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _

from resguardo.casework.access import can_approve, get_case, get_person, log_access, visible_cases
from resguardo.casework.forms import CaseForm, PersonForm
from resguardo.casework.models import AccessLog, Case, Person, Unit
from resguardo.casework.params import parse_id

PAGE_SIZE = 50


@login_required
def case_list(request: HttpRequest) -> HttpResponse:
    cases = visible_cases(request.user).select_related("unit", "assigned_worker")
    q = (request.GET.get("q") or "").strip()[:100]
    status = request.GET.get("status") or "open"
    unit = request.GET.get("unit") or ""
    if q:
        # Search by case number, or by a person's name on the case (only among visible cases).
        cases = cases.filter(
            Q(number__icontains=q) | Q(people__first_name__icontains=q) | Q(people__last_name__icontains=q)
        ).distinct()
    if status in Case.Status.values:
        cases = cases.filter(status=status)
    unit_id = parse_id(unit)
    if unit_id is not None:
        cases = cases.filter(unit_id=unit_id)
    page = Paginator(cases.order_by("number"), PAGE_SIZE).get_page(request.GET.get("page"))
    # Children counted for the 50 cases on the page only, not joined into the count of all of them.
    shown = [c.pk for c in page.object_list]
    counts = dict(
        Person.objects.filter(case_id__in=shown, role="child")
        .values("case_id")
        .annotate(n=Count("id"))
        .values_list("case_id", "n")
    )
    for case in page.object_list:
        case.children = counts.get(case.pk, 0)
    units = Unit.objects.filter(pk__in=visible_cases(request.user).values("unit_id"))
    return render(
        request,
        "casework/case_list.html",
        {
            "page": page,
            "q": q,
            "status": status,
            "unit": unit,
            "units": units,
            "statuses": Case.Status.choices,
        },
    )


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case(request, pk)
    people = list(case.people.prefetch_related("contact_points", "consents__platform").all())
    from resguardo.casework.models import ContactRule

    rules = (
        ContactRule.objects.filter(child__case=case)
        .select_related("child", "other_person")
        .order_by("child__first_name", "rule")
    )
    return render(request, "casework/case_detail.html", {"case": case, "people": people, "rules": rules})


@login_required
def case_create(request: HttpRequest) -> HttpResponse:
    form = CaseForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        case = form.save()
        log_access(request, AccessLog.Action.CREATE, case=case)
        messages.success(request, _("Case %(number)s created.") % {"number": case.number})
        return redirect("case_detail", pk=case.pk)
    return render(request, "casework/case_form.html", {"form": form, "case": None})


@login_required
def case_edit(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case(request, pk, action=None)
    form = CaseForm(request.POST or None, instance=case, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        log_access(request, AccessLog.Action.EDIT, case=case)
        messages.success(request, _("Case saved."))
        return redirect("case_detail", pk=case.pk)
    log_access(request, AccessLog.Action.VIEW, case=case, what="edit form")
    return render(request, "casework/case_form.html", {"form": form, "case": case})


@login_required
def person_create(request: HttpRequest, case_pk: int) -> HttpResponse:
    case = get_case(request, case_pk, action=None)
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = form.save_with_case(case)
        log_access(request, AccessLog.Action.CREATE, person=person)
        messages.success(request, _("%(name)s added to the case.") % {"name": person.full_name})
        return redirect("person_detail", pk=person.pk)
    log_access(request, AccessLog.Action.VIEW, case=case, what="new person form")
    return render(request, "casework/person_form.html", {"form": form, "case": case, "person": None})


@login_required
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_person(request, pk)
    from resguardo.casework.models import ContactRule

    rules = (
        ContactRule.objects.filter(Q(child=person) | Q(other_person=person))
        .select_related("child", "other_person")
        .order_by("rule")
    )
    return render(
        request,
        "casework/person_detail.html",
        {
            "person": person,
            "case": person.case,
            "rules": rules,
            "contact_points": person.contact_points.all(),
            "consents": person.consents.select_related("platform", "approved_by").all(),
            "can_approve_consents": can_approve(request.user),
        },
    )


@login_required
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_person(request, pk, action=None)
    form = PersonForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        form.save_with_case(person.case)
        log_access(request, AccessLog.Action.EDIT, person=person)
        messages.success(request, _("Saved."))
        return redirect("person_detail", pk=person.pk)
    log_access(request, AccessLog.Action.VIEW, person=person, what="edit form")
    return render(request, "casework/person_form.html", {"form": form, "case": person.case, "person": person})


def people_of(case: Case) -> list[Person]:
    return list(case.people.all())


urlpatterns = [
    path("cases/", case_list, name="case_list"),
    path("cases/new/", case_create, name="case_create"),
    path("cases/<int:pk>/", case_detail, name="case_detail"),
    path("cases/<int:pk>/edit/", case_edit, name="case_edit"),
    path("cases/<int:case_pk>/people/new/", person_create, name="person_create"),
    path("people/<int:pk>/", person_detail, name="person_detail"),
    path("people/<int:pk>/edit/", person_edit, name="person_edit"),
]
