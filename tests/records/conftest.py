"""Fixtures for the communication record: attachments in a temporary media folder, a messaging platform and
an agency account, and a helper that records a contact the way the app does."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings as django_settings
from django.test import Client

from resguardo.casework.models import AgencyAccount, Case, Platform, User
from resguardo.records.chain import append_entry
from resguardo.records.models import Entry


@pytest.fixture(autouse=True)
def media(settings, tmp_path):  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.RESGUARDO_PDF_COMPRESS = False
    return settings.MEDIA_ROOT


@pytest.fixture
def whatsapp(db: None) -> Platform:
    platform, _ = Platform.objects.update_or_create(
        slug="whatsapp",
        defaults={
            "name": "WhatsApp",
            "kind": "messaging",
            "hipaa_baa": "no",
            "end_to_end_encryption": "yes",
            "privacy_summary_es": "Resumen.",
            "privacy_summary_en": "Summary.",
        },
    )
    return platform


@pytest.fixture
def account(agency, worker, whatsapp) -> AgencyAccount:  # type: ignore[no-untyped-def]
    return AgencyAccount.objects.create(
        agency=agency, platform=whatsapp, owner=worker, identifier="+1 213 555 0100", registered_by=worker
    )


def client_for(user: User, lang: str = "en") -> Client:
    """A signed-in client reading the pages in English (the msgids), whatever translations exist."""
    client = Client()
    client.force_login(user)
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = lang
    return client


def record(case: Case, user: User, **kwargs: Any) -> Entry:
    kwargs.setdefault("channel", "phone")
    kwargs.setdefault("summary", "Llamada con la madre sobre la visita del sábado.")
    kwargs.setdefault("people", list(case.people.all()))
    return append_entry(case.agency, recorded_by=user, case=case, **kwargs)
