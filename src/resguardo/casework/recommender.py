"""Which platform fits? Ranks the agency's approved platforms for a purpose and the people involved.

Pure functions over plain data (no database, no HTTP), so every rule is testable on its own:

- only platforms the agency approved for the purpose are ranked; the others are listed as not approved;
- health information needs a HIPAA business associate agreement (``hipaa_baa == "yes"``): others are excluded;
- a person younger than the platform's minimum age excludes it;
- a person with no internet access excludes every online platform (text messages still work); limited
  connectivity prefers platforms that work on a slow connection;
- deaf or hard-of-hearing people, or anyone who asks for captions, prefer platforms with captions or text;
- the platform should be available in each person's language;
- for messaging, end-to-end encryption is preferred.

Reasons are translated with gettext into ``lang`` (or the active language).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from django.utils import translation
from django.utils.translation import gettext as _

RECOMMENDED = "recommended"
EXCLUDED = "excluded"
NOT_APPROVED = "not_approved"

BASE_SCORE = 50
OFFLINE_KINDS = frozenset({"sms"})  # works on a mobile signal, without internet

_HEARING = re.compile(
    r"\b(deaf|hard of hearing|hearing|captions?|subtitles?|asl|sign language|sord[oa]s?|hipoac[uú]si[ac]|"
    r"auditiv[oa]|subt[ií]tulos?|lengua de se[nñ]as|lse|lsm)\b",
    re.IGNORECASE,
)


class PlatformLike(Protocol):
    slug: str
    name: str
    kind: str
    hipaa_baa: str
    end_to_end_encryption: str
    minimum_age: int
    captions: bool
    low_bandwidth: bool
    languages: str


@dataclass(frozen=True)
class PlatformFacts:
    """The facts the recommender uses; a catalog Platform row has the same attributes."""

    slug: str
    name: str
    kind: str = "messaging"
    hipaa_baa: str = "no"
    end_to_end_encryption: str = "no"
    minimum_age: int = 13
    captions: bool = False
    low_bandwidth: bool = False
    languages: str = "es, en"


@dataclass(frozen=True)
class PersonNeeds:
    """A person involved: age (None if unknown), language, accessibility needs, connectivity."""

    label: str
    age: int | None = None
    preferred_language: str = "es"
    accessibility_needs: str = ""
    connectivity: str = "good"  # good | limited | none

    @property
    def needs_captions(self) -> bool:
        return bool(_HEARING.search(_fold(self.accessibility_needs)))


@dataclass
class Recommendation:
    slug: str
    name: str
    status: str  # recommended | excluded | not_approved
    score: int
    reasons: list[str] = field(default_factory=list)

    @property
    def recommended(self) -> bool:
        return self.status == RECOMMENDED


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").lower()


def language_codes(languages: str) -> frozenset[str] | None:
    """Two-letter codes in a platform's languages text; None means any language ("any (…)")."""
    text = _fold(languages)
    if re.search(r"\bany\b|\bcualquier", text):
        return None
    return frozenset(re.findall(r"\b[a-z]{2}\b", text))


def _language_name(code: str) -> str:
    return {"es": _("Spanish"), "en": _("English")}.get(code, code)


def _purpose_name(purpose: str) -> str:
    return {
        "messaging": _("messaging"),
        "virtual_visits": _("virtual visits"),
        "photos": _("photos"),
        "public_recognition": _("public recognition or recruitment"),
    }.get(purpose, purpose)


def _approved_pairs(approvals: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(str(slug), str(purpose)) for slug, purpose in approvals}


@dataclass
class _Tally:
    """What one platform gathers while assessed: problems exclude it, reasons explain its score."""

    score: int = BASE_SCORE
    problems: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def reason(self, text: str, points: int = 0) -> None:
        self.reasons.append(text)
        self.score += points


def _assess_health(p: PlatformLike, tally: _Tally) -> None:
    if p.hipaa_baa == "yes":
        tally.reason(_("A HIPAA business associate agreement is available, as health information requires."), 10)
    elif p.hipaa_baa == "optional":
        tally.problems.append(
            _(
                "A HIPAA business associate agreement exists only on some plans and is not confirmed "
                "for your agency: not for health information."
            )
        )
    else:
        tally.problems.append(_("No HIPAA business associate agreement: not for health information."))


def _assess_connectivity(p: PlatformLike, person: PersonNeeds, tally: _Tally) -> None:
    who = {"who": person.label}
    if person.connectivity == "none":
        if p.kind in OFFLINE_KINDS:
            tally.reason(
                _("Works without internet (it needs a mobile phone signal), and %(who)s has no internet access.") % who,
                30,
            )
        else:
            tally.problems.append(_("%(who)s has no internet access.") % who)
    elif person.connectivity == "limited":
        if p.low_bandwidth:
            tally.reason(_("Works on a slow connection, which %(who)s has.") % who, 30)
        else:
            tally.reason(_("Needs a good connection, and %(who)s has limited data or a slow connection.") % who, -25)


def _assess_person(p: PlatformLike, person: PersonNeeds, tally: _Tally) -> None:
    if person.age is not None and p.minimum_age and person.age < p.minimum_age:
        tally.problems.append(
            _("The minimum age is %(min)d and %(who)s is %(age)d.")
            % {"min": p.minimum_age, "who": person.label, "age": person.age}
        )
    _assess_connectivity(p, person, tally)
    if person.needs_captions:
        if p.captions:
            tally.reason(_("Has captions or works in text, which %(who)s needs.") % {"who": person.label}, 30)
        else:
            tally.reason(_("No captions, and %(who)s needs them.") % {"who": person.label}, -30)
    lang = (person.preferred_language or "")[:2]
    if lang:
        codes = language_codes(p.languages)
        if codes is None or lang in codes:
            tally.score += 2
        else:
            tally.reason(
                _("Not available in %(language)s, the language of %(who)s.")
                % {"language": _language_name(lang), "who": person.label},
                -15,
            )


def _assess(
    p: PlatformLike, purpose: str, people: Sequence[PersonNeeds], health_info: bool, approved: bool
) -> Recommendation:
    tally = _Tally()
    if not approved:
        tally.problems.append(
            _("Your agency has not approved it for %(purpose)s.") % {"purpose": _purpose_name(purpose)}
        )
    if health_info:
        _assess_health(p, tally)
    for person in people:
        _assess_person(p, person, tally)
    if purpose == "messaging":
        if p.end_to_end_encryption == "yes":
            tally.reason(_("Messages are end-to-end encrypted."), 20)
        else:
            tally.reason(_("Messages are not end-to-end encrypted by default."), -10)

    if not approved:
        return Recommendation(p.slug, p.name, NOT_APPROVED, tally.score, tally.problems + tally.reasons)
    if tally.problems:
        return Recommendation(p.slug, p.name, EXCLUDED, tally.score, tally.problems + tally.reasons)
    approved_for = _("Approved by your agency for %(purpose)s.") % {"purpose": _purpose_name(purpose)}
    return Recommendation(p.slug, p.name, RECOMMENDED, tally.score, [approved_for, *tally.reasons])


def recommend(
    platforms: Iterable[PlatformLike],
    approvals: Iterable[tuple[str, str]],
    purpose: str,
    people: Sequence[PersonNeeds],
    health_info: bool,
    lang: str | None = None,
) -> list[Recommendation]:
    """Every platform assessed: recommended ones first (best score first), then excluded, then not approved.

    ``approvals`` are (platform slug, purpose) pairs of the agency.
    """
    pairs = _approved_pairs(approvals)
    with translation.override(lang or translation.get_language() or "es"):
        results = [_assess(p, purpose, people, health_info, (p.slug, purpose) in pairs) for p in platforms]
    order = {RECOMMENDED: 0, EXCLUDED: 1, NOT_APPROVED: 2}
    return sorted(results, key=lambda r: (order[r.status], -r.score, r.name.lower()))


def general_advice(
    results: Sequence[Recommendation], people: Sequence[PersonNeeds], lang: str | None = None
) -> list[str]:
    """Notes that apply to the whole answer, e.g. that no online platform fits someone with no internet."""
    notes: list[str] = []
    with translation.override(lang or translation.get_language() or "es"):
        offline = [p.label for p in people if p.connectivity == "none"]
        if offline:
            notes.append(
                _("No online platform fits %(who)s, who has no internet access: call by phone or meet in person.")
                % {"who": ", ".join(offline)}
            )
        if not any(r.recommended for r in results):
            notes.append(
                _(
                    "None of the approved platforms fits. Use the phone or meet in person, or ask an "
                    "administrator to approve a platform that fits."
                )
            )
    return notes
