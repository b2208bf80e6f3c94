"""Fixtures for the communication record: attachments in a temporary media folder, a messaging platform and
an agency account (helpers that record a contact and sign a client in are in tests/records/helpers.py)."""

from __future__ import annotations

import pytest

from resguardo.casework.models import AgencyAccount, Platform
from tests.agency_fixtures import whatsapp_platform


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.RESGUARDO_PDF_COMPRESS = False
    return settings.MEDIA_ROOT


@pytest.fixture
def whatsapp(db: None) -> Platform:
    return whatsapp_platform(
        privacy_summary_es="Resumen.", privacy_summary_en="Summary.", settings_checklist_es="", settings_checklist_en=""
    )


@pytest.fixture
def account(agency, worker, whatsapp) -> AgencyAccount:
    return AgencyAccount.objects.create(
        agency=agency, platform=whatsapp, owner=worker, identifier="+1 213 555 0100", registered_by=worker
    )
