"""Helpers for the record's tests: record a contact the way the app does, a signed-in client."""

from __future__ import annotations

from typing import Any

from django.conf import settings as django_settings
from django.test import Client

from resguardo.casework.models import Case, User
from resguardo.records.chain import append_entry
from resguardo.records.models import Entry


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
