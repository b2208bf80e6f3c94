from resguardo.engine import Scanner


def test_redacted_text_uses_placeholders_in_the_texts_language(scanner: Scanner) -> None:
    es = scanner.scan("¡Felicidades a Cami por su diploma de la Escuela Primaria Leona Vicario!")
    assert es.redacted == "¡Felicidades a [NOMBRE] por su diploma de la [ESCUELA]!"
    en = scanner.scan("Huge congrats to Liam for making the Jefferson Middle School chess team!")
    assert en.redacted == "Huge congrats to [NAME] for making the [SCHOOL] chess team!"


def test_findings_that_are_fine_stay_in_the_redacted_text(scanner: Scanner) -> None:
    result = scanner.scan("Hola Gloria, nos vemos el jueves.", audience="private", platform="whatsapp")
    assert result.redacted == result.text


def test_redacted_version_of_a_blocked_post_passes(scanner: Scanner) -> None:
    first = scanner.scan("Prayers for my cousin Marisa, 14, who was placed in a group home in Pomona.")
    assert first.verdict == "block"
    second = scanner.scan(first.redacted)
    assert second.verdict != "block", second.findings
