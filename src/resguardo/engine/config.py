"""Scanner configuration: which detectors, which phone regions, agency ID patterns, platforms."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .detectors.ids import DEFAULT_AGENCY_PATTERNS
from .detectors.phone import DEFAULT_REGIONS
from .platforms import DEFAULT_PLATFORMS, PlatformInfo

DEFAULT_DETECTORS = (
    "phone.v1",
    "email.v1",
    "url.v1",
    "handle.v1",
    "id.v1",
    "date.v1",
    "age.v1",
    "address.v1",
    "school.v1",
    "names.v1",
    "gazetteer.v1",
    "ner.v1",
    "ner_en.v1",
)


@dataclass(frozen=True)
class ScannerConfig:
    detectors: tuple[str, ...] = DEFAULT_DETECTORS
    phone_regions: tuple[str, ...] = DEFAULT_REGIONS
    id_patterns: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_AGENCY_PATTERNS))
    platforms: dict[str, PlatformInfo] = field(default_factory=lambda: dict(DEFAULT_PLATFORMS))
    model_dir: Path | None = None
    default_lang: str = "es"
    # Texts longer than this are refused (the CLI and the web app say so in the user's language).
    max_chars: int = 2_000_000
