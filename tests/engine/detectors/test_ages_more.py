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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Andrés ya tiene 11 y ya me gana en todo", "11"),
        ("mis cuates ya tienen 9 🎂", "9"),
        ("mi princesa ya tiene cinco!", "cinco"),
        ("Jordan is 6 today!!", "6"),
        ("Maya is nine and a half and counting", "nine"),
        ("the baby is almost 1 and still up at night", "1"),
        ("Referral: youth is sixteen, lives with aunt", "sixteen"),
        ("mi foster daughter de 12 entró al coro", "12"),
        ("mi sobrino Beto de siete ya lee", "siete"),
        ("vino a este país a los 14 sin papeles", "14"),
        ("planning her sweet sixteen", "sixteen"),
        ("Lily at 3 vs Lily at 10", "3"),
        ("Siblings: boys 4 and 7, girl 12.", "4 and 7"),
        ("la nena tiene como 10 meses y ya gatea", "10 meses"),
    ],
)
def test_ages_in_everyday_chat(text: str, expected: str) -> None:
    assert expected in found(text, "en" if text.isascii() else "es")


@pytest.mark.parametrize(
    "text",
    [
        "tiene 3 hijos y una casa",
        "tiene 12 puntos de sutura",
        "tiene 2 citas el lunes",
        "tiene 3 años de experiencia en el puesto",
        "the score is 7 to 3",
        "the shelter is 5 minutes away",
        "a los 15 días del alta acudió a consulta",
        "tiene 40 de fiebre",
    ],
)
def test_numbers_in_the_same_shapes_are_not_ages(text: str) -> None:
    assert found(text, "en" if text.isascii() else "es") == []
