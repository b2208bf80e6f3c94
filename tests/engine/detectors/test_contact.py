import pytest

from resguardo.engine.detectors.contact import EmailDetector, HandleDetector, UrlDetector


def found(detector: object, text: str) -> list[str]:
    return [text[c.start : c.end] for c in detector.find(text, "es")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("escribe a marisol.c84@hotmail.com.", ["marisol.c84@hotmail.com"]),
        ("mail: j_doe+fc@mail.example.org, thanks", ["j_doe+fc@mail.example.org"]),
        ("sin correo @ aquí", []),
        ("user@localhost no es un correo", []),
    ],
)
def test_email(text: str, expected: list[str]) -> None:
    assert found(EmailDetector(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mira https://facebook.com/valeria.g?id=1).", ["https://facebook.com/valeria.g?id=1"]),
        ("visit www.familiasunidas.org.", ["www.familiasunidas.org"]),
        ("gofundme.com/f/ayuda-para-luis", ["gofundme.com/f/ayuda-para-luis"]),
        ("a las 5.30 nos vemos", []),
    ],
)
def test_url(text: str, expected: list[str]) -> None:
    assert found(UrlDetector(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dm @robbie.t.2010 to say hi", ["@robbie.t.2010"]),
        ("sígueme en @mari_castillo84.", ["@mari_castillo84"]),
        ("correo ana@example.com", []),
        ("nos vemos @ la escuela", []),
    ],
)
def test_handle(text: str, expected: list[str]) -> None:
    assert found(HandleDetector(), text) == expected
