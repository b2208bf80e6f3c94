"""The check before sending as a list of small rules.

Each rule reads the context (built once by ``checks.context``) and returns its reasons; none edits
another's. The order is the order reasons are listed within a severity.
"""

from __future__ import annotations

from collections.abc import Callable

from resguardo.checks.context import CheckContext
from resguardo.checks.types import Reason

from . import accounts, content, family, language, photos, platform, readability, recipients

Rule = Callable[[CheckContext], list[Reason]]

RULES: tuple[Rule, ...] = (
    content.findings,
    family.private_disclosures,
    platform.fitness,
    accounts.agency_account,
    platform.public_from_case,
    recipients.each_recipient,
    language.preferred_language,
    recipients.restricted_mentioned,
    photos.photo_reasons,
    readability.plain_language,
)

__all__ = ["RULES", "Rule"]
