"""Exports for court: the PDF (bilingual headings, page numbers "x / y", every entry with its hashes, the
verification statement with the head hash) and the JSON file whose entries recompute to their hashes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re

import pytest
from django.db import connection
from django.utils import timezone

from resguardo.casework.models import AccessLog, Case, User
from resguardo.records import triggers
from resguardo.records.models import ChainHead, Entry
from tests.casework.test_pdf import assert_valid_pdf, pdf_text
from tests.records.helpers import client_for, record

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n captura"


@pytest.fixture
def entries(case_a: Case, case_b: Case, worker: User, worker_b: User) -> list[Entry]:
    now = timezone.now()
    first = record(case_a, worker, summary="Llamada a Carmen.", occurred_at=now - dt.timedelta(days=30))
    record(case_b, worker_b, summary="Other unit's call.")
    second = record(
        case_a,
        worker,
        channel="messaging",
        summary="Mensaje con foto.",
        text_sent="Hola Carmen — ¿nos vemos el sábado? 👋",
        attachments=[("foto.png", PNG, None)],
        occurred_at=now - dt.timedelta(days=2),
    )
    third = record(case_a, worker, channel="in_person", summary="Corrección: fue en persona.", corrects=first)
    return [first, second, third]


def test_pdf_export_has_every_entry_hashes_and_the_verification(
    entries: list[Entry], case_a: Case, worker: User
) -> None:
    response = client_for(worker).get(f"/cases/{case_a.pk}/record/export.pdf", {"lang": "es"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="record-2026-0101-')
    data = response.content
    assert_valid_pdf(data)
    text = pdf_text(data)
    head = ChainHead.objects.get(agency=case_a.agency)
    assert head.last_seq == 4
    assert head.last_hash in text  # the verification statement's head hash
    assert "Chain verified at" in text and "intact" in text
    for entry in entries:
        assert entry.entry_hash in text and entry.prev_hash in text
    assert hashlib.sha256(PNG).hexdigest() in text
    assert "Mensaje con foto." in text and "Hola Carmen — ¿nos vemos el sábado?" in text
    assert "Other unit's call." not in text  # another case's entry is not exported
    assert "Personas / People" in text  # Spanish first
    assert "1 / " in text
    assert AccessLog.objects.filter(user=worker, action="export", case_id=case_a.pk).exists()


def test_pdf_english_first_and_page_numbers_on_every_page(case_a: Case, worker: User) -> None:
    for i in range(25):
        record(case_a, worker, summary=f"Llamada número {i}.", text_sent="Texto largo. " * 20)
    text = pdf_text(client_for(worker).get(f"/cases/{case_a.pk}/record/export.pdf", {"lang": "en"}).content)
    assert "People / Personas" in text
    markers = {(int(a), int(b)) for a, b in re.findall(r"\b(\d{1,3}) / (\d{1,3})\b", text)}
    pages = max(total for _, total in markers)
    assert pages > 2
    for page in range(1, pages + 1):
        assert f"{page} / {pages}" in text


def test_pdf_says_when_the_chain_is_broken(entries: list[Entry], case_a: Case, worker: User) -> None:
    triggers.drop(connection)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE records_entry SET summary = 'Nada' WHERE seq = 2")
    text = pdf_text(client_for(worker).get(f"/cases/{case_a.pk}/record/export.pdf").content)
    assert "BROKEN at entry 2" in text


def test_json_export_recomputes_every_hash(entries: list[Entry], case_a: Case, worker: User) -> None:
    response = client_for(worker).get(f"/cases/{case_a.pk}/record/export.json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert [e["seq"] for e in data["entries"]] == [1, 3, 4]
    for item in data["entries"]:
        canonical = json.dumps(item["content"], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert hashlib.sha256(canonical.encode("utf-8")).hexdigest() == item["entry_hash"]
    by_seq = {e["seq"]: e for e in data["entries"]}
    assert by_seq[4]["content"]["prev_hash"] == by_seq[3]["entry_hash"]  # consecutive entries link
    assert by_seq[4]["content"]["corrects"] == by_seq[1]["entry_hash"]
    assert by_seq[3]["content"]["text_sent"] == "Hola Carmen — ¿nos vemos el sábado? 👋"
    assert by_seq[3]["content"]["attachments"][0]["sha256"] == hashlib.sha256(PNG).hexdigest()
    verification = data["verification"]
    assert verification["chain_intact"] is True and verification["entries_checked"] == 4
    assert verification["head_hash"] == ChainHead.objects.get().last_hash
    assert "sha256" in data["how_to_verify"]
    assert AccessLog.objects.filter(user=worker, action="export", case_id=case_a.pk, what__contains="json").exists()


def test_json_export_of_a_period(entries: list[Entry], case_a: Case, worker: User) -> None:
    start = (timezone.localdate() - dt.timedelta(days=7)).isoformat()
    data = json.loads(client_for(worker).get(f"/cases/{case_a.pk}/record/export.json", {"start": start}).content)
    assert [e["seq"] for e in data["entries"]] == [3, 4]
    assert data["period"] == {"start": start, "end": None}
