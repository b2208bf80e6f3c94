"""Every URL that takes the id of a case, a person, a consent, a contact rule, a record entry or an
attachment answers 404 — for GET and POST — to a caseworker who may not see that case. The list of
URLs comes from Django's resolver, so a new endpoint without this test's knowledge fails here."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import get_resolver

from resguardo.casework.models import AgencyAccount, Consent, ContactRule, Platform
from resguardo.records.chain import append_entry

pytestmark = pytest.mark.django_db

# Parameters that identify something else than a case's data, with why they are not case-scoped.
NOT_CASE_SCOPED = {
    "slug": "a platform of the shared catalog",
    "token": "a sanitized photo, scoped to its uploader (tests/checks/test_compose_page.py)",
}


def routes() -> list[str]:
    def walk(patterns, prefix=""):
        for p in patterns:
            if hasattr(p, "url_patterns"):
                yield from walk(p.url_patterns, prefix + str(p.pattern))
            else:
                yield prefix + str(p.pattern)

    return [r for r in walk(get_resolver().url_patterns) if "<" in r and not r.startswith("admin")]


@pytest.fixture
def foreign(case_b, worker_b, agency, tmp_path, settings):
    """Everything that belongs to case B (another unit)."""
    settings.MEDIA_ROOT = tmp_path
    child = case_b.people.get(role="child")
    parent = case_b.people.exclude(pk=child.pk).first()
    platform = Platform.objects.get(slug="whatsapp")
    consent = Consent.objects.create(
        person=parent,
        platform=platform,
        purpose="messaging",
        given_by_name="Dana Reed",
        recorded_by=worker_b,
        evidence_sha256="0" * 64,
    )
    rule = ContactRule.objects.create(
        child=child, other_name="Tyler Brooks", rule="not_allowed", created_by=worker_b, valid_from=dt.date(2026, 1, 1)
    )
    account = AgencyAccount.objects.create(
        agency=agency, platform=platform, owner=worker_b, identifier="(562) 555-0100", registered_by=worker_b
    )
    entry = append_entry(
        agency,
        recorded_by=worker_b,
        case=case_b,
        people=[child],
        channel="phone",
        summary="Llamada",
        attachments=[("nota.pdf", b"%PDF-1.4 nota", "application/pdf")],
    )
    return {
        "pk": None,
        "case_pk": case_b.pk,
        "case_id": case_b.pk,
        "person_pk": child.pk,
        "person_id": child.pk,
        "attachment_pk": entry.attachments.first().pk,
        "by_route": {
            "consents/": consent.pk,
            "contact-rules/": rule.pk,
            "record/entries/": entry.pk,
            "cases/": case_b.pk,
            "people/": child.pk,
            "accounts/": account.pk,
        },
    }


def fill(route: str, values: dict) -> str | None:
    import re

    path = route
    for converter, name in re.findall(r"<(?:(\w+):)?(\w+)>", route):
        if name in NOT_CASE_SCOPED:
            return None
        if name == "pk":
            value = next(v for prefix, v in values["by_route"].items() if route.startswith(prefix))
        else:
            value = values[name]
        pattern = f"<{converter}:{name}>" if converter else f"<{name}>"
        path = path.replace(pattern, str(value))
    return "/" + path


def statuses_of(client: Client, url: str) -> set[int]:
    return {client.get(url).status_code, client.post(url).status_code}


def test_every_case_scoped_endpoint_is_404_for_another_units_caseworker(worker, foreign) -> None:
    client = Client()
    client.force_login(worker)
    checked = []
    for route in routes():
        url = fill(route, foreign)
        if url is None:
            continue
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            # 405 (wrong method) is answered before any lookup, the same for every id: it reveals nothing.
            assert response.status_code in (404, 405), f"{method.upper()} {url}: {response.status_code}"
        assert 404 in statuses_of(client, url), url
        checked.append(url)
    assert len(checked) >= 20, checked
    # Nothing of case B leaked through a 404 page either.
    assert b"Marcus" not in client.get(checked[0]).content
