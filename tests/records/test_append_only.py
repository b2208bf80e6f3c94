"""Nothing in the record can be changed or deleted: not through the models, their querysets, the admin,
the pages, or SQL run against the database while its triggers are in place."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction
from django.db.models import ProtectedError
from django.test import Client

from resguardo.casework.models import Case, User
from resguardo.records import triggers
from resguardo.records.chain import verify_chain
from resguardo.records.models import AppendOnlyError, Attachment, ChainHead, Entry
from tests.records.helpers import record

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(case_a: Case, worker: User) -> Entry:
    return record(case_a, worker, attachments=[("nota.pdf", b"%PDF-1.4 nota", None)])


def test_models_refuse_updates_and_deletes(entry: Entry) -> None:
    entry.summary = "Cambiado"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    attachment = entry.attachments.get()
    attachment.name = "otro.pdf"
    with pytest.raises(AppendOnlyError):
        attachment.save()
    with pytest.raises(AppendOnlyError):
        attachment.delete()
    assert Entry.objects.get(pk=entry.pk).summary != "Cambiado"


def test_querysets_refuse_update_delete_and_writes_outside_the_chain(entry: Entry, worker: User) -> None:
    for attempt in (
        lambda: Entry.objects.filter(pk=entry.pk).update(summary="x"),
        lambda: Entry.objects.all().delete(),
        lambda: Entry.objects.bulk_update([entry], ["summary"]),
        lambda: Attachment.objects.all().update(name="x"),
        lambda: Attachment.objects.all().delete(),
        lambda: Entry.objects.create(
            agency=entry.agency,
            seq=2,
            channel="phone",
            direction="outgoing",
            occurred_at=entry.occurred_at,
            summary="x",
            recorded_by=worker,
            recorded_at=entry.recorded_at,
            prev_hash=entry.entry_hash,
            entry_hash="f" * 64,
        ),
        lambda: Entry.objects.bulk_create([Entry(agency=entry.agency, seq=2)]),
    ):
        with pytest.raises(AppendOnlyError):
            attempt()
    assert Entry.objects.count() == 1 and verify_chain(entry.agency).ok


def test_what_the_record_mentions_cannot_be_deleted(entry: Entry, case_a: Case, worker: User) -> None:
    with pytest.raises(ProtectedError):
        case_a.delete()
    with pytest.raises(ProtectedError):
        worker.delete()
    assert Entry.objects.filter(pk=entry.pk).exists()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE records_entry SET summary = 'x'",
        "DELETE FROM records_entry",
        "UPDATE records_attachment SET name = 'x'",
        "DELETE FROM records_attachment",
        "DELETE FROM records_chainhead",
        "UPDATE records_chainhead SET last_seq = 0",
        "UPDATE records_chainhead SET last_hash = 'x'",
    ],
)
def test_database_triggers_refuse_changes_by_hand(entry: Entry, sql: str) -> None:
    expected = (
        set(triggers.SQLITE_TRIGGERS)
        if connection.vendor == "sqlite"
        else {name for name, _table in triggers.POSTGRES_TRIGGERS}
    )
    assert triggers.installed(connection) == expected
    with (
        pytest.raises(DatabaseError, match=r"append-only|head can only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql)
    assert verify_chain(entry.agency).ok


def test_database_refuses_an_entry_that_does_not_follow_the_last(entry: Entry) -> None:
    columns = (
        "agency_id, seq, case_number, people, channel, platform_slug, account_identifier, direction, "
        "occurred_at, summary, text_sent, verdict, corrects_hash, recorded_by_id, recorded_by_username, "
        "recorded_at, prev_hash, entry_hash"
    )
    for seq, prev in ((5, entry.entry_hash), (2, "0" * 64)):  # a gap; a fork from the start
        with pytest.raises(DatabaseError, match="must follow"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO records_entry ({columns}) VALUES (%s, %s, '', '[]', 'phone', '', '', 'outgoing', "
                "'2026-01-01 10:00:00', 'x', '', '', '', %s, 'ana', '2026-01-01 10:00:00', %s, %s)",
                [entry.agency_id, seq, entry.recorded_by_id, prev, f"{seq}" * 64],
            )
    assert ChainHead.objects.get().last_seq == 1


def test_admin_is_read_only(entry: Entry, administrator: User) -> None:
    client = Client()
    client.force_login(administrator)
    assert client.get("/admin/records/entry/").status_code == 200
    assert client.get(f"/admin/records/entry/{entry.pk}/change/").status_code == 200  # view only
    assert client.get("/admin/records/entry/add/").status_code == 403
    assert client.get(f"/admin/records/entry/{entry.pk}/delete/").status_code == 403
    changed = client.post(f"/admin/records/entry/{entry.pk}/change/", {"summary": "x"})
    assert changed.status_code == 403
    deleted = client.post("/admin/records/entry/", {"action": "delete_selected", "_selected_action": [entry.pk]})
    assert deleted.status_code in (200, 302)
    assert Entry.objects.get(pk=entry.pk).summary == entry.summary
    assert client.get(f"/admin/records/attachment/{entry.attachments.get().pk}/delete/").status_code == 403


def test_pages_offer_no_way_to_change_or_delete(entry: Entry, worker: User) -> None:
    client = Client()
    client.force_login(worker)
    page = client.get(f"/record/entries/{entry.pk}/")
    assert page.status_code == 200
    for word in (b"Delete", b"Edit", b"Eliminar", b"Editar", b"Borrar"):
        assert word not in page.content
    assert client.post(f"/record/entries/{entry.pk}/", {"summary": "x"}).status_code == 405
    for url in (f"/record/entries/{entry.pk}/delete/", f"/record/entries/{entry.pk}/edit/"):
        assert client.post(url).status_code == 404
    assert Entry.objects.get(pk=entry.pk).summary == entry.summary


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_database_can_still_be_emptied(case_a: Case, worker: User) -> None:
    """pytest-django flushes transactional test databases; conftest's _record_tables_emptied lets it."""
    record(case_a, worker)
    assert Entry.objects.count() == 1
