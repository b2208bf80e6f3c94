"""The check before sending, scenario by scenario, as a caseworker would meet them."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from resguardo.casework.models import AgencyAccount, Consent, Platform
from resguardo.checks import CheckRequest, run_check
from tests.jpeg_segments import carries_metadata

pytestmark = pytest.mark.django_db


def codes(result) -> set[str]:
    return {r.code for r in result.reasons}


def test_public_post_naming_a_child_is_blocked_and_passes_after_redaction(ready, check) -> None:
    text = "¡Felicidades a Sofía Ramírez por su premio en la Escuela Primaria Benito Juárez!"
    first = check(text, purpose="public_recognition")
    assert first.verdict == "block"
    assert any(c.startswith("content.") for c in codes(first))
    assert "Sofía" not in first.redacted_text
    second = check(first.redacted_text, purpose="public_recognition")
    assert not any(c.startswith("content.") for c in codes(second))
    assert second.verdict != "block"


def test_health_information_to_a_parent_on_whatsapp_is_blocked_but_passes_on_a_hipaa_platform(ready, check) -> None:
    text = "Hola Carmen, el resultado de la prueba de drogas salió positivo; hablemos de la terapia."
    on_whatsapp = check(text, case=ready["case"], recipients=[ready["mother"]], account=ready["accounts"]["whatsapp"])
    assert on_whatsapp.verdict == "block" and "platform.hipaa" in codes(on_whatsapp)
    on_doxy = check(text, case=ready["case"], recipients=[ready["mother"]], account=ready["accounts"]["doxy.me"])
    assert "platform.hipaa" not in codes(on_doxy)
    assert on_doxy.verdict != "block", [r.message for r in on_doxy.reasons]


def test_message_to_a_person_the_child_may_not_contact_is_blocked(ready, check) -> None:
    result = check(
        "Hola Jorge, le confirmo la cita del martes en la oficina.",
        case=ready["case"],
        recipients=[ready["father"]],
        account=ready["accounts"]["whatsapp"],
    )
    assert result.verdict == "block" and "contact.not_allowed" in codes(result)
    reason = next(r for r in result.reasons if r.code == "contact.not_allowed")
    assert "Sofía Ramírez Luna" in reason.message and reason.person_id == ready["father"].pk


def test_expired_revoked_and_missing_consent_block(ready, check, worker) -> None:
    mother = ready["mother"]
    consent = Consent.objects.get(person=mother, platform__slug="whatsapp", purpose="messaging")
    ok = check(
        "Hola Carmen, nos vemos el jueves a las 10.",
        case=ready["case"],
        recipients=[mother],
        account=ready["accounts"]["whatsapp"],
    )
    assert not any(c.startswith("consent.") for c in codes(ok))
    consent.expires_on = dt.date(2026, 2, 1)
    consent.save()
    expired = check(
        "Hola Carmen, nos vemos el jueves a las 10.",
        case=ready["case"],
        recipients=[mother],
        account=ready["accounts"]["whatsapp"],
    )
    assert expired.verdict == "block" and "consent.expired" in codes(expired)
    Consent.objects.filter(pk=consent.pk).delete()
    missing = check(
        "Hola Carmen, nos vemos el jueves a las 10.",
        case=ready["case"],
        recipients=[mother],
        account=ready["accounts"]["whatsapp"],
    )
    assert "consent.missing" in codes(missing)


def test_child_below_the_platforms_minimum_age_is_blocked(ready, check) -> None:
    sofia = ready["case"].people.get(first_name="Sofía")
    result = check(
        "Hola, nos vemos el jueves.", case=ready["case"], recipients=[sofia], account=ready["accounts"]["whatsapp"]
    )
    assert "platform.minimum_age" in codes(result) and result.verdict == "block"


def test_recipients_language_and_plain_language_hints(ready, check) -> None:
    english = (
        "Dear Carmen, pursuant to the determination rendered at the administrative review, your "
        "participation in the forthcoming multidisciplinary conference is considered indispensable."
    )
    result = check(english, case=ready["case"], recipients=[ready["mother"]], account=ready["accounts"]["whatsapp"])
    assert "language.mismatch" in codes(result)
    assert "language.readability" in codes(result)
    assert result.message_lang == "en"


def test_an_account_of_another_worker_or_none_is_flagged(ready, check, worker_same_unit, administrator) -> None:
    whatsapp = Platform.objects.get(slug="whatsapp")
    theirs = AgencyAccount.objects.create(
        agency=ready["case"].agency,
        platform=whatsapp,
        owner=worker_same_unit,
        identifier="(213) 555-0109",
        registered_by=administrator,
    )
    result = check(
        "Hola Carmen, nos vemos el jueves.", case=ready["case"], recipients=[ready["mother"]], account=theirs
    )
    assert result.verdict == "block" and "account.not_yours" in codes(result)
    no_account = check(
        "Hola Carmen, nos vemos el jueves.", case=ready["case"], recipients=[ready["mother"]], platform=whatsapp
    )
    assert "account.missing" in codes(no_account)


def test_a_public_post_from_a_case_is_blocked(ready, check) -> None:
    result = check(
        "Gracias a todas las familias de acogida.",
        case=ready["case"],
        audience="public",
        account=ready["accounts"]["whatsapp"],
    )
    assert "platform.public_from_case" in codes(result)


def test_reasons_follow_the_users_language(ready, check) -> None:
    spanish = check(
        "Hola Jorge, le confirmo la cita.",
        case=ready["case"],
        recipients=[ready["father"]],
        account=ready["accounts"]["whatsapp"],
        ui_lang="es",
    )
    reason = next(r for r in spanish.reasons if r.code == "contact.not_allowed")
    assert "plan del caso" in reason.message.lower() and "Guía" in reason.tip


def test_photo_with_gps_is_stripped_and_unreadable_photos_block(ready, check) -> None:
    image = Image.new("RGB", (320, 240), (200, 180, 160))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (34.0, 3.0, 0.0), 3: "W", 4: (118.0, 14.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    from resguardo.checks import CheckPhoto

    result = check(
        "Foto del paseo al parque.",
        purpose="public_recognition",
        photos=[CheckPhoto("paseo.jpg", buffer.getvalue()), CheckPhoto("roto.jpg", b"not a photo")],
    )
    good, bad = result.photos
    assert good.ok and good.report["gps"] is not None and good.sanitized.startswith(b"\xff\xd8")
    assert carries_metadata(buffer.getvalue()) and not carries_metadata(good.sanitized)
    assert "photo.location" in codes(result)
    assert not bad.ok and "photo.unreadable" in codes(result) and result.verdict == "block"


def test_the_answer_never_names_people_of_cases_the_user_cannot_see(ready, check, case_b) -> None:
    result = check("¡Felicidades a Marky Reed por su premio!", purpose="public_recognition")
    assert result.verdict != "ok"  # a name in a public post still needs a second look ...
    assert all(f["person"] is None and f["role"] is None for f in result.findings)  # ... without telling who
    assert not any("roster" in r.message for r in result.reasons)
    own = check("¡Felicidades a Sofía Ramírez por su premio!", purpose="public_recognition")
    assert any(f["person"] == "Sofía Ramírez Luna" for f in own.findings)


def test_a_childs_school_sent_to_a_parent_is_blocked(ready, check) -> None:
    result = check(
        "Hola Carmen, Sofía ya está inscrita en la Escuela Primaria Benito Juárez.",
        case=ready["case"],
        recipients=[ready["mother"]],
        account=ready["accounts"]["whatsapp"],
    )
    assert "privacy.placement" in codes(result) and result.verdict == "block"


def test_another_familys_person_in_a_private_message_is_blocked_for_whoever_may_see_both(
    ready, agency, administrator, case_b
) -> None:
    result = run_check(
        CheckRequest(
            agency=agency,
            user=administrator,
            text="Hola Carmen, Marcus Reed también irá.",
            case=ready["case"],
            recipients=[ready["mother"]],
            account=ready["accounts"]["whatsapp"],
            ui_lang="en",
        )
    )
    assert "privacy.other_case" in codes(result) and result.verdict == "block"


def _answer(result, detail: str):
    """What the user is told, with the detail itself taken out of the wording."""
    return (
        result.verdict,
        sorted((r.code, r.severity, r.message.replace(detail, "…")) for r in result.reasons),
        [(f["type"], f["severity"], f["person"], f["role"], f["reason"].replace(detail, "…")) for f in result.findings],
        result.redacted_text.replace(detail, "…"),
    )


@pytest.mark.parametrize(
    ("kind", "detail", "guess"),
    [
        ("address", "1432 Calle Olivo, Apt 5", "1433 Calle Olivo, Apt 5"),
        ("phone", "(213) 555-0199", "(213) 555-0198"),
        ("handle", "@dana.reed.82", "@danareed.82"),
        ("handle", "@dana.reed.82", "@dana.reed.83"),
    ],
)
def test_the_check_does_not_confirm_a_detail_of_a_case_the_user_cannot_see(
    ready, check, case_b, worker, kind, detail, guess
) -> None:
    from resguardo.casework.models import AccessLog, ContactPoint

    dana = case_b.people.get(first_name="Dana")
    ContactPoint.objects.create(person=dana, kind=kind, value=detail)
    ask = {"case": ready["case"], "recipients": [ready["mother"]], "account": ready["accounts"]["whatsapp"]}
    real = check(f"Hola Carmen, la reunión es con {detail} mañana.", **ask)
    made_up = check(f"Hola Carmen, la reunión es con {guess} mañana.", **ask)
    assert _answer(real, detail) == _answer(made_up, guess)
    assert "privacy.other_case" not in codes(real)
    # ... but the probe is in the access log, for the other case's supervisor to see.
    hit = AccessLog.objects.filter(case_id=case_b.pk, action="denied").first()
    assert hit is not None and hit.user == worker and hit.case_number == case_b.number


def test_a_name_from_a_case_the_user_cannot_see_gets_the_answer_of_an_unknown_name(ready, check, case_b) -> None:
    ask = {"case": ready["case"], "recipients": [ready["mother"]], "account": ready["accounts"]["whatsapp"]}
    real = check("Hola Carmen, Marcus Reed también irá a la reunión.", **ask)
    made_up = check("Hola Carmen, Marcos Reid también irá a la reunión.", **ask)
    assert real.verdict == made_up.verdict
    assert "privacy.other_case" not in codes(real)
    assert {r.code for r in real.reasons} == {r.code for r in made_up.reasons}


def test_a_newer_revocation_ends_an_older_consent(ready, check, worker) -> None:
    from django.utils import timezone

    mother = ready["mother"]
    whatsapp = Platform.objects.get(slug="whatsapp")
    Consent.objects.create(
        person=mother,
        platform=whatsapp,
        purpose="messaging",
        given_by_name="Carmen Luna",
        given_on=dt.date(2026, 6, 1),
        approved_at=timezone.now(),
        revoked_at=timezone.now(),
        revocation_reason="Pidió dejar de usar WhatsApp",
        recorded_by=worker,
    )
    result = check(
        "Hola Carmen, nos vemos el jueves.",
        case=ready["case"],
        recipients=[mother],
        account=ready["accounts"]["whatsapp"],
    )
    assert "consent.revoked" in codes(result) and result.verdict == "block"


def test_a_post_without_a_case_is_public_whatever_the_caller_says(ready, check) -> None:
    result = check(
        "Sofía Ramírez Luna, 9, Escuela Primaria Benito Juárez",
        audience="private",
        platform=Platform.objects.get(slug="facebook"),
    )
    assert result.audience == "public" and result.verdict == "block"
