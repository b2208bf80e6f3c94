"""The seeded platform catalog (data/platforms.json) and the agency's default approvals.

Used by the data migration 0002_platform_catalog (with the historical model), by the demo loader and by
tests. The JSON holds every fact with its source and the date it was last checked: platforms change, so
the installation's operator corrects facts (shared by every agency) in the Django admin as a superuser, or
imports a reviewed file of this shape with `manage import_platform_catalog`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resguardo.casework.models import Agency, Platform, PlatformApproval, User

CATALOG_FILE = Path(__file__).parent / "data" / "platforms.json"

# Every fact a platform page shows, each with its own entry in Platform.sources.
FACT_FIELDS = (
    "hipaa_baa",
    "end_to_end_encryption",
    "minimum_age",
    "location_features",
    "retention",
    "captions",
    "accessibility",
    "low_bandwidth",
    "languages",
    "privacy_summary",
    "settings_checklist",
)

# A sensible starting point per purpose; each agency's administrator changes it on the platform pages.
DEFAULT_APPROVALS: dict[str, tuple[str, ...]] = {
    "messaging": ("whatsapp", "signal", "sms", "email"),
    "virtual_visits": ("zoom-healthcare", "doxy.me", "teams-healthcare"),
    "photos": ("email",),
    "public_recognition": ("facebook", "instagram"),
}


@cache
def _load() -> tuple[dict[str, Any], ...]:
    with CATALOG_FILE.open(encoding="utf-8") as fh:
        return tuple(json.load(fh))


def catalog_entries() -> list[dict[str, Any]]:
    """The seed catalog, one dict of model field values per platform (a fresh copy each call)."""
    return json.loads(json.dumps(list(_load())))


def seed_platforms(platform_model: type[Platform] | None = None) -> int:
    """Create or update every platform of the seed catalog by slug; returns how many. Idempotent."""
    if platform_model is None:
        from resguardo.casework.models import Platform

        platform_model = Platform
    model = platform_model
    count = 0
    for entry in catalog_entries():
        slug = entry.pop("slug")
        model.objects.update_or_create(slug=slug, defaults=entry)
        count += 1
    return count


def approve_defaults(agency: Agency, user: User | None = None) -> list[PlatformApproval]:
    """Approve the default platforms per purpose for an agency (those present in the catalog); idempotent."""
    from resguardo.casework.models import Platform, PlatformApproval

    platforms = {
        p.slug: p for p in Platform.objects.filter(slug__in={s for slugs in DEFAULT_APPROVALS.values() for s in slugs})
    }
    made = []
    for purpose, slugs in DEFAULT_APPROVALS.items():
        for slug in slugs:
            if slug in platforms:
                approval, _ = PlatformApproval.objects.get_or_create(
                    agency=agency, platform=platforms[slug], purpose=purpose, defaults={"approved_by": user}
                )
                made.append(approval)
    return made
