"""The hash chain: the documented canonical form, correct links, and detection of every kind of tampering
by someone who first disables the database triggers (each stored field changed, an entry deleted in the
middle or at the end, a forged entry inserted, an attachment's file changed on disk)."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, transaction
from django.utils import timezone, translation

from resguardo.casework.models import Agency, Case, Unit, User
from resguardo.records import chain, triggers
from resguardo.records.canonical import GENESIS
from resguardo.records.chain import RecordError, append_entry, verify_chain
from resguardo.records.models import Attachment, ChainHead, Entry
from tests.records.helpers import record

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"captura de pantalla"


@pytest.fixture
def entries(case_a: Case, worker: User, whatsapp, account) -> list[Entry]:
    """Five entries; entry 3 uses every field (platform, account, text, check, attachment, correction of 1)."""
    first = record(case_a, worker, occurred_at=timezone.now() - dt.timedelta(days=3))
    second = record(case_a, worker, channel="in_person", summary="Visita en casa.")
    third = record(
        case_a,
        worker,
        channel="messaging",
        account=account,
        direction="outgoing",
        summary="Corrección: la llamada fue un mensaje.",
        text_sent="Hola Carmen, ¿podemos vernos?",
        verdict="review",
        check_summary={"reasons": ["consent_missing"], "score": 0.5},
        corrects=first,
        attachments=[("C:\\fotos\\Sofía captura.png", PNG, "image/png")],
    )
    fourth = record(case_a, worker, channel="sms", direction="incoming", summary="La madre confirma.")
    fifth = record(case_a, worker, channel="virtual_visit", summary="Videollamada con Sofía.")
    return [first, second, third, fourth, fifth]


def raw(sql: str, params: list[Any] | None = None) -> None:
    """What someone altering the database by hand does: the triggers dropped first."""
    triggers.drop(connection)
    with connection.cursor() as cursor:
        cursor.execute(sql, params or [])


def test_intact_chain_links_every_entry_and_verifies(entries: list[Entry], agency: Agency) -> None:
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.entry_hash
    result = verify_chain(agency)
    assert result.ok and result.checked == 5 and result.files_checked == 1
    assert result.last_hash == entries[-1].entry_hash == ChainHead.objects.get(agency=agency).last_hash


def test_entry_hash_is_sha256_of_the_documented_canonical_json(
    entries: list[Entry], case_a: Case, worker: User, account
) -> None:
    """Recomputed here by hand, as a court's expert would, from the docstring in canonical.py."""
    third = Entry.objects.get(pk=entries[2].pk)
    child, mother = case_a.people.get(role="child"), case_a.people.get(role="parent")
    utc = "%Y-%m-%dT%H:%M:%S.%fZ"
    obj = {
        "format": "resguardo-record/1",
        "agency": case_a.agency_id,
        "seq": 3,
        "case": {"id": case_a.pk, "number": "2026-0101"},
        "people": [{"id": p.pk, "name": p.full_name, "role": p.role} for p in case_a.people.all()],
        "channel": "messaging",
        "platform": {"id": account.platform_id, "slug": "whatsapp"},
        "account": {"id": account.pk, "identifier": "+1 213 555 0100"},
        "direction": "outgoing",
        "occurred_at": third.occurred_at.astimezone(dt.UTC).strftime(utc),
        "summary": "Corrección: la llamada fue un mensaje.",
        "text_sent": "Hola Carmen, ¿podemos vernos?",
        "verdict": "review",
        "check_summary": {"reasons": ["consent_missing"], "score": "0.5"},
        "corrects": entries[0].entry_hash,
        "recorded_by": {"id": worker.pk, "username": "ana"},
        "recorded_at": third.recorded_at.astimezone(dt.UTC).strftime(utc),
        "attachments": [
            {
                "name": "Sofía captura.png",
                "content_type": "image/png",
                "size": len(PNG),
                "sha256": hashlib.sha256(PNG).hexdigest(),
            }
        ],
        "prev_hash": entries[1].entry_hash,
    }
    assert {p["name"] for p in obj["people"]} == {child.full_name, mother.full_name}
    data = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert "Sofía".encode() in data  # not \u escaped
    assert hashlib.sha256(data).hexdigest() == third.entry_hash


def test_renaming_people_and_users_later_does_not_change_the_record(
    entries: list[Entry], agency: Agency, case_a: Case, worker: User
) -> None:
    case_a.people.filter(role="child").update(first_name="Otra")
    User.objects.filter(pk=worker.pk).update(username="ana.torres")
    Case.objects.filter(pk=case_a.pk).update(number="2026-9999")
    assert verify_chain(agency).ok
    stored = Entry.objects.get(pk=entries[0].pk)
    assert "Sofía Ramírez Luna" in stored.people_names() and stored.recorded_by_username == "ana"


# ------------------------------------------------------------------------------------------ tampering

ENTRY_CHANGES = [
    ("case_number", "'2026-0202'"),
    ("people", '\'[{"id": 1, "name": "Otra Persona", "role": "parent"}]\''),
    ("channel", "'in_person'"),
    ("platform_id", "NULL"),
    ("platform_slug", "'signal'"),
    ("account_id", "NULL"),
    ("account_identifier", "'+1 213 555 0199'"),
    ("direction", "'incoming'"),
    ("occurred_at", "'2020-01-01 10:00:00'"),
    ("summary", "'No pasó nada.'"),
    ("text_sent", "'Otro texto'"),
    ("verdict", "'ok'"),
    ("check_summary", "'{\"reasons\": []}'"),
    ("corrects_hash", f"'{'a' * 64}'"),
    ("recorded_by_username", "'sara'"),
    ("recorded_at", "'2020-01-01 10:00:00'"),
    ("prev_hash", f"'{'b' * 64}'"),
    ("entry_hash", f"'{'c' * 64}'"),
]


@pytest.mark.parametrize(("column", "value"), ENTRY_CHANGES, ids=[c for c, _ in ENTRY_CHANGES])
def test_changing_any_stored_field_is_detected(entries: list[Entry], agency: Agency, column: str, value: str) -> None:
    raw(f"UPDATE records_entry SET {column} = {value} WHERE id = %s", [entries[2].pk])
    result = verify_chain(agency)
    assert not result.ok
    assert result.broken_seq == 3
    assert result.reason in (chain.ALTERED, chain.CORRECTS)


def test_changing_foreign_keys_is_detected(
    entries: list[Entry], agency: Agency, case_b: Case, supervisor: User
) -> None:
    for column, value, reason in (
        ("case_id", case_b.pk, chain.ALTERED),
        ("recorded_by_id", supervisor.pk, chain.ALTERED),
        ("corrects_id", entries[1].pk, chain.CORRECTS),
    ):
        with transaction.atomic():
            raw(f"UPDATE records_entry SET {column} = %s WHERE id = %s", [value, entries[2].pk])
            result = verify_chain(agency)
            assert (result.ok, result.broken_seq, result.reason) == (False, 3, reason), column
            transaction.set_rollback(True)
        triggers.install(connection)
    assert verify_chain(agency).ok


ATTACHMENT_CHANGES = [
    ("name", "'otra.png'"),
    ("content_type", "'text/html'"),
    ("size", "1"),
    ("sha256", f"'{'d' * 64}'"),
]


@pytest.mark.parametrize(("column", "value"), ATTACHMENT_CHANGES, ids=[c for c, _ in ATTACHMENT_CHANGES])
def test_changing_an_attachment_row_is_detected(entries: list[Entry], agency: Agency, column: str, value: str) -> None:
    raw(f"UPDATE records_attachment SET {column} = {value}")
    result = verify_chain(agency)
    assert (result.ok, result.broken_seq, result.reason) == (False, 3, chain.ALTERED)


def test_moving_an_attachment_to_another_entry_is_detected(entries: list[Entry], agency: Agency) -> None:
    raw("UPDATE records_attachment SET entry_id = %s", [entries[1].pk])
    result = verify_chain(agency)
    assert (result.ok, result.broken_seq, result.reason) == (False, 2, chain.ALTERED)


def test_an_attachments_bytes_changed_on_disk_are_detected(entries: list[Entry], agency: Agency, media: Path) -> None:
    attachment = Attachment.objects.get()
    path = Path(attachment.file.path)
    assert path.parent == media / "records" and path.name == attachment.sha256
    path.write_bytes(PNG + b" retocada")
    result = verify_chain(agency)
    assert (result.ok, result.broken_seq, result.reason) == (False, 3, chain.FILE_ALTERED)
    assert verify_chain(agency, check_files=False).ok  # only the file changed
    path.unlink()
    assert verify_chain(agency).reason == chain.FILE_MISSING


def test_deleting_an_entry_in_the_middle_is_detected(entries: list[Entry], agency: Agency) -> None:
    raw("DELETE FROM records_entry WHERE id = %s", [entries[1].pk])
    result = verify_chain(agency)
    assert (result.ok, result.broken_seq, result.reason) == (False, 2, chain.MISSING)
    with translation.override("en"):
        assert "This entry is missing" in result.explanation()
    with translation.override("es"):
        assert "This entry is missing" not in result.explanation()  # said in Spanish too


def test_deleting_the_last_entry_is_detected(entries: list[Entry], agency: Agency) -> None:
    raw("DELETE FROM records_entry WHERE id = %s", [entries[4].pk])
    result = verify_chain(agency)
    assert (result.ok, result.broken_seq, result.reason) == (False, 5, chain.HEAD_MISMATCH)
    assert result.checked == 4


def test_deleting_the_chain_head_is_detected(entries: list[Entry], agency: Agency) -> None:
    raw("DELETE FROM records_chainhead")
    assert verify_chain(agency).reason == chain.HEAD_MISSING


def _forge(agency: Agency, source: Entry, seq: int, prev: str, summary: str) -> None:
    """Insert by hand a forged entry that is internally consistent (its own hash recomputes)."""
    forged = copy.copy(source)
    forged.pk, forged.seq, forged.prev_hash, forged.summary = None, seq, prev, summary
    forged.entry_hash = chain.canonical.digest(chain.entry_content(forged, []))
    fields = [f for f in Entry._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(f.column for f in fields)
    values = [f.get_db_prep_save(getattr(forged, f.attname), connection) for f in fields]
    raw(f"INSERT INTO records_entry ({columns}) VALUES ({', '.join(['%s'] * len(fields))})", values)


def test_a_forged_entry_appended_by_hand_is_detected(entries: list[Entry], agency: Agency) -> None:
    _forge(agency, entries[4], 6, entries[4].entry_hash, "Entrada inventada.")
    result = verify_chain(agency)
    assert (result.ok, result.broken_seq, result.reason) == (False, 6, chain.HEAD_MISMATCH)


def test_a_forged_entry_replacing_one_in_the_middle_is_detected(entries: list[Entry], agency: Agency) -> None:
    raw("DELETE FROM records_entry WHERE id = %s", [entries[1].pk])
    _forge(agency, entries[1], 2, entries[0].entry_hash, "Nunca hubo visita.")
    result = verify_chain(agency)
    assert (result.ok, result.broken_seq, result.reason) == (False, 3, chain.LINK)


def test_a_forged_entry_inserted_by_renumbering_is_detected(entries: list[Entry], agency: Agency) -> None:
    for entry in reversed(entries[3:]):
        raw("UPDATE records_entry SET seq = seq + 1 WHERE id = %s", [entry.pk])
    _forge(agency, entries[3], 4, entries[2].entry_hash, "Entrada insertada.")
    result = verify_chain(agency)
    assert (result.ok, result.broken_seq, result.reason) == (False, 5, chain.ALTERED)


# ------------------------------------------------------------------------------------------ appending


def test_a_correction_is_a_new_entry_and_the_original_stays(entries: list[Entry]) -> None:
    original = Entry.objects.get(pk=entries[0].pk)
    assert original.summary == entries[0].summary
    assert list(original.corrections.all()) == [entries[2]]
    assert entries[2].corrects_hash == original.entry_hash


def test_inconsistent_entries_are_refused(
    case_a: Case, case_b: Case, worker: User, worker_b: User, agency: Agency
) -> None:
    other = Agency.objects.create(name="Otra agencia")
    other_unit = Unit.objects.create(agency=other, name="U")
    other_case = Case.objects.create(agency=other, number="X-1", unit=other_unit)
    with pytest.raises(RecordError):
        append_entry(agency, recorded_by=worker, case=other_case, channel="phone", summary="x")
    with pytest.raises(RecordError):  # a person of another case
        record(case_a, worker, people=list(case_b.people.all()))
    with pytest.raises(RecordError):
        record(case_a, worker, channel="carrier pigeon")
    with pytest.raises(RecordError):
        record(case_a, worker, summary="   ")
    with pytest.raises(RecordError):
        record(case_a, worker, occurred_at=dt.datetime(2026, 1, 1, 10, 0))
    b_entry = record(case_b, worker_b)
    with pytest.raises(RecordError):  # a correction in another case
        record(case_a, worker, corrects=b_entry)
    assert Entry.objects.count() == 1 and verify_chain(agency).ok


def test_same_attachment_twice_is_stored_once(
    case_a: Case, worker: User, media: Path, django_capture_on_commit_callbacks
) -> None:
    for name, claimed in (("a.png", None), ("b.png", "image/png")):
        with django_capture_on_commit_callbacks(execute=True):  # each entry committed before the next
            record(case_a, worker, attachments=[(name, PNG, claimed)])
    assert len(list((media / "records").iterdir())) == 1
    assert set(Attachment.objects.values_list("name", flat=True)) == {"a.png", "b.png"}


def test_bulk_append_keeps_the_chain(agency: Agency, case_a: Case, worker: User) -> None:
    record(case_a, worker)
    now = timezone.now()
    rows = (
        {
            "recorded_by": worker,
            "case": case_a,
            "channel": "sms",
            "direction": "outgoing",
            "occurred_at": now,
            "summary": f"mensaje {i}",
        }
        for i in range(250)
    )
    assert chain.append_entries(agency, rows, batch_size=100) == 250
    record(case_a, worker)
    result = verify_chain(agency)
    assert result.ok and result.checked == 252
