"""Who may do what, in one place: per-case access, the roles' permissions, the scopes of agency accounts,
and the access log. Every view, form, API call and the admin go through these functions.

Rules: a caseworker sees the cases assigned to them; a supervisor the cases of their unit; an
administrator every case of the agency. Anything else is a 404, never a 403, so a guessed URL does not
even confirm that a case exists. Every view of a case or person is written to the access log.
Supervisors and administrators approve consents, read the access log and verify the communication record;
only an agency's administrators approve platforms, import a caseload and use the admin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeGuard

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest

from resguardo.casework.models import AccessLog, AgencyAccount, Case, Person, Role, Unit, User

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


# ------------------------------------------------------------------------------------------------ roles


def is_administrator(user: object) -> TypeGuard[User]:
    """An agency's administrator, or the installation's operator (a superuser, who may have no agency)."""
    return isinstance(user, User) and user.is_administrator


def is_agency_administrator(user: object) -> TypeGuard[User]:
    """An administrator with an agency: approves platforms for it and imports its caseload."""
    return is_administrator(user) and user.agency_id is not None


def is_supervisor_or_administrator(user: object) -> TypeGuard[User]:
    return isinstance(user, User) and (user.is_supervisor or user.is_administrator)


def can_approve(user: object) -> bool:
    """Approves a recorded consent: supervisors (of the case's unit: they only see their unit's cases) and
    administrators. Who recorded it does not approve it (checked by the view, per consent)."""
    return is_supervisor_or_administrator(user)


def can_read_access_log(user: object) -> bool:
    """Which entries: visible_access_log()."""
    return is_supervisor_or_administrator(user)


def can_use_admin_site(user: object) -> bool:
    """Only the agency's administrators reach /admin/ (is_staff alone is not enough)."""
    return bool(getattr(user, "is_active", False)) and is_administrator(user)


# ------------------------------------------------------------------------------------------------ cases


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


def case_assignment_choices(user: User) -> tuple[QuerySet[Unit], QuerySet[User]] | None:
    """The units and active caseworkers a user may open or move a case to: the agency's for an administrator,
    their unit's for a supervisor; None for a caseworker, whose cases stay in their unit, assigned to them."""
    units = Unit.objects.filter(agency_id=user.agency_id)
    workers = User.objects.filter(agency_id=user.agency_id, is_active=True, role=Role.CASEWORKER)
    if user.is_administrator:
        return units, workers
    if user.role == Role.SUPERVISOR:
        return units.filter(pk=user.unit_id), workers.filter(unit_id=user.unit_id)
    return None


# ------------------------------------------------------------------------------------------------ agency accounts


def visible_accounts(user: object) -> QuerySet[AgencyAccount]:
    """Caseworkers see the accounts they use; supervisors their unit's; administrators the agency's."""
    if not isinstance(user, User) or user.agency_id is None:
        return AgencyAccount.objects.none()
    accounts = AgencyAccount.objects.filter(agency_id=user.agency_id)
    if user.is_administrator:
        return accounts
    if user.role == Role.SUPERVISOR and user.unit_id:
        return accounts.filter(owner__unit_id=user.unit_id) | accounts.filter(owner=user)
    return accounts.filter(owner=user)


def account_owner_choices(user: User) -> QuerySet[User] | None:
    """Whom a user may register an agency account for: any active member of the agency's staff for an
    administrator, of their unit for a supervisor; None for anyone else, who registers accounts they use."""
    staff = User.objects.filter(agency_id=user.agency_id, is_active=True)
    if user.is_administrator:
        return staff
    if user.role == Role.SUPERVISOR and user.unit_id:
        return staff.filter(unit_id=user.unit_id)
    return None


def sendable_accounts(user: User) -> QuerySet[AgencyAccount]:
    """The accounts a user may send from: their own, active, of their agency (the compose page's choices;
    the check's accounts rule says the same of a chosen account)."""
    return AgencyAccount.objects.filter(owner=user, active=True, agency_id=user.agency_id)


# ------------------------------------------------------------------------------------------------ the access log


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


def get_visible_or_404(visible: QuerySet[Any], pk: int | str) -> Any:
    """The row with this id among the ones the user may see (``visible``), else 404: the same answer for
    another unit's row, one that does not exist and an id that is no number or too large."""
    try:
        return visible.get(pk=_id(pk))
    except (visible.model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_case(request: HttpRequest, pk: int | str, *, action: Any = AccessLog.Action.VIEW) -> Case:
    """The case if this user may see it (and the access logged), else 404."""
    case: Case = get_visible_or_404(visible_cases(request.user).select_related("unit", "assigned_worker"), pk)
    if action:
        log_access(request, action, case=case)
    return case


def get_person(request: HttpRequest, pk: int | str, *, action: Any = AccessLog.Action.VIEW) -> Person:
    person: Person = get_visible_or_404(visible_people(request.user).select_related("case", "case__unit"), pk)
    if action:
        log_access(request, action, person=person)
    return person


def visible_access_log(user: User | AnonymousUser) -> QuerySet[AccessLog]:
    """Supervisors read their unit's cases' entries and their staff's; administrators the whole agency's."""
    if not isinstance(user, User) or not can_read_access_log(user) or user.agency_id is None:
        return AccessLog.objects.none()
    log = AccessLog.objects.filter(agency_id=user.agency_id)
    if user.is_administrator:
        return log
    if user.unit_id is None:
        # "No unit" is not a unit: matching it would show every administrator's entries (they have none).
        return AccessLog.objects.none()
    case_ids = visible_cases(user).values("pk")
    return log.filter(Q(case_id__in=case_ids) | Q(user__unit_id=user.unit_id))
