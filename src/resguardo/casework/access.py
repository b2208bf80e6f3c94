"""Per-case access control and the access log. Every view and API call goes through these functions.

Rules: a caseworker sees the cases assigned to them; a supervisor the cases of their unit; an
administrator every case of the agency. Anything else is a 404, never a 403, so a guessed URL does not
even confirm that a case exists. Every view of a case or person is written to the access log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest

from resguardo.casework.models import AccessLog, Case, Person, Role, User

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


def visible_cases(user: User | AnonymousUser) -> QuerySet[Case]:
    if not user.is_authenticated or not isinstance(user, User) or user.agency_id is None:
        return Case.objects.none()
    cases = Case.objects.filter(agency_id=user.agency_id)
    if user.is_administrator:
        return cases
    if user.role == Role.SUPERVISOR:
        return cases.filter(unit_id=user.unit_id) if user.unit_id else cases.none()
    return cases.filter(assigned_worker=user)


def visible_people(user: User | AnonymousUser) -> QuerySet[Person]:
    return Person.objects.filter(case__in=visible_cases(user))


def can_edit_case(user: User | AnonymousUser, case: Case) -> bool:
    """Same as reading for now: a caseworker edits their cases, a supervisor their unit's."""
    return visible_cases(user).filter(pk=case.pk).exists()


def client_ip(request: HttpRequest) -> str | None:
    """The client's address. Behind N trusted reverse proxies (TRUSTED_PROXY_HOPS=N), the address the
    nearest of them saw, from X-Forwarded-For; never an address the client itself wrote in that header."""
    from django.conf import settings

    hops = getattr(settings, "TRUSTED_PROXY_HOPS", 0)
    if hops > 0:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
        if len(forwarded) >= hops:
            return forwarded[-hops][:45] or None
    return request.META.get("REMOTE_ADDR") or None


def log_access(
    request: HttpRequest, action: Any, *, case: Case | None = None, person: Person | None = None, what: str = ""
) -> None:
    user = request.user if request.user.is_authenticated else None
    if case is None and person is not None:
        case = person.case
    AccessLog.objects.create(
        user=user,
        action=action,
        agency_id=case.agency_id if case else getattr(user, "agency_id", None),
        case_id=case.pk if case else None,
        case_number=case.number if case else "",
        person_id=person.pk if person else None,
        what=what[:200],
        path=request.get_full_path()[:300],
        ip=client_ip(request),
    )


MAX_ID = 2**63 - 1  # larger numbers overflow the database's integer: they name nothing


def _id(pk: int | str) -> int:
    value = int(pk)
    if not 0 < value <= MAX_ID:
        raise ValueError(pk)
    return value


def get_case(request: HttpRequest, pk: int | str, *, action: Any = AccessLog.Action.VIEW) -> Case:
    """The case if this user may see it (and the access logged), else 404."""
    try:
        case = visible_cases(request.user).select_related("unit", "assigned_worker").get(pk=_id(pk))
    except (Case.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if action:
        log_access(request, action, case=case)
    return case


def get_person(request: HttpRequest, pk: int | str, *, action: Any = AccessLog.Action.VIEW) -> Person:
    try:
        person = visible_people(request.user).select_related("case", "case__unit").get(pk=_id(pk))
    except (Person.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if action:
        log_access(request, action, person=person)
    return person


def visible_access_log(user: User | AnonymousUser) -> QuerySet[AccessLog]:
    """Supervisors read their unit's cases' entries and their staff's; administrators the whole agency's."""
    if not isinstance(user, User) or not user.can_read_access_log or user.agency_id is None:
        return AccessLog.objects.none()
    log = AccessLog.objects.filter(agency_id=user.agency_id)
    if user.is_administrator:
        return log
    if user.unit_id is None:
        # "No unit" is not a unit: matching it would show every administrator's entries (they have none).
        return AccessLog.objects.none()
    case_ids = visible_cases(user).values("pk")
    return log.filter(Q(case_id__in=case_ids) | Q(user__unit_id=user.unit_id))
