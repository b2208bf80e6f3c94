"""The record's pages: a case's record with filters, an entry, recording a contact and correcting one,
attachment downloads, the verification page; all behind per-case access (404 otherwise) and logged."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.utils import timezone

from resguardo.casework.models import AccessLog, Case, User
from resguardo.records import triggers
from resguardo.records.chain import append_entry, verify_chain
from resguardo.records.models import Entry
from tests.records.helpers import client_for, record

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 acta de visita firmada"


@pytest.fixture
def entry(case_a: Case, worker: User) -> Entry:
    return record(
        case_a,
        worker,
        summary="Llamada con Carmen sobre la visita.",
        attachments=[("acta.pdf", PDF, "application/pdf")],
    )


def form_data(case: Case, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "occurred_at": (timezone.localtime() - dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "channel": "phone",
        "direction": "outgoing",
        "people": [case.people.get(role="parent").pk],
        "summary": "Llamada a Carmen: confirma la visita del sábado.",
        "text_sent": "",
    }
    data.update(overrides)
    return data


def test_worker_sees_the_record_of_their_case(entry: Entry, worker: User, case_a: Case) -> None:
    page = client_for(worker).get(f"/cases/{case_a.pk}/record/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Llamada con Carmen sobre la visita." in html and "Carmen Luna" in html
    assert f'href="/record/entries/{entry.pk}/"' in html
    assert AccessLog.objects.filter(user=worker, action="view", case_id=case_a.pk, what="communication record").exists()


@pytest.mark.parametrize(
    "url",
    [
        "/cases/{case}/record/",
        "/cases/{case}/record/new/",
        "/record/entries/{entry}/",
        "/record/entries/{entry}/correct/",
        "/record/entries/{entry}/attachments/{att}/",
        "/cases/{case}/record/export.pdf",
        "/cases/{case}/record/export.json",
    ],
)
def test_another_units_worker_gets_404_everywhere(entry: Entry, case_a: Case, worker_b: User, url: str) -> None:
    address = url.format(case=case_a.pk, entry=entry.pk, att=entry.attachments.get().pk)
    assert client_for(worker_b).get(address).status_code == 404
    assert not AccessLog.objects.filter(user=worker_b).exclude(action="denied").exists()


def test_supervisor_of_the_unit_sees_it_and_anonymous_must_log_in(entry: Entry, supervisor: User) -> None:
    assert client_for(supervisor).get(f"/record/entries/{entry.pk}/").status_code == 200
    anonymous = Client().get(f"/record/entries/{entry.pk}/")
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]


def test_record_a_contact_with_an_attachment(case_a: Case, worker: User) -> None:
    client = client_for(worker)
    assert client.get(f"/cases/{case_a.pk}/record/new/").status_code == 200
    upload = SimpleUploadedFile("../../Sofía acta.pdf", PDF, content_type="text/html")
    response = client.post(f"/cases/{case_a.pk}/record/new/", {**form_data(case_a), "attachments": [upload]})
    assert response.status_code == 302
    entry = Entry.objects.get()
    assert response["Location"] == f"/record/entries/{entry.pk}/"
    assert (entry.seq, entry.channel, entry.people_names(), entry.recorded_by_username) == (
        1,
        "phone",
        "Carmen Luna",
        "ana",
    )
    attachment = entry.attachments.get()
    assert (attachment.name, attachment.content_type, attachment.sha256) == (
        "Sofía acta.pdf",
        "application/pdf",
        hashlib.sha256(PDF).hexdigest(),
    )
    assert AccessLog.objects.filter(user=worker, action="create", what="record entry 1").exists()
    assert verify_chain(case_a.agency).ok
    detail = client.get(response["Location"]).content.decode()
    assert "Llamada a Carmen: confirma la visita del sábado." in detail and attachment.sha256 in detail


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"occurred_at": (timezone.localtime() + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")}, "occurred_at"),
        ({"channel": "messaging"}, "platform"),
        ({"summary": ""}, "summary"),
    ],
)
def test_invalid_contacts_are_not_recorded(
    case_a: Case, worker: User, overrides: dict[str, object], field: str
) -> None:
    response = client_for(worker).post(f"/cases/{case_a.pk}/record/new/", form_data(case_a, **overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not Entry.objects.exists()


def test_people_of_another_case_cannot_be_chosen(case_a: Case, case_b: Case, worker: User) -> None:
    other = case_b.people.first()
    response = client_for(worker).post(f"/cases/{case_a.pk}/record/new/", form_data(case_a, people=[other.pk]))
    assert response.status_code == 200 and "people" in response.context["form"].errors
    assert not Entry.objects.exists()


def test_correct_an_entry_adds_a_new_one_and_keeps_the_original(entry: Entry, case_a: Case, worker: User) -> None:
    client = client_for(worker)
    form = client.get(f"/record/entries/{entry.pk}/correct/")
    assert form.status_code == 200
    assert form.context["form"].initial["channel"] == "phone"
    response = client.post(
        f"/record/entries/{entry.pk}/correct/",
        form_data(case_a, channel="in_person", summary="Fue una visita en persona, no una llamada."),
    )
    assert response.status_code == 302
    correction = Entry.objects.get(seq=2)
    assert correction.corrects == entry and correction.corrects_hash == entry.entry_hash
    original = Entry.objects.get(pk=entry.pk)
    assert (original.summary, original.channel, original.entry_hash) == (entry.summary, "phone", entry.entry_hash)
    page = client.get(f"/record/entries/{entry.pk}/").content.decode()
    assert f'href="/record/entries/{correction.pk}/"' in page
    assert verify_chain(case_a.agency).ok


def test_attachment_download_is_logged(entry: Entry, worker: User) -> None:
    attachment = entry.attachments.get()
    response = client_for(worker).get(f"/record/entries/{entry.pk}/attachments/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment;") and "acta.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert AccessLog.objects.filter(user=worker, action="download", case_id=entry.case_id).exists()


def test_filters_by_period_and_channel(case_a: Case, worker: User) -> None:
    now = timezone.now()
    record(case_a, worker, channel="phone", summary="Llamada antigua", occurred_at=now - dt.timedelta(days=40))
    record(case_a, worker, channel="phone", summary="Llamada reciente", occurred_at=now - dt.timedelta(days=1))
    record(case_a, worker, channel="in_person", summary="Visita reciente", occurred_at=now - dt.timedelta(days=1))
    client = client_for(worker)
    start = (timezone.localdate() - dt.timedelta(days=7)).isoformat()
    html = client.get(f"/cases/{case_a.pk}/record/", {"start": start}).content.decode()
    assert "Llamada reciente" in html and "Visita reciente" in html and "Llamada antigua" not in html
    html = client.get(f"/cases/{case_a.pk}/record/", {"start": start, "channel": "in_person"}).content.decode()
    assert "Visita reciente" in html and "Llamada reciente" not in html
    bad = client.get(f"/cases/{case_a.pk}/record/", {"start": "2026-05-01", "end": "2026-04-01"})
    assert "end" in bad.context["form"].errors


def test_verification_page_for_supervisors_shows_where_it_breaks(
    entry: Entry, case_a: Case, worker: User, supervisor: User, administrator: User
) -> None:
    record(case_a, worker, summary="Segunda")
    assert client_for(worker).get("/record/verify/").status_code == 404
    page = client_for(supervisor).get("/record/verify/")
    assert page.status_code == 200 and page.context["result"].ok and "2 entries checked" in page.content.decode()
    triggers.drop(connection)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE records_entry SET text_sent = 'otro' WHERE seq = 2")
    page = client_for(administrator).get("/record/verify/")
    assert not page.context["result"].ok
    assert "The chain is broken at entry 2." in page.content.decode()


def test_public_page_record_is_for_supervisors_and_administrators(
    agency,
    worker: User,
    administrator: User,
) -> None:
    assert client_for(worker).get("/record/public/").status_code == 404
    assert client_for(worker).get("/record/public/new/").status_code == 404
    client = client_for(administrator)
    data = {
        "occurred_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "channel": "email",
        "direction": "outgoing",
        "summary": "Boletín mensual a familias de acogida.",
    }
    assert client.post("/record/public/new/", data).status_code == 302
    post = Entry.objects.get()
    assert post.case is None and post.people == []
    assert "Boletín mensual" in client.get("/record/public/").content.decode()
    assert client_for(worker).get(f"/record/entries/{post.pk}/").status_code == 404
    own = append_entry(agency, recorded_by=worker, channel="social_media", summary="Anuncio de la feria.")
    assert client_for(worker).get(f"/record/entries/{own.pk}/").status_code == 200


def test_an_invalid_export_period_exports_nothing(case_a, worker) -> None:
    from tests.records.helpers import client_for, record

    record(case_a, worker)
    client = client_for(worker)
    for query in ({"start": "2026-02-30"}, {"start": "2026-12-01", "end": "2026-01-01"}, {"channel": "bogus"}):
        response = client.get(f"/cases/{case_a.pk}/record/export.json", query)
        assert response.status_code == 400, query
        assert b"entry_hash" not in response.content


def test_a_contact_is_recorded_only_from_ones_own_accounts(
    case_a,
    worker,
    worker_same_unit,
    whatsapp,
    administrator,
) -> None:
    from resguardo.casework.models import AgencyAccount
    from tests.records.helpers import client_for

    theirs = AgencyAccount.objects.create(
        agency=case_a.agency,
        platform=whatsapp,
        owner=worker_same_unit,
        identifier="(213) 555-0177",
        registered_by=administrator,
    )
    page = client_for(worker).get(f"/cases/{case_a.pk}/record/new/").content.decode()
    assert "(213) 555-0177" not in page
    assert theirs.pk


def test_admin_views_of_entries_are_in_the_access_log(case_a, worker, administrator) -> None:
    from resguardo.casework.models import AccessLog
    from tests.records.helpers import client_for, record

    entry = record(case_a, worker)
    client_for(administrator).get(f"/admin/records/entry/{entry.pk}/change/")
    assert AccessLog.objects.filter(user=administrator, case_id=case_a.pk, what__startswith="admin").exists()
