"""Consent registry: record (guardian for a child), approve (supervisor of the case's unit or administrator
only), expire, revoke (kept with its reason), and evidence uploads checked by their bytes, hashed, stored in
one transaction with the consent and downloaded only through an access-checked, logged view."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from resguardo.casework.atomic_files import is_temp_name
from resguardo.casework.evidence import sanitize_name
from resguardo.casework.models import AccessLog, Consent, Person, Platform, Role
from tests.agency_fixtures import make_user, whatsapp_platform

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(40)
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40) + b"\xff\xd9"


def client_for(user, lang: str = "en") -> Client:
    client = Client()
    client.force_login(user)
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = lang
    return client


@pytest.fixture(autouse=True)
def media(settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def whatsapp(db: None) -> Platform:
    return whatsapp_platform()


@pytest.fixture
def supervisor_b(agency, unit_b):
    return make_user(agency, unit_b, "sam", Role.SUPERVISOR, "Sam", "Okafor")


def child_of(case) -> Person:
    return case.people.get(role="child")


def mother_of(case) -> Person:
    return case.people.get(role="parent")


def consent_data(platform: Platform, **extra: object) -> dict[str, object]:
    data: dict[str, object] = {
        "platform": platform.pk,
        "purpose": "messaging",
        "given_by": "guardian",
        "given_by_name": "Carmen Luna",
        "given_on": "2026-01-10",
        "expires_on": "2027-01-10",
        "notes": "",
    }
    data.update(extra)
    return data


def make_consent(person: Person, platform: Platform, user, **extra: object) -> Consent:
    values: dict[str, object] = {
        "purpose": "messaging",
        "given_by": "guardian",
        "given_by_name": "Carmen Luna",
        "given_on": dt.date(2026, 1, 10),
        "expires_on": dt.date(2099, 1, 10),
    }
    values.update(extra)
    return Consent.objects.create(person=person, platform=platform, recorded_by=user, **values)


def all_files(media: Path) -> list[Path]:
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


def stored_files(media: Path) -> list[Path]:
    """Files under their final names. Until its transaction commits, a stored file also keeps its temporary
    name (which a test's transaction, never committed, does not reach)."""
    return [p for p in all_files(media) if not is_temp_name(p.name)]


# ------------------------------------------------------------------------------------------ recording


def test_child_consent_defaults_to_guardian_and_requires_the_guardians_name(worker, case_a, whatsapp) -> None:
    client = client_for(worker)
    child = child_of(case_a)
    url = reverse("consent_create", args=[child.pk])
    page = client.get(url).content.decode()
    assert 'value="guardian" selected' in page
    assert 'value="self"' not in page  # a child cannot consent alone

    response = client.post(url, consent_data(whatsapp, given_by_name=""))
    assert response.status_code == 200
    assert (
        "Enter the name of the parent or legal guardian" in response.content.decode()
        or "This field is required" in response.content.decode()
    )
    response = client.post(url, consent_data(whatsapp, given_by="self", given_by_name="Sofía"))
    assert response.status_code == 200
    assert not Consent.objects.exists()

    response = client.post(url, consent_data(whatsapp))
    assert response.status_code == 302
    consent = Consent.objects.get()
    assert (consent.person, consent.given_by, consent.given_by_name) == (child, "guardian", "Carmen Luna")
    assert consent.status == Consent.Status.PENDING and consent.recorded_by == worker
    assert AccessLog.objects.filter(action=AccessLog.Action.CREATE, person_id=child.pk).exists()


def test_adult_consent_by_self_takes_the_persons_name(worker, case_a, whatsapp) -> None:
    mother = mother_of(case_a)
    response = client_for(worker).post(
        reverse("consent_create", args=[mother.pk]), consent_data(whatsapp, given_by="self", given_by_name="")
    )
    assert response.status_code == 302
    assert Consent.objects.get().given_by_name == "Carmen Luna"


def test_expiry_must_be_after_the_date_given(worker, case_a, whatsapp) -> None:
    url = reverse("consent_create", args=[child_of(case_a).pk])
    for expires in ("2026-01-10", "2025-12-31"):
        response = client_for(worker).post(url, consent_data(whatsapp, expires_on=expires))
        assert response.status_code == 200
        assert "The expiry date must be after the date consent was given" in response.content.decode()
    future = (timezone.localdate() + dt.timedelta(days=3)).isoformat()
    response = client_for(worker).post(url, consent_data(whatsapp, given_on=future, expires_on="2099-01-01"))
    assert "cannot be in the future" in response.content.decode()
    assert not Consent.objects.exists()


def test_user_text_is_escaped_on_the_person_page(worker, case_a, whatsapp) -> None:
    child = child_of(case_a)
    make_consent(child, whatsapp, worker, notes="<script>alert(1)</script>", given_by_name="<b>Carmen</b>")
    page = client_for(worker).get(reverse("person_detail", args=[child.pk])).content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "<b>Carmen</b>" not in page


def test_other_workers_cannot_record_consent_on_a_case_they_cannot_see(
    worker_b, worker_same_unit, case_a, whatsapp
) -> None:
    url = reverse("consent_create", args=[child_of(case_a).pk])
    for user in (worker_b, worker_same_unit):
        assert client_for(user).get(url).status_code == 404
        assert client_for(user).post(url, consent_data(whatsapp)).status_code == 404
    assert not Consent.objects.exists()


# ------------------------------------------------------------------------------------------ lifecycle


def test_lifecycle_pending_approved_expired_revoked(worker, supervisor, case_a, whatsapp) -> None:
    child = child_of(case_a)
    consent = make_consent(
        child, whatsapp, worker, given_on=dt.date(2026, 1, 10), expires_on=timezone.localdate() + dt.timedelta(days=30)
    )
    person_url = reverse("person_detail", args=[child.pk])
    case_url = reverse("case_detail", args=[case_a.pk])
    assert "Awaiting agency approval" in client_for(worker).get(person_url).content.decode()
    assert "Awaiting agency approval" in client_for(worker).get(case_url).content.decode()

    response = client_for(supervisor).post(reverse("consent_approve", args=[consent.pk]))
    assert response.status_code == 302
    consent.refresh_from_db()
    assert consent.status == Consent.Status.ACTIVE and consent.approved_by == supervisor
    assert consent.approved_at is not None and consent.is_valid
    page = client_for(worker).get(person_url).content.decode()
    assert "status-active" in page and ">Active<" in page
    assert "Approved by <bdi>Sara Medina</bdi>" in page  # names are isolated (<bdi>)

    # Expired by date: the day after expires_on it is no longer valid, and the pages say so.
    assert consent.status_on(consent.expires_on) == Consent.Status.ACTIVE
    assert consent.status_on(consent.expires_on + dt.timedelta(days=1)) == Consent.Status.EXPIRED
    Consent.objects.filter(pk=consent.pk).update(expires_on=timezone.localdate() - dt.timedelta(days=1))
    consent.refresh_from_db()
    assert consent.status == Consent.Status.EXPIRED and not consent.is_valid
    assert ">Expired<" in client_for(worker).get(person_url).content.decode()
    assert "WhatsApp · Messaging: Expired" in client_for(worker).get(case_url).content.decode()

    # Revoked: by the caseworker, with a reason; it stays listed.
    revoke_url = reverse("consent_revoke", args=[consent.pk])
    assert client_for(worker).post(revoke_url, {"reason": "  "}).status_code == 200
    consent.refresh_from_db()
    assert consent.revoked_at is None
    response = client_for(worker).post(revoke_url, {"reason": "The family asked to stop"})
    assert response.status_code == 302
    consent.refresh_from_db()
    assert consent.status == Consent.Status.REVOKED and consent.revoked_by == worker
    assert consent.revocation_reason == "The family asked to stop"
    page = client_for(worker).get(person_url).content.decode()
    assert "status-revoked" in page and "The family asked to stop" in page
    assert Consent.objects.filter(pk=consent.pk).exists()

    # A revoked consent cannot be approved back to life.
    client_for(supervisor).post(reverse("consent_approve", args=[consent.pk]))
    consent.refresh_from_db()
    assert consent.status == Consent.Status.REVOKED


def test_the_approve_button_is_shown_to_supervisors_and_administrators(
    supervisor, administrator, worker, case_a, whatsapp
) -> None:
    consent = make_consent(child_of(case_a), whatsapp, worker)
    for user in (supervisor, administrator):
        page = client_for(user).get(reverse("person_detail", args=[consent.person_id])).content.decode()
        assert reverse("consent_approve", args=[consent.pk]) in page


def test_caseworker_cannot_approve_even_their_own_case(worker, case_a, whatsapp) -> None:
    consent = make_consent(child_of(case_a), whatsapp, worker)
    page = client_for(worker).get(reverse("person_detail", args=[consent.person_id])).content.decode()
    assert reverse("consent_approve", args=[consent.pk]) not in page
    assert client_for(worker).post(reverse("consent_approve", args=[consent.pk])).status_code == 404
    consent.refresh_from_db()
    assert consent.approved_at is None and consent.status == Consent.Status.PENDING


def test_supervisor_of_another_unit_cannot_approve(supervisor_b, worker, case_a, whatsapp) -> None:
    consent = make_consent(child_of(case_a), whatsapp, worker)
    assert client_for(supervisor_b).post(reverse("consent_approve", args=[consent.pk])).status_code == 404
    assert (
        client_for(supervisor_b).post(reverse("consent_revoke", args=[consent.pk]), {"reason": "x"}).status_code == 404
    )
    consent.refresh_from_db()
    assert consent.approved_at is None and consent.revoked_at is None


def test_administrator_can_approve_and_approval_needs_post(administrator, worker, case_a, whatsapp) -> None:
    consent = make_consent(child_of(case_a), whatsapp, worker)
    url = reverse("consent_approve", args=[consent.pk])
    assert client_for(administrator).get(url).status_code == 405
    assert client_for(administrator).post(url).status_code == 302
    consent.refresh_from_db()
    assert consent.approved_by == administrator and consent.status == Consent.Status.ACTIVE


# ------------------------------------------------------------------------------------------ evidence


def upload(name: str, content: bytes, content_type: str = "application/pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_evidence_is_stored_with_its_sha256_and_a_safe_name(worker, case_a, whatsapp, media) -> None:
    child = child_of(case_a)
    response = client_for(worker).post(
        reverse("consent_create", args=[child.pk]),
        consent_data(whatsapp, evidence_file=upload("../../etc/Sofía Ramírez firma.pdf", PDF_BYTES)),
    )
    assert response.status_code == 302
    consent = Consent.objects.get()
    assert consent.evidence_sha256 == hashlib.sha256(PDF_BYTES).hexdigest()
    assert consent.evidence_name == "Sofía Ramírez firma.pdf"
    files = stored_files(media)
    assert len(files) == 1 and files[0].read_bytes() == PDF_BYTES
    # On disk: named by its hash, under the media folder; never by the user's name or path.
    assert files[0].name == consent.evidence_sha256 + ".pdf"
    assert files[0].resolve().is_relative_to(media.resolve())
    assert "Sof" not in consent.evidence.name and ".." not in consent.evidence.name


@pytest.mark.parametrize(
    ("name", "content", "content_type", "message"),
    [
        ("form.pdf", b"<html><script>alert(1)</script></html>", "application/pdf", "must be a PDF, JPEG or PNG"),
        ("form.png", b"GIF89a" + bytes(30), "image/png", "must be a PDF, JPEG or PNG"),
        ("form.pdf", b"", "application/pdf", "empty"),
        ("form.pdf", b"%PDF-1.4\n" + b"x" * 3000, "application/pdf", "too large"),
    ],
)
def test_bad_evidence_is_refused_and_nothing_is_stored(
    worker, case_a, whatsapp, media, settings, name, content, content_type, message
) -> None:
    settings.MAX_UPLOAD_BYTES = 2048
    response = client_for(worker).post(
        reverse("consent_create", args=[child_of(case_a).pk]),
        consent_data(whatsapp, evidence_file=upload(name, content, content_type)),
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Consent.objects.exists()
    assert all_files(media) == []


def test_evidence_exactly_at_the_limit_is_accepted(worker, case_a, whatsapp, settings) -> None:
    content = b"%PDF-1.4\n" + b"x" * (2048 - 9)
    settings.MAX_UPLOAD_BYTES = len(content)
    response = client_for(worker).post(
        reverse("consent_create", args=[child_of(case_a).pk]),
        consent_data(whatsapp, evidence_file=upload("f.pdf", content)),
    )
    assert response.status_code == 302
    assert Consent.objects.get().evidence_sha256 == hashlib.sha256(content).hexdigest()


def test_download_is_access_checked_logged_and_served_as_an_attachment(
    worker, worker_b, worker_same_unit, supervisor, case_a, whatsapp
) -> None:
    child = child_of(case_a)
    client_for(worker).post(
        reverse("consent_create", args=[child.pk]),
        consent_data(whatsapp, evidence_file=upload("scan.png", PNG_BYTES, "text/html")),
    )
    consent = Consent.objects.get()
    url = reverse("consent_evidence", args=[consent.pk])
    for other in (worker_b, worker_same_unit):
        assert client_for(other).get(url).status_code == 404
    assert not AccessLog.objects.filter(action=AccessLog.Action.DOWNLOAD).exists()

    response = client_for(worker).get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG_BYTES
    assert response["Content-Type"] == "image/png"  # from the bytes, not the browser's "text/html"
    assert response["Content-Disposition"].startswith("attachment")
    assert 'filename="scan.png"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    log = AccessLog.objects.get(action=AccessLog.Action.DOWNLOAD)
    assert (log.user, log.person_id, log.case_number) == (worker, child.pk, case_a.number)
    assert client_for(supervisor).get(url).status_code == 200


def test_jpeg_named_pdf_is_downloaded_as_jpeg(worker, case_a, whatsapp) -> None:
    child = child_of(case_a)
    client_for(worker).post(
        reverse("consent_create", args=[child.pk]),
        consent_data(whatsapp, evidence_file=upload("photo.pdf", JPEG_BYTES)),
    )
    consent = Consent.objects.get()
    response = client_for(worker).get(reverse("consent_evidence", args=[consent.pk]))
    assert response["Content-Type"] == "image/jpeg"
    assert 'filename="photo.pdf.jpg"' in response["Content-Disposition"]


def test_download_without_evidence_is_404(worker, case_a, whatsapp) -> None:
    consent = make_consent(child_of(case_a), whatsapp, worker)
    assert client_for(worker).get(reverse("consent_evidence", args=[consent.pk])).status_code == 404


def test_a_failure_after_saving_leaves_no_consent_and_no_file(worker, case_a, whatsapp, media, monkeypatch) -> None:
    from resguardo.casework.views import consent as consent_views

    def broken_log(*args: object, **kwargs: object) -> None:
        assert Consent.objects.count() == 1 and len(stored_files(media)) == 1  # both were written…
        raise RuntimeError("disk full")

    monkeypatch.setattr(consent_views, "log_access", broken_log)
    with pytest.raises(RuntimeError, match="disk full"):
        client_for(worker).post(
            reverse("consent_create", args=[child_of(case_a).pk]),
            consent_data(whatsapp, evidence_file=upload("f.pdf", PDF_BYTES)),
        )
    assert not Consent.objects.exists()  # …and both are gone, temporary name included
    assert all_files(media) == []


def test_sanitize_name_keeps_only_a_display_name() -> None:
    assert sanitize_name("../../etc/passwd") == "passwd"
    assert sanitize_name("C:\\Users\\ana\\Sofía.pdf") == "Sofía.pdf"
    assert sanitize_name("..") == "signed-form"
    assert sanitize_name("a\x00b\nc<script>.pdf") == "abc_script_.pdf"
    assert sanitize_name(".hidden.pdf") == "hidden.pdf"
    long = sanitize_name("x" * 500 + ".pdf")
    assert len(long) == 200 and long.endswith(".pdf")


def test_a_supervisor_cannot_approve_a_consent_they_recorded(supervisor, case_a) -> None:
    from django.test import Client

    from resguardo.casework.models import Consent, Platform

    mother = case_a.people.get(first_name="Carmen")
    platform = Platform.objects.get(slug="whatsapp")
    consent = Consent.objects.create(
        person=mother, platform=platform, purpose="messaging", given_by_name="Carmen Luna", recorded_by=supervisor
    )
    client = Client()
    client.force_login(supervisor)
    client.post(f"/consents/{consent.pk}/approve/")
    consent.refresh_from_db()
    assert consent.approved_at is None
