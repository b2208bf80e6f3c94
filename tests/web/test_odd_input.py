"""Odd ids and dates in URLs and forms are a 404, a 400 or a form error in the user's language, never a
server error: Unicode digits ("²" passes str.isdigit()), ids past the database's integer, dates at the edge
of the calendar."""

from __future__ import annotations

import pytest
from django.test import Client

from resguardo.casework.params import parse_id

pytestmark = pytest.mark.django_db

ODD_IDS = ["²", "³", "١٢", "999999999999999999999999999999", "9223372036854775808", "-1", "0", " 1", "1e3", ""]


@pytest.mark.parametrize("value", ODD_IDS)
def test_only_plain_numbers_name_a_record(value) -> None:
    assert parse_id(value) is None
    assert parse_id("12") == 12


def _client(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.mark.parametrize("value", ODD_IDS)
def test_odd_unit_and_case_ids_are_not_server_errors(worker, case_a, value) -> None:
    client = _client(worker)
    assert client.get("/cases/", {"unit": value}).status_code == 200
    assert client.get("/compose/", {"case": value}).status_code == 200
    answer = client.post("/compose/", {"case": value, "text": "Hola", "purpose": "messaging", "action": "check"})
    assert answer.status_code == 200
    assert client.post("/compose/live/", {"case": value, "text": "Hola", "purpose": "messaging"}).status_code in (
        200,
        400,
    )


@pytest.mark.parametrize("end", ["9999-12-31", "0001-01-01", "1-1-1"])
def test_dates_at_the_edge_of_the_calendar_are_refused_clearly(worker, supervisor, case_a, end) -> None:
    client = _client(worker)
    base = f"/cases/{case_a.pk}/record/"
    page = client.get(base, {"end": end})
    assert page.status_code == 200
    for export in ("export.pdf", "export.json"):
        assert client.get(base + export, {"end": end}).status_code == 400
    boss = _client(supervisor)
    assert boss.get("/record/public/", {"end": end}).status_code == 200
    assert boss.get("/record/public/export.json", {"start": end}).status_code == 400


def test_a_far_future_contact_date_is_a_form_error(worker, case_a) -> None:
    client = _client(worker)
    page = client.post(
        f"/cases/{case_a.pk}/record/new/",
        {"occurred_at": "9999-12-31T23:59", "channel": "phone", "direction": "outgoing", "summary": "Llamada"},
    )
    assert page.status_code == 200
    assert "Indique una fecha entre 1900 y 2199" in page.content.decode()


@pytest.mark.parametrize("pk", ["9223372036854775808", "999999999999999999999999999999"])
def test_ids_too_large_for_the_database_name_nothing(worker, supervisor, pk) -> None:
    client = _client(worker)
    for url in (f"/cases/{pk}/", f"/people/{pk}/", f"/consents/{pk}/evidence/"):
        assert client.get(url).status_code == 404, url
    boss = _client(supervisor)
    for url in (f"/consents/{pk}/approve/", f"/consents/{pk}/revoke/", f"/contact-rules/{pk}/end/"):
        assert boss.post(url).status_code == 404, url
