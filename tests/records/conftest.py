"""Fixtures for the communication record: attachments in a temporary media folder, a messaging platform and
an agency account (helpers that record a contact and sign a client in are in tests/records/helpers.py)."""

from __future__ import annotations

import pytest

from resguardo.casework.models import AgencyAccount, Platform


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
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
def account(agency, worker, whatsapp) -> AgencyAccount:
    return AgencyAccount.objects.create(
        agency=agency, platform=whatsapp, owner=worker, identifier="+1 213 555 0100", registered_by=worker
    )
