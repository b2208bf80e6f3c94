"""Sign-in (throttled), sign-out, language choice, health check and friendly error pages."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.forms import AuthenticationForm
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from resguardo.casework.access import client_ip
from resguardo.casework.models import LoginFailure


def _safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


def _login_key(username: str) -> str:
    """The name authentication looks up, case-folded. The form's own field cleans it (strips every kind of
    white space, then NFKC), so " ana", "ana\t" and "\nana" are the account "ana"; case-folding on top keeps
    look-alikes in one lock: "ａｎａ" and "ANA" are "ana" too."""
    name = AuthenticationForm.base_fields["username"].to_python(username) or ""
    return name.casefold()[:150]


def _record_attempt(username: str, ip: str | None) -> LoginFailure | None:
    """Count this attempt as a failure BEFORE any password is checked, then count the recent ones: each
    attempt's row is committed before it counts, so of any number of parallel attempts at most
    LOGIN_MAX_FAILURES see room and reach the password check. Returns None (and forgets the attempt, so
    waiting ends the lock) when the user name or the address is locked."""
    attempt = LoginFailure.objects.create(username=username, ip=ip)
    since = timezone.now() - dt.timedelta(seconds=settings.LOGIN_FAILURE_WINDOW)
    recent = LoginFailure.objects.filter(at__gte=since)
    by_user = recent.filter(username=username).count() if username else 0
    by_ip = recent.filter(ip=ip).count() if ip else 0
    # An address gets much more room than one account: an office (or a proxy) shares one address.
    if by_user > settings.LOGIN_MAX_FAILURES or by_ip > settings.LOGIN_MAX_FAILURES_PER_ADDRESS:
        attempt.delete()
        return None
    return attempt


@sensitive_post_parameters("password")
@csrf_protect
@never_cache
@transaction.non_atomic_requests  # each attempt must be committed before it counts (see _record_attempt)
def login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    form = AuthenticationForm(request, data=request.POST or None)
    locked = False
    if request.method == "POST":
        username = _login_key(request.POST.get("username") or "")
        if _record_attempt(username, client_ip(request)) is None:
            locked = True
            form = AuthenticationForm(request)
        elif form.is_valid():
            user = form.get_user()
            auth.login(request, user)
            LoginFailure.objects.filter(username=username).delete()
            if user.preferred_language:
                request.session["preferred_language"] = user.preferred_language
                translation.activate(user.preferred_language)
            response = redirect(_safe_next(request, settings.LOGIN_REDIRECT_URL))
            if user.preferred_language:
                response.set_cookie(
                    settings.LANGUAGE_COOKIE_NAME,
                    user.preferred_language,
                    samesite="Lax",
                    secure=settings.SESSION_COOKIE_SECURE,
                    httponly=True,
                )
            return response
        # A wrong password keeps the attempt's row: it is the failure.
    status = 429 if locked else 200
    return render(
        request,
        "registration/login.html",
        {"form": form, "locked": locked, "next": _safe_next(request, "")},
        status=status,
    )


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    auth.logout(request)
    return redirect("login")


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    lang = request.POST.get("language", "")
    response = HttpResponseRedirect(_safe_next(request, "/"))
    if lang not in dict(settings.LANGUAGES):
        return response
    translation.activate(lang)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, lang, samesite="Lax", secure=settings.SESSION_COOKIE_SECURE, httponly=True
    )
    request.session["preferred_language"] = lang
    user = request.user
    if user.is_authenticated and getattr(user, "preferred_language", None) != lang:
        user.preferred_language = lang
        user.save(update_fields=["preferred_language"])
    return response


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("login")
    return redirect("case_list")


def health(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def _error(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    return render(request, "error.html", {"title": title, "message": message, "status": status}, status=status)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 404, _("Page not found"), _("This page does not exist, or you do not have access to it."))


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 403, _("Not allowed"), _("Your role does not allow this action."))


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 400, _("Bad request"), _("The request could not be understood. Nothing was changed."))


def server_error(request: HttpRequest) -> HttpResponse:
    return _error(
        request,
        500,
        _("Something went wrong"),
        _("An unexpected error occurred. Nothing was lost; please try again or tell your administrator."),
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return _error(
        request,
        403,
        _("Form expired"),
        _("This form expired or was sent from another site. Go back, reload the page and try again."),
    )
