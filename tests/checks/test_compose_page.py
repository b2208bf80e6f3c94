"""The compose page without JavaScript (plain submits) and its live endpoint."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from tests.jpeg_segments import carries_metadata

pytestmark = pytest.mark.django_db


@pytest.fixture
def ana(worker) -> Client:
    client = Client()
    client.force_login(worker)
    client.post("/language/", {"language": "en"})
    return client


def form(ready, **extra):
    data = {
        "case": str(ready["case"].pk),
        "recipients": [str(ready["father"].pk)],
        "account": str(ready["accounts"]["whatsapp"].pk),
        "purpose": "messaging",
        "text": "Hola Jorge, le confirmo la cita del martes.",
        "action": "check",
    }
    data.update(extra)
    return data


def test_compose_lists_only_visible_cases_and_own_accounts(ana, ready, case_b) -> None:
    page = ana.get("/compose/").content.decode()
    assert ready["case"].number in page and case_b.number not in page
    assert "(213) 555-0100" in page


def test_choosing_a_case_shows_its_people_without_javascript(ana, ready) -> None:
    page = ana.post("/compose/", {"case": str(ready["case"].pk), "action": "refresh"}).content.decode()
    assert "Jorge Ramírez" in page and "Carmen Luna" in page


def test_plain_submit_shows_the_verdict_and_reasons(ana, ready) -> None:
    page = ana.post("/compose/", form(ready)).content.decode()
    assert 'data-verdict="block"' in page and 'data-code="contact.not_allowed"' in page


def test_live_endpoint_returns_the_results_fragment(ana, ready) -> None:
    response = ana.post(
        "/compose/live/",
        form(ready, recipients=[str(ready["mother"].pk)], text="Hola Carmen, nos vemos el jueves a las 10."),
    )
    assert response.status_code == 200
    payload = response.json()
    assert payload["verdict"] in ("ok", "review") and "Result" in payload["html"]


def test_another_workers_case_cannot_be_chosen(ana, ready, case_b) -> None:
    page = ana.post("/compose/", form(ready, case=str(case_b.pk), recipients=[])).content.decode()
    assert "data-verdict" not in page  # the form is invalid: nothing about that case is checked
    assert case_b.people.first().first_name not in page


def test_photo_is_sanitized_and_only_its_owner_can_download_it(ana, ready, worker_same_unit) -> None:
    image = Image.new("RGB", (200, 150), (90, 120, 200))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (34.0, 3.0, 0.0), 3: "W", 4: (118.0, 14.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    upload = SimpleUploadedFile("paseo.jpg", buffer.getvalue(), content_type="image/jpeg")
    response = ana.post(
        "/compose/",
        {**form(ready, purpose="public_recognition", case="", recipients=[], text="Paseo al parque"), "photos": upload},
    )
    page = response.content.decode()
    assert "GPS location removed" in page
    token = page.split("/compose/photo/")[1].split("/")[0]
    download = ana.get(f"/compose/photo/{token}/")
    assert download.status_code == 200
    data = b"".join(download.streaming_content)
    assert data.startswith(b"\xff\xd8") and not carries_metadata(data)
    other = Client()
    other.force_login(worker_same_unit)
    assert other.get(f"/compose/photo/{token}/").status_code == 404
    assert ana.get("/compose/photo/..%2F..%2Fetc%2Fpasswd/").status_code == 404


def test_live_check_of_an_invalid_form_replaces_the_old_verdict(ana, ready) -> None:
    response = ana.post("/compose/live/", form(ready, text="x" * 20_001))
    assert response.status_code == 400
    html = response.json()["html"]
    assert 'data-verdict=""' in html and "20" in html  # says what is wrong, shows no verdict


def test_mark_as_sent_without_a_summary_records_the_message(ana, ready) -> None:
    from resguardo.records.models import Entry

    data = form(
        ready, recipients=[str(ready["mother"].pk)], text="Hola Carmen, nos vemos el jueves.", summary="", action="send"
    )
    answer = ana.post("/compose/", data)
    assert answer.status_code == 302, answer.content.decode()[:500]
    entry = Entry.objects.get()
    assert entry.text_sent == "Hola Carmen, nos vemos el jueves."
    assert entry.summary == "Message sent on WhatsApp after the check before sending."
