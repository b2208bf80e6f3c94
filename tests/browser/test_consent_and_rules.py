"""Record a consent with its signed form, have it approved, add a contact rule, print the consent form and
the family's contact-rule summary — in a real browser, with axe-core on each page."""

from __future__ import annotations

from pathlib import Path

import pytest

from resguardo.casework.models import Consent, ContactRule
from tests.agency_fixtures import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_record_consent_then_supervisor_approves(worker, supervisor, case_a, catalog, visit, tmp_path) -> None:
    mother = case_a.people.get(first_name="Carmen")
    signed = tmp_path / "firma.pdf"
    signed.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

    you = visit("worker")
    you.sign_in("ana", PASSWORD)
    you.open(f"/people/{mother.pk}/")
    you.page.click("text=/Record consent|Registrar consentimiento/")
    you.page.wait_for_load_state()
    you.check("consent-form")
    you.page.select_option("#id_platform", label="WhatsApp")
    you.page.select_option("#id_purpose", "messaging")
    you.page.fill("#id_expires_on", "2099-01-31")
    you.page.set_input_files("input[type=file]", str(signed))
    you.page.click("main button[type=submit]")
    you.page.wait_for_load_state()
    assert f"/people/{mother.pk}/" in you.page.url
    you.check("consent-recorded")
    consent = Consent.objects.get(person=mother)
    assert consent.status == "pending" and len(consent.evidence_sha256) == 64

    boss = visit("supervisor")
    boss.sign_in("sara", PASSWORD)
    boss.open(f"/people/{mother.pk}/")
    boss.page.click("#consents ~ table button[type=submit]")
    boss.page.wait_for_load_state()
    consent.refresh_from_db()
    assert consent.status == "active" and consent.approved_by == supervisor
    boss.check("consent-approved")


def test_contact_rule_is_shown_on_the_childs_page_and_printed(worker, case_a, catalog, visit) -> None:
    child = case_a.people.get(first_name="Sofía")
    you = visit()
    you.sign_in("ana", PASSWORD)
    you.open(f"/people/{child.pk}/contact-rules/new/")
    you.check("rule-form")
    you.page.fill("#id_other_name", "Jorge Ramírez")
    you.page.select_option("#id_rule", "not_allowed")
    you.page.select_option("#id_channel", "all")
    you.page.fill("#id_reason", "Orden de protección")
    you.page.click("main button[type=submit]")
    you.page.wait_for_load_state()
    assert ContactRule.objects.filter(child=child, other_name="Jorge Ramírez").exists()
    assert "Jorge Ramírez" in you.page.inner_text("main")
    you.check("child-page-with-rule")

    with you.page.expect_download() as download:
        you.page.click("a[href*='contact-rules.pdf?lang=es']")
    path = Path(download.value.path())
    assert path.read_bytes().startswith(b"%PDF")


def test_print_a_consent_form(worker, case_a, catalog, visit) -> None:
    mother = case_a.people.get(first_name="Carmen")
    you = visit()
    you.sign_in("ana", PASSWORD)
    you.open(f"/people/{mother.pk}/consent-form/")
    you.check("consent-print-form")
    you.page.select_option("#id_platform", label="WhatsApp")
    you.page.select_option("#id_purpose", "messaging")
    with you.page.expect_download() as download:
        you.page.click("main button[type=submit]")
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
