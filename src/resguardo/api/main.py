"""JSON API: the caseload a user may see, with the same per-case rules and access log as the pages."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, NinjaAPI, Schema, Status
from ninja.security import HttpBearer, django_auth

from resguardo.api.check import router as check_router
from resguardo.casework.access import get_case, get_person, visible_cases
from resguardo.casework.models import ApiToken


class TokenAuth(HttpBearer):
    """`Authorization: Bearer rg_…` — tokens from `resguardo manage create_api_token USER`."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        if not token or len(token) > 200:
            return None
        found = (
            ApiToken.objects.select_related("user__agency")
            .filter(key_sha256=ApiToken.digest(token), revoked_at__isnull=True)
            .first()
        )
        if found is None or not found.user.is_active:
            return None
        if found.last_used_at is None or (timezone.now() - found.last_used_at).total_seconds() > 60:
            ApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
        request.user = found.user
        return found.user


api = NinjaAPI(
    title="Resguardo API",
    version="1",
    description="Casework data and checks for integrations. Every call follows the per-case access rules "
    "of the web application and is written to the access log.",
    auth=[TokenAuth(), django_auth],
    docs_url=None,  # the interactive page loads scripts from a CDN; the schema is at /api/openapi.json
    urls_namespace="api",
)


class CaseOut(Schema):
    id: int
    number: str
    status: str
    unit: str
    assigned_worker: str | None
    opened_on: dt.date


class ContactPointOut(Schema):
    kind: str
    value: str


class PersonOut(Schema):
    id: int
    case_id: int
    role: str
    first_name: str
    last_name: str
    aliases: list[str]
    date_of_birth: dt.date | None
    preferred_language: str
    accessibility_needs: str
    connectivity: str
    contact_points: list[ContactPointOut]


class CaseDetailOut(CaseOut):
    people: list[PersonOut]


class ErrorOut(Schema):
    detail: str


def _case(case: Any) -> dict[str, Any]:
    return {
        "id": case.pk,
        "number": case.number,
        "status": case.status,
        "unit": case.unit.name,
        "assigned_worker": case.assigned_worker.username if case.assigned_worker else None,
        "opened_on": case.opened_on,
    }


def _person(person: Any) -> dict[str, Any]:
    return {
        "id": person.pk,
        "case_id": person.case_id,
        "role": person.role,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "aliases": person.alias_list(),
        "date_of_birth": person.date_of_birth,
        "preferred_language": person.preferred_language,
        "accessibility_needs": person.accessibility_needs,
        "connectivity": person.connectivity,
        "contact_points": [{"kind": c.kind, "value": c.value} for c in person.contact_points.all()],
    }


@api.get("/cases", response=list[CaseOut], summary="Cases the user may see")
def list_cases(  # type: ignore[no-untyped-def]
    request: HttpRequest,
    status: str | None = None,
    limit: Annotated[int, Field(ge=1, le=500)] = 100,
    offset: Annotated[int, Field(ge=0, le=10**9)] = 0,
):
    cases = visible_cases(request.user).select_related("unit", "assigned_worker").order_by("number")
    if status:
        cases = cases.filter(status=status)
    limit = max(1, min(limit, 500))
    return [_case(c) for c in cases[max(0, offset) : max(0, offset) + limit]]


@api.get("/cases/{case_id}", response={200: CaseDetailOut, 404: ErrorOut}, summary="One case with its people")
def case_detail(request: HttpRequest, case_id: int):  # type: ignore[no-untyped-def]
    try:
        case = get_case(request, case_id)
    except Http404:
        return Status(404, {"detail": "Not found"})
    people = case.people.prefetch_related("contact_points")
    return {**_case(case), "people": [_person(p) for p in people]}


@api.get("/people/{person_id}", response={200: PersonOut, 404: ErrorOut}, summary="One person")
def person_detail(request: HttpRequest, person_id: int):  # type: ignore[no-untyped-def]
    try:
        person = get_person(request, person_id)
    except Http404:
        return Status(404, {"detail": "Not found"})
    return _person(person)


api.add_router("/", check_router)


@api.exception_handler(RequestDataTooBig)
def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return api.create_response(request, {"detail": "The request is too large (photos: 10 MB in all)."}, status=413)
