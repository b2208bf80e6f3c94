import pytest

from resguardo.engine.language import detect


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("¿Alguien conoce a la familia?", "es"),
        ("mi hermanito está en casa hogar", "es"),
        ("Happy birthday to my little brother", "en"),
        ("so proud of him, he got into the team", "en"),
        ("", "es"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert detect(text) == lang
