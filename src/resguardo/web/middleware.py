"""Security headers (Content-Security-Policy and friends) and the user's language preference."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation

# No inline scripts or styles anywhere in our templates, so the policy can be strict.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            # Case data must not linger in shared or proxy caches, nor in the browser's back button cache.
            response.headers.setdefault("Cache-Control", "no-store")
        return response


class UserLanguageMiddleware:
    """A signed-in user's saved language wins unless they just chose another in this browser session."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME):
            lang = request.session.get("preferred_language")
            if lang in dict(settings.LANGUAGES):
                translation.activate(lang)
                request.META["HTTP_ACCEPT_LANGUAGE"] = lang
        return self.get_response(request)
