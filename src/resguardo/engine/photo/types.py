"""Photo sanitizer data types: regions, what was found, what was done."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..messages import os_error_reason
from ..types import Lang

BlurText = Literal["findings", "all", "none"]


@dataclass(frozen=True, slots=True)
class Region:
    """A rectangle in the output image's pixels (after EXIF orientation)."""

    x: int
    y: int
    width: int
    height: int

    def as_dict(self) -> dict[str, int]:
        return {"x": self.x, "y": self.y, "width": self.width, "height": self.height}

    def overlaps(self, other: Region) -> bool:
        return (
            self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )


@dataclass(frozen=True, slots=True)
class FaceFound:
    region: Region
    score: float
    blurred: bool


@dataclass(frozen=True, slots=True)
class TextFound:
    region: Region
    text: str
    score: float
    findings: tuple[str, ...]  # finding types in this line ("SCHOOL", "PERSON", …)
    blurred: bool


@dataclass
class PhotoReport:
    input_format: str
    output_format: str
    width: int
    height: int
    metadata_removed: dict[str, str] = field(default_factory=dict)
    gps: tuple[float, float] | None = None
    faces: list[FaceFound] = field(default_factory=list)
    text: list[TextFound] = field(default_factory=list)
    extra_regions: list[Region] = field(default_factory=list)
    kept_regions: list[Region] = field(default_factory=list)

    @property
    def blurred_count(self) -> int:
        return sum(f.blurred for f in self.faces) + sum(t.blurred for t in self.text) + len(self.extra_regions)

    def as_dict(self) -> dict[str, object]:
        return {
            "input_format": self.input_format,
            "output_format": self.output_format,
            "width": self.width,
            "height": self.height,
            "metadata_removed": self.metadata_removed,
            "gps": {"latitude": self.gps[0], "longitude": self.gps[1]} if self.gps else None,
            "faces": [{**f.region.as_dict(), "score": round(f.score, 3), "blurred": f.blurred} for f in self.faces],
            "text": [
                {
                    **t.region.as_dict(),
                    "text": t.text,
                    "score": round(t.score, 3),
                    "findings": list(t.findings),
                    "blurred": t.blurred,
                }
                for t in self.text
            ],
            "extra_regions": [r.as_dict() for r in self.extra_regions],
            "kept_regions": [r.as_dict() for r in self.kept_regions],
        }


@dataclass(frozen=True, slots=True)
class SanitizedPhoto:
    data: bytes
    format: str  # "JPEG" or "PNG"
    report: PhotoReport


class PhotoError(ValueError):
    """Bad input; ``code`` lets each client say it in the user's language."""

    def __init__(self, code: str, detail: str = "", errno: int | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail  # a path, a number or a size: never a library's English text
        self.errno = errno  # for "unreadable"/"unwritable": why, said by engine.messages.os_error_reason

    def detail_in(self, lang: Lang) -> str:
        if self.errno is None:
            return self.detail
        return f"{self.detail}: {os_error_reason(self.errno, lang)}"
