"""Template context shared by every page: the navigation the user's role may use."""

from __future__ import annotations

from django.http import HttpRequest


def navigation(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "can_read_access_log": getattr(user, "can_read_access_log", False),
        "is_agency_admin": getattr(user, "is_administrator", False),
    }
