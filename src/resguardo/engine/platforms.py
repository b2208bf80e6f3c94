"""What the engine needs to know of a platform: can it carry protected health information?

A small built-in catalog; the web application's platform catalog overrides it through
``ScannerConfig.platforms``.  An unknown platform is treated as "not known to be HIPAA
compliant", which asks for review rather than blocking.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PlatformInfo:
    name: str
    hipaa: bool


DEFAULT_PLATFORMS: dict[str, PlatformInfo] = {
    p.name: p
    for p in (
        PlatformInfo("facebook", False),
        PlatformInfo("messenger", False),
        PlatformInfo("instagram", False),
        PlatformInfo("whatsapp", False),
        PlatformInfo("tiktok", False),
        PlatformInfo("x", False),
        PlatformInfo("twitter", False),
        PlatformInfo("snapchat", False),
        PlatformInfo("youtube", False),
        PlatformInfo("linkedin", False),
        PlatformInfo("telegram", False),
        PlatformInfo("signal", False),
        PlatformInfo("sms", False),
        PlatformInfo("email", False),
        # Offered under a business associate agreement (BAA) in their healthcare plans.
        PlatformInfo("zoom-healthcare", True),
        PlatformInfo("doxy.me", True),
        PlatformInfo("teams-healthcare", True),
        PlatformInfo("agency-portal", True),
    )
}


def lookup(name: str | None, catalog: dict[str, PlatformInfo]) -> PlatformInfo | None:
    if not name:
        return None
    return catalog.get(name.strip().lower())
