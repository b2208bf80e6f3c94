"""Ages written without "años"/"years", and the numbers beside the same words that are not ages."""

import pytest

from resguardo.engine.detectors.ages import AgeDetector
from resguardo.engine.types import Lang

DETECTOR = AgeDetector()


def found(text: str, lang: Lang = "es") -> list[str]:
    return [text[c.start : c.end] for c in DETECTOR.find(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("cumple 6 el domingo", "es", "6"),
        ("ya va a tener 10", "es", "10"),
        ("va a tener 10 años en mayo", "es", "10"),
        ("a sus 13 ya trabaja", "es", "13"),
        ("el de 5 ya camina", "es", "5"),
        ("la de 7 no quiere ir a la escuela", "es", "7"),
        ("la niña de 7 no quiere ir", "es", "7"),
        ("mi chamaco de 9 anda triste", "es", "9"),
        ("mi hijo tiene 8.", "es", "8"),
        ("el bebé cumple 6 meses", "es", "6"),  # a baby's age in months
        ("she's 15 now", "en", "15"),
        ("she'll be 10 next month", "en", "10"),
        ("my son is 8", "en", "8"),
        ("my oldest just turned 12", "en", "12"),
        ("turning 12 tomorrow", "en", "12"),
        ("my 8yo loves dinos", "en", "8yo"),
        ("15yo boy", "en", "15yo"),
        ("my 8 y/o", "en", "8 y/o"),
        ("my 8 yo is sick", "en", "8 yo"),
    ],
)
def test_ages_without_the_word(text: str, lang: Lang, expected: str) -> None:
    assert any(expected in f for f in found(text, lang)), found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # An anniversary is not a person's age: a job, sobriety, a marriage.
        ("cumple 6 meses en el trabajo", "es"),
        ("cumple 6 meses sobria", "es"),
        ("cumple 2 años de casados", "es"),
        ("she's 15 minutes late", "en"),
        ("he's 6 feet tall", "en"),
        ("el de 5 pesos", "es"),
        ("el de 5 minutos", "es"),
        ("la de 5 de mayo", "es"),
        ("la casa de 5 pisos", "es"),
        ("a sus 13 hermanos", "es"),
        ("va a tener 10 mesas", "es"),
        ("my 8 kids", "en"),
        ("the 5 of us", "en"),
        ("turning 12 pages", "en"),
        ("he turned 180 degrees", "en"),
        ("tiene 2 y/o 3 dosis", "es"),  # "y/o" is "and/or"
        ("somos 3 yo y mis hijos", "es"),  # the pronoun
        ("controles a los 6 y 9 meses", "es"),  # time since, in a clinical note
    ],
)
def test_near_misses(text: str, lang: Lang) -> None:
    assert found(text, lang) == []
