"""Fixtures for the check before sending: default platform approvals, agency accounts, consents, a contact rule."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from resguardo.casework.catalog import approve_defaults
from resguardo.casework.models import AgencyAccount, Consent, ContactRule, Person, Platform
from resguardo.checks import CheckRequest, run_check


@pytest.fixture
def ready(agency, worker, supervisor, administrator, case_a):
    approve_defaults(agency, administrator)
    whatsapp = Platform.objects.get(slug="whatsapp")
    doxy = Platform.objects.get(slug="doxy.me")
    accounts = {
        "whatsapp": AgencyAccount.objects.create(
            agency=agency, platform=whatsapp, owner=worker, identifier="(213) 555-0100", registered_by=administrator
        ),
        "doxy.me": AgencyAccount.objects.create(
            agency=agency,
            platform=doxy,
            owner=worker,
            identifier="ana.torres@familiasdelvalle.org",
            registered_by=administrator,
        ),
    }
    mother = case_a.people.get(first_name="Carmen")
    now = timezone.now()
    for platform, purpose in ((whatsapp, "messaging"), (doxy, "messaging"), (doxy, "virtual_visits")):
        Consent.objects.create(
            person=mother,
            platform=platform,
            purpose=purpose,
            given_by_name="Carmen Luna",
            given_on=dt.date(2026, 1, 5),
            approved_by=supervisor,
            approved_at=now,
            recorded_by=worker,
        )
    father = Person.objects.create(
        case=case_a, role="parent", first_name="Jorge", last_name="Ramírez", preferred_language="es"
    )
    Consent.objects.create(
        person=father,
        platform=whatsapp,
        purpose="messaging",
        given_by_name="Jorge Ramírez",
        given_on=dt.date(2026, 1, 5),
        approved_by=supervisor,
        approved_at=now,
        recorded_by=worker,
    )
    ContactRule.objects.create(
        child=case_a.people.get(first_name="Sofía"),
        other_person=father,
        rule="not_allowed",
        channel="all",
        valid_from=dt.date(2026, 1, 1),
        reason="Orden de protección",
        created_by=worker,
    )
    return {"accounts": accounts, "mother": mother, "father": father, "case": case_a}


@pytest.fixture
def check(agency, worker):
    def run(text: str, **kwargs):
        kwargs.setdefault("ui_lang", "en")
        return run_check(CheckRequest(agency=agency, user=worker, text=text, **kwargs))

    return run
