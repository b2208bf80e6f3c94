"""Printable PDFs: the consent form (Spanish, English, both) with the platform's privacy summary in the right
language, and the contact-rules summary for the family. PDFs are written uncompressed here
(RESGUARDO_PDF_COMPRESS=False) so their text can be read back without a PDF library."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse

from resguardo.casework import pdf
from resguardo.casework.models import AccessLog, Consent, ContactRule, Person, Platform
from tests.agency_fixtures import whatsapp_platform

pytestmark = pytest.mark.django_db

SUMMARY_ES = "Los mensajes están cifrados; WhatsApp guarda con quién habla usted."
SUMMARY_EN = "Messages are encrypted; WhatsApp keeps who you talk to."
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def pdf_text(data: bytes) -> str:
    """The text drawn by an uncompressed PDF: its (string) Tj operators, unescaped and decoded as WinAnsi;
    pieces of one line joined as they are, lines (T*, Td, ET) joined with a space."""
    assert b"/FlateDecode" not in data, "the PDF must be uncompressed for this check"
    parts = []
    for match in re.finditer(rb"\(((?:\\[0-7]{1,3}|\\.|[^\\)])*)\)\s*Tj|\bT\*|\bTd\b|\bET\b", data, flags=re.S):
        if match[1] is None:
            parts.append(" ")
            continue
        raw = re.sub(
            rb"\\([0-7]{1,3}|.)",
            lambda m: bytes([int(m[1], 8)]) if m[1][:1].isdigit() else _ESCAPES.get(m[1], m[1]),
            match[1],
            flags=re.S,
        )
        parts.append(raw.decode("cp1252"))
    return re.sub(r"\s+", " ", "".join(parts))


def assert_valid_pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-1.")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"/Type /Page" in data and b"/MediaBox [ 0 0 612 792 ]" in data  # US letter


@pytest.fixture(autouse=True)
def uncompressed(settings) -> None:
    settings.RESGUARDO_PDF_COMPRESS = False


@pytest.fixture
def whatsapp(db: None) -> Platform:
    return whatsapp_platform(privacy_summary_es=SUMMARY_ES, privacy_summary_en=SUMMARY_EN)


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def child_of(case) -> Person:
    return case.people.get(role="child")


# ------------------------------------------------------------------------------------------ consent form


@pytest.mark.parametrize(
    ("lang", "summary", "other", "checklist"),
    [
        ("es", SUMMARY_ES, SUMMARY_EN, "Desactive la ubicación en tiempo real"),
        ("en", SUMMARY_EN, SUMMARY_ES, "Turn off live location"),
    ],
)
def test_consent_form_in_each_language(worker, case_a, whatsapp, lang, summary, other, checklist) -> None:
    child = child_of(case_a)
    response = client_for(worker).get(
        reverse("consent_print", args=[child.pk]), {"platform": whatsapp.pk, "purpose": "messaging", "lang": lang}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="consent-form-whatsapp-messaging.pdf"'
    data = response.content
    assert_valid_pdf(data)
    text = pdf_text(data)
    assert "Sofía Ramírez Luna" in text and "Familias del Valle (test)" in text
    assert summary in text and other not in text
    assert checklist in text
    if lang == "en":  # (the Spanish wording comes with the catalog)
        assert "Page 1 of 2" in text
    assert "(213) 555-0100" in text  # the agency's public phone, to revoke or ask
    log = AccessLog.objects.get(action=AccessLog.Action.PRINT)
    assert (log.user, log.person_id) == (worker, child.pk) and lang in log.what


def test_consent_form_in_both_languages(worker, case_a, whatsapp) -> None:
    child = child_of(case_a)
    data = pdf.consent_form_pdf(child, whatsapp, "messaging", "both")
    assert_valid_pdf(data)
    text = pdf_text(data)
    assert SUMMARY_ES in text and SUMMARY_EN in text
    assert "Oculte su foto de perfil" in text and "Hide your profile photo" in text
    assert text.index(SUMMARY_ES) < text.index(SUMMARY_EN)  # the person's language first


def test_consent_form_defaults_to_the_persons_language(worker_b, case_b, whatsapp) -> None:
    marcus = child_of(case_b)  # prefers English
    text = pdf_text(pdf.consent_form_pdf(marcus, whatsapp, "photos"))
    assert SUMMARY_EN in text and SUMMARY_ES not in text and "Marcus Reed" in text
    page = client_for(worker_b).get(reverse("consent_print", args=[marcus.pk])).content.decode()
    assert '<option value="en" selected>' in page


def test_consent_form_for_a_child_has_guardian_and_worker_signature_lines(case_a, whatsapp) -> None:
    text = pdf_text(pdf.consent_form_pdf(child_of(case_a), whatsapp, "messaging", "en"))
    assert "Parent or legal guardian" in text and "Agency worker" in text and "Signature" in text
    mother = case_a.people.get(role="parent")
    text = pdf_text(pdf.consent_form_pdf(mother, whatsapp, "messaging", "en"))
    assert "Person giving consent" in text and "Parent or legal guardian" not in text


def test_consent_form_shows_the_recorded_expiry(worker, case_a, whatsapp) -> None:
    child = child_of(case_a)
    Consent.objects.create(
        person=child,
        platform=whatsapp,
        purpose="messaging",
        given_by="guardian",
        given_by_name="Carmen Luna",
        given_on=dt.date(2026, 1, 10),
        expires_on=dt.date(2027, 1, 10),
        recorded_by=worker,
    )
    response = client_for(worker).get(
        reverse("consent_print", args=[child.pk]), {"platform": whatsapp.pk, "purpose": "messaging", "lang": "es"}
    )
    assert "10 de enero de 2027" in pdf_text(response.content)  # a Spanish date in the Spanish form


def test_user_text_cannot_break_the_pdf(worker, case_a, whatsapp) -> None:
    child = child_of(case_a)
    child.first_name = "<b>x</b> & <script>"
    child.last_name = 'O\'Brien "Ñ" (test) \\ ↔ 😀 中文'
    child.save()
    whatsapp.privacy_summary_en = "Tricky <para> & </font> <img src=x/> summary"
    whatsapp.settings_checklist_en = "<br/>step & <unclosed"
    whatsapp.save()
    data = pdf.consent_form_pdf(child, whatsapp, "messaging", "en")
    assert_valid_pdf(data)
    text = pdf_text(data)
    assert "<b>x</b> & <script>" in text
    assert 'O\'Brien "Ñ" (test) \\ <-> ? ??' in text  # characters Helvetica lacks become readable stand-ins
    assert "Tricky <para> & </font> <img src=x/> summary" in text
    assert "<br/>step & <unclosed" in text


def test_consent_print_needs_access_and_valid_choices(worker, worker_b, case_a, whatsapp) -> None:
    child = child_of(case_a)
    url = reverse("consent_print", args=[child.pk])
    params = {"platform": whatsapp.pk, "purpose": "messaging", "lang": "en"}
    assert client_for(worker_b).get(url, params).status_code == 404
    assert not AccessLog.objects.filter(action=AccessLog.Action.PRINT).exists()
    response = client_for(worker).get(url, {**params, "purpose": "nonsense"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")


# ------------------------------------------------------------------------------------------ contact rules


@pytest.fixture
def rules(case_a, worker) -> list[ContactRule]:
    child, mother = child_of(case_a), case_a.people.get(role="parent")
    return [
        ContactRule.objects.create(
            child=child,
            other_person=mother,
            rule="not_allowed",
            channel="all",
            valid_from=dt.date(2026, 1, 1),
            reason="Orden del juzgado (confidencial)",
            created_by=worker,
        ),
        ContactRule.objects.create(
            child=child,
            other_name="Abuela Rosa",
            rule="allowed",
            channel="phone",
            valid_from=dt.date(2026, 1, 1),
            valid_until=dt.date(2099, 12, 31),
            created_by=worker,
        ),
        ContactRule.objects.create(
            child=child,
            other_name="Ended Person",
            rule="not_allowed",
            channel="all",
            valid_from=dt.date(2020, 1, 1),
            valid_until=dt.date(2020, 6, 1),
            created_by=worker,
        ),
    ]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_contact_rules_summary(worker, case_a, rules, lang) -> None:
    child = child_of(case_a)
    response = client_for(worker).get(reverse("rules_print", args=[child.pk]), {"lang": lang})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    data = response.content
    assert_valid_pdf(data)
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") == 1  # one page
    text = pdf_text(data)
    assert "Sofía Ramírez Luna" in text and "Carmen Luna" in text and "Abuela Rosa" in text
    if lang == "en":  # (the Spanish wording comes with the catalog)
        assert "No contact with Carmen Luna on any channel, including social media" in text
        assert "Phone calls and text messages with Abuela Rosa are allowed." in text
        assert "These rules also apply to social media, messaging apps and video calls." in text
    assert "Ana Torres" in text and "(213) 555-0100" in text  # who to ask
    assert "Ended Person" not in text  # only rules in force or to come
    assert "confidencial" not in text  # the reason stays in the case file
    assert text.index("Carmen Luna") < text.index("Abuela Rosa")  # not allowed first
    assert ("31 de diciembre de 2099" if lang == "es" else "Dec. 31, 2099") in text
    log = AccessLog.objects.get(action=AccessLog.Action.PRINT)
    assert log.person_id == child.pk and log.what.endswith(lang)


def test_contact_rules_summary_defaults_to_the_childs_language(worker_b, case_b) -> None:
    marcus = child_of(case_b)
    ContactRule.objects.create(
        child=marcus,
        other_name="Jake",
        rule="supervised",
        channel="in_person",
        valid_from=dt.date(2026, 1, 1),
        valid_until=dt.date(2099, 3, 1),
        created_by=worker_b,
    )
    response = client_for(worker_b).get(reverse("rules_print", args=[marcus.pk]))
    text = pdf_text(response.content)
    assert "March 1, 2099" in text and "In-person contact with Jake only with supervision." in text


def test_contact_rules_summary_access(worker, worker_b, case_a, rules) -> None:
    child = child_of(case_a)
    assert client_for(worker_b).get(reverse("rules_print", args=[child.pk])).status_code == 404
    mother = case_a.people.get(role="parent")
    assert client_for(worker).get(reverse("rules_print", args=[mother.pk])).status_code == 404


def test_compressed_pdfs_are_the_default(settings, case_a, whatsapp) -> None:
    settings.RESGUARDO_PDF_COMPRESS = True
    data = pdf.consent_form_pdf(child_of(case_a), whatsapp, "messaging", "es")
    assert_valid_pdf(data)
    assert b"/FlateDecode" in data and b"Sof" not in data
