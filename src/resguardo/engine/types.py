"""The engine's public data types: finding types, findings, scan results."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, Protocol

Verdict = Literal["ok", "review", "block"]
Audience = Literal["public", "private"]
Lang = Literal["es", "en"]


class FindingType(StrEnum):
    """Fixed vocabulary shared by every client (CLI, web app, API, auditor)."""

    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    LOCATION = "LOCATION"
    SCHOOL = "SCHOOL"
    ORGANIZATION = "ORGANIZATION"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    URL = "URL"
    HANDLE = "HANDLE"
    DATE = "DATE"
    AGE = "AGE"
    ID = "ID"
    HEALTH = "HEALTH"
    CASE_DETAIL = "CASE_DETAIL"


@dataclass(frozen=True, slots=True)
class Candidate:
    """What a detector proposes, before the policy explains and judges it."""

    start: int
    end: int
    type: FindingType
    score: float
    detector: str
    person: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    type: FindingType
    text: str
    score: float
    detector: str
    reason: str
    severity: Verdict = "review"
    person: str | None = None
    role: str | None = None
    # The reason without the roster role (for a reader who may not learn who the person is).
    general_reason: str = ""

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "type": self.type.value,
            "text": self.text,
            "score": round(self.score, 3),
            "detector": self.detector,
            "reason": self.reason,
            "severity": self.severity,
        }
        if self.person is not None:
            data["person"] = self.person
            data["role"] = self.role
        return data


@dataclass(frozen=True, slots=True)
class ScanResult:
    text: str
    lang: Lang
    audience: Audience
    platform: str | None
    verdict: Verdict
    findings: tuple[Finding, ...]
    redacted: str
    reasons: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, object]:
        return {
            "lang": self.lang,
            "audience": self.audience,
            "platform": self.platform,
            "verdict": self.verdict,
            "reasons": list(self.reasons),
            "findings": [f.as_dict() for f in self.findings],
            "redacted": self.redacted,
        }


class Detector(Protocol):
    """A detector finds candidates in a text; it never decides the verdict."""

    name: str

    def find(self, text: str, lang: Lang) -> list[Candidate]: ...
