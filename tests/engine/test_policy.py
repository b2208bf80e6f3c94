"""Verdicts by audience and platform, through the whole Scanner (the policy's real inputs)."""

import pytest

from resguardo.engine import Scanner


def verdict(scanner: Scanner, text: str, audience: str = "public", platform: str | None = None) -> str:
    return scanner.scan(text, audience=audience, platform=platform).verdict


def test_it_blocks_child_name_and_school_in_public_post(scanner: Scanner) -> None:
    assert verdict(scanner, "¡Felicidades a Cami por su diploma de la Escuela Primaria Leona Vicario!") == "block"


def test_it_blocks_a_roster_child_named_alone_in_public(scanner: Scanner) -> None:
    assert verdict(scanner, "Camila ganó el concurso de dibujo 🎨") == "block"


def test_it_blocks_a_staff_name_in_public(scanner: Scanner) -> None:
    result = scanner.scan("Gracias a Óscar Villanueva por su trabajo")
    assert result.verdict == "block"
    assert "colegas" in result.findings[0].reason


def test_an_unknown_name_alone_in_public_asks_for_review(scanner: Scanner) -> None:
    assert verdict(scanner, "Gracias a Margarita por organizar la colecta") == "review"


@pytest.mark.parametrize(
    "text",
    [
        "Abril es el Mes de la Prevención del Abuso Infantil. Conozca las señales y cómo pedir ayuda.",
        "Cientos de niños en cuidado de crianza necesitan un hogar. Llámenos al (626) 555-0100.",
        "Our office in Los Angeles will be closed Monday for Memorial Day.",
        "Escríbanos a ayuda@agenciaejemplo.org o visite https://www.agenciaejemplo.org",
    ],
)
def test_agency_announcements_pass(scanner: Scanner, text: str) -> None:
    assert verdict(scanner, text) == "ok"


def test_a_parents_first_name_in_a_private_message_to_that_parent_is_fine(scanner: Scanner) -> None:
    assert verdict(scanner, "Hola Gloria, nos vemos el jueves en la oficina.", "private", "whatsapp") == "ok"


def test_health_in_private_message_depends_on_the_platform(scanner: Scanner) -> None:
    text = "Gloria, el psiquiatra le recetó sertralina a Jesús."
    assert verdict(scanner, text, "private", "whatsapp") == "block"
    assert verdict(scanner, text, "private", "doxy.me") == "ok"
    assert verdict(scanner, text, "private", None) == "review"  # platform unknown: confirm HIPAA


def test_health_in_public_blocks(scanner: Scanner) -> None:
    assert verdict(scanner, "Recen por Marisa, está hospitalizada por una sobredosis") == "block"


def test_identity_numbers_in_private_messages_ask_for_review(scanner: Scanner) -> None:
    assert verdict(scanner, "Nora, necesito el SSN: 219-09-9999", "private", "messenger") == "review"


def test_every_reason_is_in_the_users_language(scanner: Scanner) -> None:
    text = "Congrats to Liam at Jefferson Middle School!"
    english = scanner.scan(text, ui_lang="en")
    spanish = scanner.scan(text, ui_lang="es")
    assert all("Prioritize privacy" in f.reason for f in english.findings)
    assert all("Priorizar la privacidad" in f.reason for f in spanish.findings)
    assert english.reasons and spanish.reasons
