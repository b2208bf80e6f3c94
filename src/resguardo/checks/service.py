"""The check before sending: one verdict (ok / review / block) with every reason, in the user's language.

Reasons come from six places, each tied to a tip of the guide:
content (the text engine with the agency's roster), photos (the photo sanitizer), consent (per recipient,
platform and purpose), contact rules (the case plan, on this channel), platform fitness (HIPAA, minimum
age, agency accounts, public posts from a case) and language (the recipient's preferred language and a
plain-language readability hint). `info` reasons never change the verdict.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from resguardo.casework.models import (
    Agency,
    AgencyAccount,
    Case,
    Consent,
    ContactRule,
    Person,
    Platform,
    PlatformApproval,
    Purpose,
    User,
)
from resguardo.checks import language
from resguardo.checks.engines import sanitizer_for, scanner_for, scanner_for_user
from resguardo.engine import FindingType, Scanner, ScanResult

Severity = Literal["block", "review", "info"]
MAX_TEXT = 20_000
MAX_PHOTOS = 6


@dataclass(frozen=True)
class Reason:
    code: str
    severity: Severity
    message: str
    tip: str
    person_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "tip": self.tip,
            "person_id": self.person_id,
        }


@dataclass(frozen=True)
class CheckPhoto:
    name: str
    data: bytes


@dataclass
class PhotoOutcome:
    name: str
    ok: bool
    report: dict[str, Any] = field(default_factory=dict)
    sanitized: bytes = b""
    sanitized_format: str = ""
    error: str = ""

    def as_dict(self, include_data: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "ok": self.ok,
            "report": self.report,
            "error": self.error,
            "format": self.sanitized_format,
        }
        if include_data and self.sanitized:
            out["sanitized_base64"] = base64.b64encode(self.sanitized).decode()
        return out


@dataclass
class CheckRequest:
    agency: Agency
    user: User
    text: str
    purpose: str = "messaging"
    case: Case | None = None  # None: the agency's public page
    recipients: Sequence[Person] = ()
    account: AgencyAccount | None = None
    platform: Platform | None = None  # taken from the account when there is one
    audience: Literal["public", "private"] | None = None
    photos: Sequence[CheckPhoto] = ()
    # Photos sanitized by an earlier check of the same message (the compose page keeps them).
    checked_photos: Sequence[PhotoOutcome] = ()
    ui_lang: str = "es"
    path: str = ""  # the page or API call that asked, for the access log


@dataclass
class CheckResult:
    verdict: Literal["ok", "review", "block"]
    reasons: list[Reason]
    redacted_text: str
    findings: list[dict[str, Any]]
    audience: str
    platform: str | None
    message_lang: str | None
    readability: float | None
    photos: list[PhotoOutcome] = field(default_factory=list)

    def as_dict(self, include_photo_data: bool = True) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "reasons": [r.as_dict() for r in self.reasons],
            "redacted_text": self.redacted_text,
            "findings": self.findings,
            "audience": self.audience,
            "platform": self.platform,
            "message_language": self.message_lang,
            "readability": self.readability,
            "photos": [p.as_dict(include_photo_data) for p in self.photos],
        }


# The guide's tips, as the reasons cite them.
def _tip(key: str) -> str:
    return {
        "privacy": _("Guide, privacy: never reveal a child's or family's personal information or case details."),
        "photos": _("Guide, privacy: no photos with identifying details; strip location."),
        "consent": _("Guide, privacy: get the agency's and the client's consent before communicating on a platform."),
        "contact": _("Guide, families: the case plan's contact limits extend to social media."),
        "hipaa": _("Guide, privacy: protected health information only on HIPAA-compliant platforms."),
        "accounts": _("Guide, privacy: keep professional and personal use apart; use agency accounts."),
        "platform": _("Guide, general: pick the platform that fits the goal and the audience."),
        "language": _("Guide, general: communication barriers — language, culture, disability, connectivity."),
        "medium": _("Guide, general: craft messages fit for the medium, in plain language."),
    }[key]


def _channel(platform: Platform | None) -> str:
    if platform is not None and platform.kind == str(Platform.Kind.SMS):
        return str(ContactRule.Channel.PHONE)
    return str(ContactRule.Channel.SOCIAL_MEDIA)


def _verdict(reasons: Sequence[Reason]) -> Literal["ok", "review", "block"]:
    if any(r.severity == "block" for r in reasons):
        return "block"
    if any(r.severity == "review" for r in reasons):
        return "review"
    return "ok"


def run_check(request: CheckRequest) -> CheckResult:
    lang = "en" if request.ui_lang == "en" else "es"
    with translation.override(lang):
        return _run(request, lang)


def _run(req: CheckRequest, lang: str) -> CheckResult:
    reasons: list[Reason] = []
    platform = req.account.platform if req.account is not None else req.platform
    # Without a case, or to recognise or recruit, it is public whatever the caller says.
    public_context = req.case is None or req.purpose == "public_recognition"
    audience = "public" if public_context else (req.audience or "private")
    today = timezone.localdate()
    text = req.text or ""

    # -- content -----------------------------------------------------------------------------
    def scan_with(scanner: Scanner) -> ScanResult:
        return scanner.scan(
            text[:MAX_TEXT],
            audience=audience,
            platform=platform.slug if platform else None,
            ui_lang=lang,  # type: ignore[arg-type]
        )

    scanner = scanner_for(req.agency)
    scan = scan_with(scanner)
    owners = _owners(scanner.roster, scan.findings)
    visible = _visible_owner_ids(req.user, owners)
    hidden = _hidden_people(scan.findings, owners, visible)
    if hidden:
        # Whether a detail belongs to a case this user cannot see must not show in the answer: scan again as
        # if the agency's roster held only what the user may see, and log the hit for that case's supervisor.
        _log_hidden_hits(req, hidden)
        scanner = scanner_for_user(req.agency, _user_roster_ids(req.user))
        scan = scan_with(scanner)
        owners = _owners(scanner.roster, scan.findings)
        visible = _visible_owner_ids(req.user, owners)
    findings = []
    for f in scan.findings:
        ids = owners.get(f.person or "", ())
        shown = not ids or any(i in visible for i in ids)
        # The engine may know every name in the agency; the answer names only people this user may see.
        reason = f.reason if shown else _ROSTER_ROLE.sub("", f.reason)
        findings.append(
            {
                "start": f.start,
                "end": f.end,
                "type": f.type.value,
                "text": f.text,
                "severity": f.severity,
                "reason": reason,
                "person": f.person if shown else None,
                "role": f.role if shown else None,
            }
        )
        if f.severity in ("block", "review"):
            reasons.append(
                Reason(
                    f"content.{f.type.value.lower()}",
                    f.severity,
                    reason,
                    _tip("hipaa" if f.type == FindingType.HEALTH else "privacy"),
                )
            )
    if req.case is not None and audience == "private":
        reasons.extend(_private_disclosures(scan.findings, owners, req.case, list(req.recipients)))
    has_health = any(f.type == FindingType.HEALTH for f in scan.findings)

    # -- platform fitness and accounts -------------------------------------------------------
    if platform is None:
        reasons.append(
            Reason(
                "platform.missing",
                "review",
                _("Choose the platform or agency account it goes out on."),
                _tip("platform"),
            )
        )
    else:
        if has_health and platform.hipaa_baa != Platform.Answer.YES:
            # One reason that names the platform instead of one per health term.
            reasons[:] = [r for r in reasons if r.code != "content.health"]
            reasons.append(
                Reason(
                    "platform.hipaa",
                    "block",
                    _(
                        "This text has health information and %(platform)s has no HIPAA business "
                        "associate agreement. Use a HIPAA-compliant platform or remove the health "
                        "information."
                    )
                    % {"platform": platform.name},
                    _tip("hipaa"),
                )
            )
        approved = PlatformApproval.objects.filter(agency=req.agency, platform=platform, purpose=req.purpose).exists()
        if not approved:
            reasons.append(
                Reason(
                    "platform.not_approved",
                    "review",
                    _("Your agency has not approved %(platform)s for %(purpose)s.")
                    % {"platform": platform.name, "purpose": Purpose(req.purpose).label},
                    _tip("platform"),
                )
            )
    if req.account is None:
        reasons.append(
            Reason(
                "account.missing",
                "review" if req.platform is not None else "info",
                _("No agency account chosen: send only from an account registered to the agency."),
                _tip("accounts"),
            )
        )
    else:
        account = req.account
        if account.agency_id != req.agency.pk or not account.active:
            reasons.append(
                Reason(
                    "account.unregistered",
                    "block",
                    _("This account is not an active agency account."),
                    _tip("accounts"),
                )
            )
        elif account.owner_id != req.user.pk:
            reasons.append(
                Reason(
                    "account.not_yours",
                    "block",
                    _("This agency account is registered to another worker."),
                    _tip("accounts"),
                )
            )
    if req.case is not None and audience == "public":
        reasons.append(
            Reason(
                "platform.public_from_case",
                "block",
                _(
                    "A public post cannot be written from a case. Use the agency's public page, "
                    "without any detail of the case."
                ),
                _tip("privacy"),
            )
        )

    # -- per recipient: age, consent, contact rules, language ---------------------------------
    detected = language.detect_language(text)
    channel = _channel(platform)
    people = list(req.recipients)
    # One query each for all recipients' consents and contact rules (not one per recipient).
    current = _current_consents(people, platform, req.purpose) if platform is not None else {}
    rules = _rules_in_force(Q(other_person__in=people), channel, today) if people else []
    for person in people:
        age = person.age_on(today)
        if platform is not None and age is not None and age < platform.minimum_age:
            reasons.append(
                Reason(
                    "platform.minimum_age",
                    "block",
                    _("%(name)s is %(age)d; %(platform)s is for users %(min)d and older.")
                    % {"name": person.full_name, "age": age, "platform": platform.name, "min": platform.minimum_age},
                    _tip("platform"),
                    person.pk,
                )
            )
        if platform is not None:
            reasons.extend(_consent_reasons(person, current.get(person.pk), platform, req.purpose, today))
        reasons.extend(_rule_reasons(person, [r for r in rules if r.other_person_id == person.pk]))
        if detected.lang and person.preferred_language and detected.lang != person.preferred_language:
            reasons.append(
                Reason(
                    "language.mismatch",
                    "review",
                    _("%(name)s prefers %(preferred)s; this message is in %(lang)s.")
                    % {
                        "name": person.full_name,
                        "preferred": _lang_name(person.preferred_language),
                        "lang": _lang_name(detected.lang),
                    },
                    _tip("language"),
                    person.pk,
                )
            )
        if person.accessibility_needs and req.photos:
            reasons.append(
                Reason(
                    "language.accessibility",
                    "info",
                    _("%(name)s has accessibility needs (%(needs)s): describe the photos in words too.")
                    % {"name": person.full_name, "needs": person.accessibility_needs},
                    _tip("language"),
                    person.pk,
                )
            )
    # Naming someone the child may not contact passes that contact along.
    if people and req.case is not None:
        reasons.extend(_mentioned_restricted(scan.findings, people, req.case, channel, today))

    # -- photos ------------------------------------------------------------------------------
    outcomes: list[PhotoOutcome] = list(req.checked_photos)
    for outcome in outcomes:
        reasons.extend(_photo_reasons(outcome.name, outcome.report))
    if req.photos or req.checked_photos:
        if req.case is not None and platform is not None:
            for child in (p for p in req.case.people.all() if p.is_child):
                if not _has_consent(child, platform, str(Purpose.PHOTOS), today):
                    reasons.append(
                        Reason(
                            "consent.photos",
                            "block",
                            _("No valid consent for photos of %(name)s on %(platform)s.")
                            % {"name": child.full_name, "platform": platform.name},
                            _tip("consent"),
                            child.pk,
                        )
                    )
        room = max(0, MAX_PHOTOS - len(outcomes))
        if len(req.photos) > room:
            reasons.append(
                Reason(
                    "photo.too_many",
                    "review",
                    _("Only %(n)d photos are checked at a time; the others were not checked and must not be sent.")
                    % {"n": MAX_PHOTOS},
                    _tip("photos"),
                )
            )
        outcomes += _photos(req.photos[:room], scanner, lang, reasons)

    # -- readability -------------------------------------------------------------------------
    read = language.readability(text, detected.lang or lang)
    if read is not None and not read.easy:
        reasons.append(
            Reason(
                "language.readability",
                "info",
                _(
                    "Plain language: this reads as difficult (score %(score)s of 100). Use shorter "
                    "sentences and everyday words."
                )
                % {"score": f"{read.score:.0f}"},
                _tip("medium"),
            )
        )

    return CheckResult(
        verdict=_verdict(reasons),
        reasons=_dedupe(reasons),
        redacted_text=scan.redacted,
        findings=findings,
        audience=audience,
        platform=platform.slug if platform else None,
        message_lang=detected.lang,
        readability=read.score if read else None,
        photos=outcomes,
    )


def _dedupe(reasons: list[Reason]) -> list[Reason]:
    seen: set[tuple[str, str]] = set()
    out = []
    order = {"block": 0, "review": 1, "info": 2}
    for r in sorted(reasons, key=lambda r: order[r.severity]):
        if (r.code, r.message) not in seen:
            seen.add((r.code, r.message))
            out.append(r)
    return out


def _lang_name(code: str) -> str:
    return _("Spanish") if code == "es" else _("English") if code == "en" else code


def _current_consents(people: Sequence[Person], platform: Platform, purpose: str) -> dict[int, Consent]:
    """Each person's most recent consent, which decides: a newer revocation or refusal ends an older one."""
    found: dict[int, Consent] = {}
    consents = Consent.objects.filter(person__in=people, platform=platform, purpose=purpose).order_by(
        "-given_on", "-created_at", "-id"
    )
    for consent in consents:
        found.setdefault(consent.person_id, consent)
    return found


def _has_consent(person: Person, platform: Platform, purpose: str, today: dt.date) -> bool:
    current = _current_consents([person], platform, purpose).get(person.pk)
    return current is not None and current.status_on(today) == Consent.Status.ACTIVE


def _consent_reasons(
    person: Person, current: Consent | None, platform: Platform, purpose: str, today: dt.date
) -> list[Reason]:
    statuses = {current.status_on(today)} if current is not None else set()
    values = {"name": person.full_name, "platform": platform.name, "purpose": Purpose(purpose).label}
    if Consent.Status.ACTIVE in statuses:
        return []
    tip = _tip("consent")
    if Consent.Status.PENDING in statuses:
        return [
            Reason(
                "consent.pending",
                "block",
                _("The consent of %(name)s for %(platform)s (%(purpose)s) is waiting for the supervisor's approval.")
                % values,
                tip,
                person.pk,
            )
        ]
    if Consent.Status.EXPIRED in statuses:
        return [
            Reason(
                "consent.expired",
                "block",
                _("The consent of %(name)s for %(platform)s (%(purpose)s) has expired. Ask again before sending.")
                % values,
                tip,
                person.pk,
            )
        ]
    if Consent.Status.REVOKED in statuses:
        return [
            Reason(
                "consent.revoked",
                "block",
                _("%(name)s revoked consent for %(platform)s (%(purpose)s).") % values,
                tip,
                person.pk,
            )
        ]
    return [
        Reason(
            "consent.missing",
            "block",
            _("There is no consent from %(name)s for %(platform)s (%(purpose)s).") % values,
            tip,
            person.pk,
        )
    ]


def _rules_in_force(query: Q, channel: str, today: dt.date) -> list[ContactRule]:
    rules = ContactRule.objects.filter(query).select_related("child", "other_person")
    return [r for r in rules if r.in_force_on(today) and r.covers(channel) and r.rule != ContactRule.Rule.ALLOWED]


def _rule_reasons(person: Person, rules: Sequence[ContactRule]) -> list[Reason]:
    out = []
    for rule in rules:
        values = {"name": person.full_name, "child": rule.child.full_name}
        if rule.rule == ContactRule.Rule.NOT_ALLOWED:
            out.append(
                Reason(
                    "contact.not_allowed",
                    "block",
                    _("The case plan does not allow contact between %(child)s and %(name)s on this channel.") % values,
                    _tip("contact"),
                    person.pk,
                )
            )
        else:
            out.append(
                Reason(
                    "contact.supervised",
                    "review",
                    _(
                        "Contact between %(child)s and %(name)s is allowed only under supervision: a "
                        "message is not supervised contact unless the plan says so."
                    )
                    % values,
                    _tip("contact"),
                    person.pk,
                )
            )
    return out


def _mentioned_restricted(
    findings: Sequence[Any], recipients: Sequence[Person], case: Case, channel: str, today: dt.date
) -> list[Reason]:
    mentioned = {f.person for f in findings if f.person}
    if not mentioned:
        return []
    out = []
    children = [p for p in recipients if p.is_child]
    for rule in _rules_in_force(Q(child__in=children), channel, today):
        if rule.rule == ContactRule.Rule.NOT_ALLOWED and rule.other_label in mentioned:
            out.append(
                Reason(
                    "contact.mentioned",
                    "review",
                    _(
                        "This message to %(child)s mentions %(name)s, whom the case plan does not allow "
                        "%(child)s to contact."
                    )
                    % {"child": rule.child.full_name, "name": rule.other_label},
                    _tip("contact"),
                    rule.child_id,
                )
            )
    return out


def _photos(photos: Sequence[CheckPhoto], scanner: Any, lang: str, reasons: list[Reason]) -> list[PhotoOutcome]:
    from resguardo.cli.photo import photo_error
    from resguardo.engine.photo import PhotoError

    sanitizer = sanitizer_for(scanner)
    outcomes = []
    for photo in photos:
        try:
            result = sanitizer.sanitize(photo.data, lang=lang)
        except PhotoError as exc:
            message = photo_error(exc, lang, photo.name)  # type: ignore[arg-type]
            outcomes.append(PhotoOutcome(photo.name, False, error=message))
            reasons.append(Reason("photo.unreadable", "block", message, _tip("photos")))
            continue
        report = result.report.as_dict()
        outcomes.append(PhotoOutcome(photo.name, True, report, result.data, result.format))
        reasons.extend(_photo_reasons(photo.name, report))
    return outcomes


def _photo_reasons(name: str, report: dict[str, Any]) -> list[Reason]:
    reasons = []
    values = {"name": name}
    if report.get("gps"):
        reasons.append(
            Reason(
                "photo.location",
                "info",
                _("%(name)s carried its GPS location; the sanitized copy has none. Send only the sanitized copy.")
                % values,
                _tip("photos"),
            )
        )
    elif report.get("metadata_removed"):
        reasons.append(
            Reason(
                "photo.metadata",
                "info",
                _("%(name)s: metadata removed in the sanitized copy.") % values,
                _tip("photos"),
            )
        )
    faces = sum(1 for f in report.get("faces", []) if f.get("blurred"))
    texts = sum(1 for t in report.get("text", []) if t.get("blurred"))
    if faces or texts:
        reasons.append(
            Reason(
                "photo.blurred",
                "info",
                _(
                    "%(name)s: %(faces)d face(s) and %(texts)d identifying text(s) blurred in the "
                    "sanitized copy. Check it before sending."
                )
                % {**values, "faces": faces, "texts": texts},
                _tip("photos"),
            )
        )
    return reasons


_ROSTER_ROLE = re.compile(r" \((?:del roster|on the roster): [^)]*\)")
_CONTACT_TYPES = {FindingType.ADDRESS, FindingType.PHONE, FindingType.EMAIL, FindingType.HANDLE, FindingType.SCHOOL}


def _owners(roster: Any, findings: Sequence[Any]) -> dict[str, tuple[str, ...]]:
    """Roster ids ("person:12", "staff:3") of the people the findings name, by the name the engine gives."""
    names = {f.person for f in findings if f.person}
    if not names:
        return {}
    out: dict[str, list[str]] = {}
    for person in roster.people:
        if person.name in names and person.id:
            out.setdefault(person.name, []).append(person.id)
    return {name: tuple(ids) for name, ids in out.items()}


def _visible_owner_ids(user: User, owners: dict[str, tuple[str, ...]]) -> set[str]:
    from resguardo.casework.access import visible_people

    ids = {i for group in owners.values() for i in group}
    person_pks = [int(i.split(":", 1)[1]) for i in ids if i.startswith("person:")]
    visible = {f"person:{pk}" for pk in visible_people(user).filter(pk__in=person_pks).values_list("pk", flat=True)}
    return visible | {i for i in ids if i.startswith("staff:")}  # colleagues' names are not secret at work


def _hidden_people(findings: Sequence[Any], owners: dict[str, tuple[str, ...]], visible: set[str]) -> set[int]:
    """Person ids of cases the user cannot see, named by findings that name nobody the user can see."""
    hidden: set[int] = set()
    for f in findings:
        ids = owners.get(f.person or "", ())
        if ids and not any(i in visible for i in ids):
            hidden |= {int(i.split(":", 1)[1]) for i in ids if i.startswith("person:")}
    return hidden


def _user_roster_ids(user: User) -> frozenset[str]:
    from resguardo.casework.access import visible_people

    people = visible_people(user).order_by().values_list("pk", flat=True)
    staff = User.objects.filter(agency_id=user.agency_id).order_by().values_list("pk", flat=True)
    return frozenset([*(f"person:{pk}" for pk in people), *(f"staff:{pk}" for pk in staff)])


def _log_hidden_hits(req: CheckRequest, person_ids: set[int]) -> None:
    """One DENIED access-log entry per hidden case, so its supervisor can see someone probing it."""
    from resguardo.casework.models import AccessLog

    seen: set[int] = set()
    rows = Person.objects.filter(pk__in=person_ids, case__agency_id=req.agency.pk).values_list(
        "pk", "case_id", "case__number"
    )
    for person_pk, case_pk, number in rows:
        if case_pk in seen:
            continue
        seen.add(case_pk)
        AccessLog.objects.create(
            user=req.user,
            action=AccessLog.Action.DENIED,
            agency_id=req.agency.pk,
            case_id=case_pk,
            case_number=number,
            person_id=person_pk,
            path=req.path[:300],
            what="check before sending: a detail of this case, not shown to the user",
        )


def _private_disclosures(
    findings: Sequence[Any], owners: dict[str, tuple[str, ...]], case: Case, recipients: list[Person]
) -> list[Reason]:
    """In a private message: details of someone outside this case, or of one person of the case sent to
    another — above all a child's or foster family's whereabouts sent to a parent or relative."""
    on_case = {f"person:{p.pk}": p for p in case.people.all()}
    to_ids = {f"person:{p.pk}" for p in recipients}
    family_recipient = any(p.role in ("parent", "relative", "other") for p in recipients)
    out: list[Reason] = []
    for f in findings:
        ids = owners.get(f.person or "", ())
        if not ids or any(i.startswith("staff:") for i in ids):
            continue
        if not any(i in on_case for i in ids):
            out.append(
                Reason(
                    "privacy.other_case",
                    "block",
                    _(
                        "This message mentions someone from another case (%(text)s). Never share other "
                        "families' information."
                    )
                    % {"text": f.text},
                    _tip("privacy"),
                )
            )
            continue
        owner = next(on_case[i] for i in ids if i in on_case)
        if f.type not in _CONTACT_TYPES or f"person:{owner.pk}" in to_ids:
            continue
        values = {"name": owner.full_name, "text": f.text}
        if family_recipient and owner.role in ("child", "foster_parent"):
            out.append(
                Reason(
                    "privacy.placement",
                    "block",
                    _(
                        "This gives %(name)s's contact details or whereabouts (%(text)s) to a parent or "
                        "relative. Placement details are not shared this way."
                    )
                    % values,
                    _tip("privacy"),
                    owner.pk,
                )
            )
        else:
            out.append(
                Reason(
                    "privacy.third_party",
                    "review",
                    _("This shares %(name)s's contact details (%(text)s) with the recipients. Is that needed?")
                    % values,
                    _tip("privacy"),
                    owner.pk,
                )
            )
    return out
