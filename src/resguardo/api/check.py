"""`POST /api/check`: the check before sending, for integrations. Same inputs and answer as the compose page."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any, Literal

from django.conf import settings
from django.http import Http404, HttpRequest
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from resguardo.casework.access import MAX_ID, get_case, log_access
from resguardo.casework.models import AccessLog, AgencyAccount, Platform
from resguardo.checks.service import CheckPhoto, CheckRequest, PhotoOutcome, run_check
from resguardo.checks.throttle import check_allowed

router = Router(tags=["check"])


class PhotoIn(Schema):
    name: str = Field(..., max_length=200, description="File name, for the report only")
    data_base64: str = Field(..., description="The photo's bytes (JPEG, PNG, WebP, HEIC), base64-encoded")


class CheckIn(Schema):
    text: str = Field("", max_length=20_000, description="The message or post exactly as it would be sent")
    purpose: Literal["messaging", "virtual_visits", "photos", "public_recognition"] = "messaging"
    case_id: int | None = Field(
        None, ge=1, le=MAX_ID, description="The case it is about; omit for the agency's public page"
    )
    recipient_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(
        default_factory=list, max_length=50, description="People on the case who receive it"
    )
    account_id: int | None = Field(None, ge=1, le=MAX_ID, description="The agency account it goes out from")
    platform: str | None = Field(None, max_length=40, description="Platform identifier when no account is given")
    audience: Literal["public", "private"] | None = Field(None, description="Default: public without a case")
    lang: Literal["es", "en"] | None = Field(None, description="Language of the reasons; default: the user's")
    photos: list[PhotoIn] = Field(default_factory=list, max_length=6)


class ReasonOut(Schema):
    code: str = Field(..., description="Stable identifier, e.g. consent.expired, contact.not_allowed")
    severity: Literal["block", "review", "info"]
    message: str
    tip: str = Field(..., description="The guide's tip it comes from")
    person_id: int | None


class FindingOut(Schema):
    start: int
    end: int
    type: str
    text: str
    severity: str
    reason: str
    person: str | None
    role: str | None


class PhotoOut(Schema):
    name: str
    ok: bool
    report: dict[str, Any]
    error: str
    format: str
    sanitized_base64: str | None = None


class CheckOut(Schema):
    verdict: Literal["ok", "review", "block"]
    reasons: list[ReasonOut]
    redacted_text: str
    findings: list[FindingOut]
    audience: str
    platform: str | None
    message_language: str | None
    readability: float | None
    photos: list[PhotoOut]


class ProblemOut(Schema):
    detail: str


@router.post(
    "/check",
    response={200: CheckOut, 403: ProblemOut, 404: ProblemOut, 429: ProblemOut},
    summary="Check a message or post before sending it",
)
def check(request: HttpRequest, body: CheckIn) -> Any:
    user: Any = request.user
    # Refusals come in the language the answer would: the request's, else the user's, else the browser's.
    lang: str = body.lang or user.preferred_language or (get_language() or "es")[:2]
    with translation.override(lang):
        return _check(request, body, user, lang)


def _check(request: HttpRequest, body: CheckIn, user: Any, lang: str) -> Any:
    if user.agency_id is None:
        return Status(403, {"detail": _("This user belongs to no agency.")})
    if not check_allowed(user.pk):
        return Status(429, {"detail": _("Too many checks in a minute. Wait a moment and check again.")})
    case = None
    if body.case_id is not None:
        try:
            case = get_case(request, body.case_id, action=None)
        except Http404:
            return Status(404, {"detail": _("Case not found.")})
    people = {p.pk: p for p in case.people.all()} if case is not None else {}
    recipients = []
    for pid in dict.fromkeys(body.recipient_ids):
        if pid not in people:
            return Status(404, {"detail": _("Person %(id)s is not on this case.") % {"id": pid}})
        recipients.append(people[pid])
    account = None
    if body.account_id is not None:
        account = (
            AgencyAccount.objects.select_related("platform")
            .filter(pk=body.account_id, agency_id=user.agency_id)
            .first()
        )
        if account is None:
            return Status(404, {"detail": _("Unknown agency account.")})
    platform = None
    if body.platform:
        platform = Platform.objects.filter(slug=body.platform.strip().lower()).first()
        if platform is None:
            return Status(404, {"detail": _("Unknown platform %(platform)r.") % {"platform": body.platform}})
    photos: list[CheckPhoto] = []
    rejected: list[PhotoOutcome] = []
    total = 0
    with translation.override(lang):
        for photo in body.photos:
            try:
                data = base64.b64decode(photo.data_base64, validate=True)
            except (binascii.Error, ValueError):
                rejected.append(
                    PhotoOutcome(photo.name, False, error=_("%(name)s: not valid base64.") % {"name": photo.name})
                )
                continue
            total += len(data)
            if total > settings.MAX_UPLOAD_BYTES:
                rejected.append(
                    PhotoOutcome(
                        photo.name,
                        False,
                        error=_("%(name)s: the photos are too large together.") % {"name": photo.name},
                    )
                )
                continue
            photos.append(CheckPhoto(photo.name, data))
    result = run_check(
        CheckRequest(
            agency=user.agency,
            user=user,
            text=body.text,
            purpose=body.purpose,
            case=case,
            recipients=recipients,
            account=account,
            platform=platform,
            audience=body.audience,
            photos=photos,
            rejected_photos=rejected,
            ui_lang=lang,
            path=request.get_full_path(),
        )
    )
    if case is not None:
        log_access(request, AccessLog.Action.VIEW, case=case, what="check before sending (API)")
    return result.as_dict()
