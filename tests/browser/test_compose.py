"""Check before sending, in a real browser: the verdict updates as the worker types (no reload), and the
issue's scenarios — public post naming a child, health information on WhatsApp vs a HIPAA platform, a
not-allowed contact, expired consent, a photo with GPS and faces."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from resguardo.casework.models import Consent
from tests.agency_fixtures import PASSWORD
from tests.jpeg_segments import carries_metadata

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def verdict(you) -> str:
    return you.page.get_attribute("#verdict", "data-verdict") or ""


def wait_for_verdict(you, expected: str) -> None:
    you.page.wait_for_selector(f'#verdict[data-verdict="{expected}"]', timeout=20000)


def open_compose(visit, case=None):
    you = visit()
    you.sign_in("ana", PASSWORD)
    you.open("/compose/" + (f"?case={case.pk}" if case else ""))
    return you


def write_to(visit, ready, recipient: str, account: str, text: str):
    """Open the compose page on the ready case, tick one recipient, choose an account and type."""
    you = open_compose(visit, ready["case"])
    you.page.check(f'input[name=recipients][value="{ready[recipient].pk}"]')
    you.page.select_option("#id_account", str(ready["accounts"][account].pk))
    you.page.fill("#id_text", text)
    return you


def test_public_post_naming_a_child_is_blocked_then_passes_redacted(catalog, ready, visit) -> None:
    you = open_compose(visit)
    you.check("compose-empty")
    you.page.select_option("#id_purpose", "public_recognition")
    you.page.fill("#id_text", "¡Felicidades a Sofía Ramírez por su premio en la Escuela Primaria Benito Juárez!")
    wait_for_verdict(you, "block")  # live, without a reload
    assert you.page.url.endswith("/compose/")
    you.check("public-post-blocked")
    redacted = you.page.input_value("#redacted-text")
    assert "Sofía" not in redacted and "Benito Juárez" not in redacted
    you.page.fill("#id_text", redacted)
    you.page.wait_for_selector('#verdict[data-verdict]:not([data-verdict="block"])', timeout=20000)
    assert not you.page.locator('[data-code^="content."]').count()
    you.check("public-post-redacted")


def test_health_information_on_whatsapp_blocked_and_passing_on_a_hipaa_platform(catalog, ready, visit) -> None:
    you = write_to(
        visit, ready, "mother", "whatsapp", "Hola Carmen, la prueba de drogas salió positiva; hablemos de la terapia."
    )
    wait_for_verdict(you, "block")
    assert you.page.locator('[data-code="platform.hipaa"]').count() == 1
    you.check("health-on-whatsapp")
    you.page.select_option("#id_account", str(ready["accounts"]["doxy.me"].pk))
    you.page.locator('[data-code="platform.hipaa"]').wait_for(state="detached", timeout=20000)
    assert verdict(you) != "block"
    you.check("health-on-doxy")


def test_message_to_a_person_under_a_not_allowed_rule_is_blocked(catalog, ready, visit) -> None:
    you = write_to(visit, ready, "father", "whatsapp", "Hola Jorge, le confirmo la cita del martes en la oficina.")
    wait_for_verdict(you, "block")
    assert you.page.locator('[data-code="contact.not_allowed"]').count() == 1
    you.check("contact-rule-blocks")


def test_expired_consent_blocks(catalog, ready, visit) -> None:
    Consent.objects.filter(person=ready["mother"], platform__slug="whatsapp").update(expires_on=dt.date(2026, 2, 1))
    you = write_to(visit, ready, "mother", "whatsapp", "Hola Carmen, nos vemos el jueves a las diez en la oficina.")
    wait_for_verdict(you, "block")
    assert you.page.locator('[data-code="consent.expired"]').count() == 1
    you.check("consent-expired")


def test_photo_gps_stripped_and_faces_blurred_without_javascript_needed(catalog, ready, visit, tmp_path) -> None:
    from skimage import data as samples

    image = Image.fromarray(samples.astronaut())
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (34.0, 3.0, 0.0), 3: "W", 4: (118.0, 14.0, 0.0)}
    path = tmp_path / "IMG_2024.jpg"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    path.write_bytes(buffer.getvalue())

    you = open_compose(visit)
    you.page.select_option("#id_purpose", "public_recognition")
    you.page.fill("#id_text", "Gracias a todos por el paseo al museo.")
    you.page.set_input_files("#id_photos", str(path))
    you.page.click("button[name=action][value=check]")
    you.page.wait_for_load_state()
    text = you.page.inner_text("#check-results")
    assert "GPS" in text and ("1 face" in text or "1 cara" in text or "1 rostro" in text)
    you.check("photo-sanitized")
    with you.page.expect_download() as download:
        you.page.click("#check-results a[href*='/compose/photo/']")
    with open(download.value.path(), "rb") as fh:
        sanitized = fh.read()
    assert sanitized.startswith(b"\xff\xd8") and not carries_metadata(sanitized)


def test_mark_as_sent_then_the_record_shows_it_verifies_and_exports(catalog, ready, supervisor, visit) -> None:
    from resguardo.records.models import Entry

    you = write_to(
        visit, ready, "mother", "whatsapp", "Hola Carmen, le confirmo la visita del jueves a las diez en la oficina."
    )
    you.page.fill("#id_summary", "Confirmó la visita del jueves")
    you.page.click("button[name=action][value=send]")
    you.page.wait_for_load_state()
    assert "/record/entries/" in you.page.url
    entry = Entry.objects.get()
    assert entry.text_sent.startswith("Hola Carmen") and entry.case_id == ready["case"].pk
    assert "Hola Carmen, le confirmo la visita" in you.page.inner_text("main")
    you.check("entry-recorded")
    you.open(f"/cases/{ready['case'].pk}/record/")
    assert "Confirmó la visita del jueves" in you.page.inner_text("main")
    you.check("case-record")
    with you.page.expect_download() as download:
        you.page.click("form[aria-labelledby=export-heading] button:not([formaction])")
    with open(download.value.path(), "rb") as fh:
        assert fh.read(5) == b"%PDF-"

    boss = visit("supervisor")
    boss.sign_in("sara", PASSWORD)
    boss.open("/record/verify/")
    assert (
        entry.entry_hash[:12] in boss.page.inner_text("main")
        or "intact" in boss.page.inner_text("main").lower()
        or "íntegr" in boss.page.inner_text("main").lower()
    )
    boss.check("record-verified")


def test_a_blocked_message_cannot_be_marked_as_sent(catalog, ready, visit) -> None:
    from resguardo.records.models import Entry

    you = write_to(visit, ready, "father", "whatsapp", "Hola Jorge, le confirmo la cita del martes en la oficina.")
    you.page.click("button[name=action][value=send]")
    you.page.wait_for_load_state()
    assert "/compose/" in you.page.url and not Entry.objects.exists()
    assert you.page.locator(".message-error").count() == 1
