"""Template context shared by every page: the navigation the user's role may use."""

from __future__ import annotations

from django.http import HttpRequest

from resguardo.casework.access import can_read_access_log, is_administrator


def navigation(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "can_read_access_log": can_read_access_log(user),
        # The links to the import and the admin (a superuser without an agency sees them too).
        "is_agency_admin": is_administrator(user),
    }
