"""The per-user limit on checks: a script guessing at the roster through the check is slowed down."""

from __future__ import annotations

import pytest
from django.test import Client

from resguardo.casework.models import ApiToken
from resguardo.checks import throttle

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def still_clock(monkeypatch) -> None:
    """The window is one clock minute: a slow run (PostgreSQL, a busy CI) must not cross into the next."""
    monkeypatch.setattr(throttle, "clock", lambda: 1_800_000_030.0)


def _data(ready) -> dict[str, str]:
    return {
        "case": str(ready["case"].pk),
        "recipients": str(ready["mother"].pk),
        "account": str(ready["accounts"]["whatsapp"].pk),
        "purpose": "messaging",
        "text": "Hola Carmen, nos vemos el jueves.",
        "action": "check",
    }


def test_live_and_page_checks_stop_past_the_limit_with_a_message_in_spanish(
    ready, worker, supervisor, settings
) -> None:
    settings.CHECK_RATE_LIMIT = 3
    client = Client()
    client.force_login(worker)
    answers = [client.post("/compose/live/", _data(ready)) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    refused = client.post("/compose/live/", _data(ready))
    assert refused.status_code == 429
    assert "Demasiadas revisiones" in refused.json()["html"]
    page = client.post("/compose/", _data(ready))
    assert page.status_code == 429 and "Demasiadas revisiones" in page.content.decode()
    # Another worker is not affected.
    other = Client()
    other.force_login(supervisor)
    assert other.post("/compose/live/", _data(ready)).status_code != 429


def test_the_api_answers_429_past_the_limit(ready, worker, settings) -> None:
    settings.CHECK_RATE_LIMIT = 2
    headers = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(worker, 'test')[1]}"}
    body = {
        "text": "Hola Carmen",
        "case_id": ready["case"].pk,
        "recipient_ids": [ready["mother"].pk],
        "account_id": ready["accounts"]["whatsapp"].pk,
        "purpose": "messaging",
        "lang": "en",
    }
    client = Client()
    codes = [client.post("/api/check", body, content_type="application/json", **headers).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    last = client.post("/api/check", body, content_type="application/json", **headers)
    assert last.json()["detail"] == "Too many checks in a minute. Wait a moment and check again."


def test_the_count_starts_again_in_the_next_minute(ready, worker, settings, monkeypatch) -> None:
    settings.CHECK_RATE_LIMIT = 1
    assert throttle.check_allowed(worker.pk) and not throttle.check_allowed(worker.pk)
    monkeypatch.setattr(throttle, "clock", lambda: 1_800_000_090.0)
    assert throttle.check_allowed(worker.pk)
