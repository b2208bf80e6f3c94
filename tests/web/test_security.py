"""Security a user (or an attacker) would notice: sign-in throttling, CSRF, session expiry, headers,
escaping of user-written text, argon2 hashes, and a clean production checklist."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from resguardo.casework.models import Person
from tests.agency_fixtures import PASSWORD

pytestmark = pytest.mark.django_db


def test_passwords_are_stored_with_argon2(worker) -> None:
    assert worker.password.startswith("argon2$")


def test_sign_in_works_and_redirects_to_cases(worker) -> None:
    client = Client()
    response = client.post(reverse("login"), {"username": "ana", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("case_list")).status_code == 200


def test_repeated_failures_lock_the_account_even_with_the_right_password(worker) -> None:
    client = Client()
    for _ in range(settings.LOGIN_MAX_FAILURES):
        assert client.post(reverse("login"), {"username": "ana", "password": "wrong"}).status_code == 200
    locked = client.post(reverse("login"), {"username": "ana", "password": PASSWORD})
    assert locked.status_code == 429
    assert b"15" in locked.content  # tells the user how long to wait
    assert "_auth_user_id" not in client.session


def test_open_redirect_after_sign_in_is_refused(worker) -> None:
    client = Client()
    response = client.post(
        reverse("login") + "?next=https://evil.example/",
        {"username": "ana", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response.status_code == 302 and "evil.example" not in response["Location"]


def test_forms_without_csrf_token_are_refused(worker, case_a) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(worker)
    response = client.post(
        reverse("person_create", args=[case_a.pk]),
        {"role": "child", "first_name": "X", "preferred_language": "es", "connectivity": "good"},
    )
    assert response.status_code == 403
    assert not Person.objects.filter(first_name="X").exists()


def test_session_expires_after_inactivity_and_at_browser_close() -> None:
    assert settings.SESSION_COOKIE_AGE <= 30 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE and settings.SESSION_SAVE_EVERY_REQUEST


def test_expired_session_must_sign_in_again(worker, case_a) -> None:
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    client = Client()
    client.force_login(worker)
    Session.objects.update(expire_date=timezone.now())
    response = client.get(reverse("case_detail", args=[case_a.pk]))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_security_headers_on_every_page(worker, case_a) -> None:
    client = Client()
    client.force_login(worker)
    response = client.get(reverse("case_detail", args=[case_a.pk]))
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "no-store"


def test_user_written_text_is_escaped(worker, case_a) -> None:
    person = case_a.people.first()
    person.aliases = '<script>alert("x")</script>'
    person.save()
    client = Client()
    client.force_login(worker)
    page = client.get(reverse("person_detail", args=[person.pk])).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_templates_have_no_inline_scripts_or_styles() -> None:
    """The Content-Security-Policy forbids them; one would silently stop working in the browser."""
    from pathlib import Path

    import resguardo

    root = Path(resguardo.__file__).parent
    offenders = []
    for template in root.rglob("templates/**/*.html"):
        text = template.read_text(encoding="utf-8")
        if "<script>" in text or 'style="' in text or " onclick=" in text or "<style" in text:
            offenders.append(str(template.relative_to(root)))
    assert offenders == []


def test_production_settings_pass_the_deploy_checklist(tmp_path) -> None:
    env = {
        **os.environ,
        "RESGUARDO_ENV": "production",
        "SECRET_KEY": "x" * 30 + "-test-only-" + "y" * 30,
        "ALLOWED_HOSTS": "resguardo.example.org",
        "RESGUARDO_DATA_DIR": str(tmp_path),
        "DEBUG": "0",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only; never in a deployment
    result = subprocess.run(
        [sys.executable, "-m", "resguardo.cli.app", "manage", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path) -> None:
    env = {**os.environ, "RESGUARDO_ENV": "production", "RESGUARDO_DATA_DIR": str(tmp_path)}
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "-m", "resguardo.cli.app", "manage", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


def test_lookalike_user_names_share_one_lock(worker) -> None:
    client = Client()
    for name in ("ana", "ANA", "ａｎａ", "𝐚𝐧𝐚", "Ana"):
        client.post(reverse("login"), {"username": name, "password": "wrong"})
    for name in ("ana", "ａｎａ"):
        assert client.post(reverse("login"), {"username": name, "password": PASSWORD}).status_code == 429


def test_many_failures_from_one_office_address_do_not_lock_out_a_colleague(worker, supervisor) -> None:
    client = Client()
    for i in range(25):
        client.post(reverse("login"), {"username": f"nobody{i}", "password": "wrong"})
    assert client.post(reverse("login"), {"username": "sara", "password": PASSWORD}).status_code == 302


def test_behind_a_trusted_proxy_the_forwarded_address_is_used(settings, worker) -> None:
    from django.test import RequestFactory

    from resguardo.casework.access import client_ip

    settings.TRUSTED_PROXY_HOPS = 1
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="10.0.0.2")
    assert client_ip(request) == "203.0.113.7"  # not the address the client wrote first
    settings.TRUSTED_PROXY_HOPS = 0
    assert client_ip(request) == "10.0.0.2"


def _count_password_checks(monkeypatch) -> list[str]:
    from resguardo.casework.models import User

    checked: list[str] = []
    original = User.check_password

    def counting(self, raw_password):
        checked.append(self.username)
        return original(self, raw_password)

    monkeypatch.setattr(User, "check_password", counting)
    return checked


@pytest.mark.parametrize("spelling", [" ana", "ana ", "\tana", "\nana", "\u3000ana", " ＡＮＡ "])
def test_a_locked_account_stays_locked_for_spellings_with_spaces(worker, monkeypatch, spelling) -> None:
    client = Client()
    for _ in range(settings.LOGIN_MAX_FAILURES):
        client.post(reverse("login"), {"username": "ana", "password": "wrong"})
    checked = _count_password_checks(monkeypatch)
    locked = client.post(reverse("login"), {"username": spelling, "password": PASSWORD})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert checked == []  # locked: no password is checked at all


def test_failures_with_spaces_count_towards_the_same_lock(worker, monkeypatch) -> None:
    client = Client()
    for spelling in (" ana", "ana ", "\tana", "\nana", "ana"):
        assert client.post(reverse("login"), {"username": spelling, "password": "wrong"}).status_code == 200
    checked = _count_password_checks(monkeypatch)
    for spelling in ("ana", " ana", "ana\t"):
        assert client.post(reverse("login"), {"username": spelling, "password": PASSWORD}).status_code == 429
    assert checked == []


def test_a_name_with_spaces_signs_in_when_not_locked(worker) -> None:
    """The form strips the name before authenticating; the lock must follow the same rule, not refuse it."""
    client = Client()
    assert client.post(reverse("login"), {"username": " ana ", "password": PASSWORD}).status_code == 302


def test_the_admins_own_sign_in_page_checks_no_password_and_sends_to_the_throttled_one(
    administrator, monkeypatch
) -> None:
    checked = _count_password_checks(monkeypatch)
    client = Client()
    for _ in range(settings.LOGIN_MAX_FAILURES + 3):
        response = client.post("/admin/login/?next=/admin/", {"username": "admin1", "password": "wrong"})
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert checked == []
    assert client.get("/admin/").status_code == 302
    signed_in = client.post(
        reverse("login") + "?next=/admin/", {"username": "admin1", "password": PASSWORD, "next": "/admin/"}
    )
    assert signed_in.status_code == 302 and signed_in["Location"] == "/admin/"
