"""POST /api/check: token authentication, the same answer as the page, per-case access, clear errors."""

from __future__ import annotations

import base64

import pytest
from django.core.management import call_command
from django.test import Client

from resguardo.casework.models import AccessLog, ApiToken

pytestmark = pytest.mark.django_db


@pytest.fixture
def token(worker) -> str:
    return ApiToken.issue(worker, "test")[1]


def post(token: str, body: dict) -> object:
    return Client().post("/api/check", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")


def test_token_is_required_and_only_its_hash_is_stored(worker, token) -> None:
    assert Client().post("/api/check", {"text": "hola"}, content_type="application/json").status_code == 401
    assert post("rg_wrong", {"text": "hola"}).status_code == 401
    stored = ApiToken.objects.get(user=worker)
    assert token not in (stored.key_sha256, stored.prefix) and stored.key_sha256 == ApiToken.digest(token)
    stored.revoked_at = stored.created_at
    stored.save()
    assert post(token, {"text": "hola"}).status_code == 401


def test_check_blocks_a_message_to_a_restricted_person(ready, token) -> None:
    case, father = ready["case"], ready["father"]
    response = post(
        token,
        {
            "text": "Hola Jorge, le confirmo la cita.",
            "case_id": case.pk,
            "recipient_ids": [father.pk],
            "account_id": ready["accounts"]["whatsapp"].pk,
            "lang": "en",
        },
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["verdict"] == "block"
    assert "contact.not_allowed" in {r["code"] for r in body["reasons"]}
    assert AccessLog.objects.filter(case_number=case.number, what__contains="API").exists()


def test_public_post_returns_the_redacted_text(ready, token) -> None:
    body = post(
        token,
        {"text": "Felicidades a Sofía Ramírez de la Escuela Primaria Benito Juárez", "purpose": "public_recognition"},
    ).json()
    assert body["verdict"] == "block" and "Sofía" not in body["redacted_text"]
    assert any(f["type"] == "PERSON" for f in body["findings"])


def test_another_workers_case_is_404_and_foreign_people_400(ready, token, case_b) -> None:
    assert post(token, {"text": "hola", "case_id": case_b.pk}).status_code == 404
    other = case_b.people.first()
    response = post(token, {"text": "hola", "case_id": ready["case"].pk, "recipient_ids": [other.pk], "lang": "en"})
    assert response.status_code == 404 and "not on this case" in response.json()["detail"]


def test_refusals_come_in_the_users_language(ready, token, case_b) -> None:
    # The worker prefers Spanish; "lang" asks for English.
    foreign = {"text": "hola", "case_id": ready["case"].pk, "recipient_ids": [case_b.people.first().pk]}
    assert "no forma parte de este caso" in post(token, foreign).json()["detail"]
    assert post(token, {"text": "hola", "case_id": case_b.pk}).json()["detail"] == "No se encontró el caso."
    assert post(token, {"text": "hola", "case_id": case_b.pk, "lang": "en"}).json()["detail"] == "Case not found."
    assert post(token, {"text": "hola", "account_id": 999_999}).json()["detail"] == "Cuenta de la agencia desconocida."
    assert "Plataforma desconocida" in post(token, {"text": "hola", "platform": "myspace"}).json()["detail"]


def test_bad_input_gets_a_clear_answer(ready, token) -> None:
    assert post(token, {"text": "x" * 20_001}).status_code == 422
    bad_photo = post(token, {"text": "foto", "photos": [{"name": "a.jpg", "data_base64": "%%%"}]})
    assert bad_photo.status_code == 200 and bad_photo.json()["verdict"] == "block"
    assert "base64" in bad_photo.json()["photos"][0]["error"]
    not_image = post(
        token, {"text": "foto", "photos": [{"name": "a.jpg", "data_base64": base64.b64encode(b"hello").decode()}]}
    )
    assert not_image.status_code == 200 and not_image.json()["photos"][0]["ok"] is False
    assert post(token, {"text": "hola", "platform": "myspace"}).status_code == 404


def test_openapi_schema_documents_the_check(client) -> None:
    schema = client.get("/api/openapi.json").json()
    operation = schema["paths"]["/api/check"]["post"]
    assert "200" in operation["responses"] and "requestBody" in operation
    schemes = schema["components"]["securitySchemes"].values()
    assert any(s.get("scheme", "").lower() == "bearer" for s in schemes)


def test_create_api_token_command_prints_a_working_token(worker, capsys) -> None:
    call_command("create_api_token", "ana", "--name", "cms")
    key = capsys.readouterr().out.strip()
    assert key.startswith("rg_") and post(key, {"text": "hola"}).status_code == 200


def test_a_body_over_the_limit_is_413_not_a_server_error(ready, token, settings) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = post(token, {"text": "x" * 5000})
    assert response.status_code == 413 and "too large" in response.json()["detail"]


def test_out_of_range_numbers_are_refused_not_server_errors(ready, token, worker) -> None:
    client = Client()
    client.force_login(worker)
    assert client.get("/api/cases", {"offset": 10**30}).status_code == 422
    assert client.get(f"/api/cases/{10**30}").status_code in (404, 422)
    assert post(token, {"text": "hola", "account_id": 10**30}).status_code == 422
