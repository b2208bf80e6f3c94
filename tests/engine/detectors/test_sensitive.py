import pytest

from resguardo.engine.detectors.sensitive import find_sensitive
from resguardo.engine.types import Candidate, FindingType


def found(text: str, audience: str = "public", people: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    others = [Candidate(s, e, FindingType.PERSON, 0.9, "test") for s, e in people or []]
    return [(text[c.start : c.end], c.type.value) for c in find_sensitive(text, "es", audience, others)]


@pytest.mark.parametrize(
    "text",
    [
        "Abril es el Mes de la Prevención del Abuso Infantil. Conozca las señales y cómo pedir ayuda.",
        "Cientos de niños en cuidado de crianza necesitan un hogar. ¿Podría ser el suyo?",
        "May is National Foster Care Month. Thank you, foster families!",
        "Our volunteers packed 200 gift bags for children in foster care.",
        "Si su hijo recibe terapia, pregunte por nuestro grupo de apoyo.",
        "Learn how adoption works at our info night.",
        "May is Foster Care Awareness Month! Thank you to all our foster parents for your dedication.",
        "Gracias a todas nuestras familias de acogida por su dedicación.",
    ],
)
def test_generic_mentions_in_public_posts_pass(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi hermanito está en casa hogar y lo extraño", ("casa hogar", "CASE_DETAIL")),
        ("my dad is in prison and I miss him", ("in prison", "CASE_DETAIL")),
        ("She was removed from her home last night", ("was removed from her home", "CASE_DETAIL")),
        ("Nuestra niña de acogida ya camina", ("nina de acogida", "CASE_DETAIL")),
        ("mi mamá salió positivo a cocaína", ("salio positivo a cocaina", "HEALTH")),
        ("my brother has an IEP meeting", ("IEP", "HEALTH")),
        ("Jayden is still in foster care with a new family", ("foster care", "CASE_DETAIL")),
        ("Our foster son starts kindergarten tomorrow", ("foster son", "CASE_DETAIL")),
    ],
)
def test_first_and_third_person_make_it_specific(text: str, expected: tuple[str, str]) -> None:
    from resguardo.engine.textutil import fold

    got = [(fold(t), kind) for t, kind in found(text)]
    assert (fold(expected[0]), expected[1]) in got


def test_a_name_in_the_sentence_makes_it_specific() -> None:
    text = "Camila vive con una familia de acogida desde enero"
    assert ("con una familia de acogida", "CASE_DETAIL") in found(text, people=[(0, 6)])
    assert found(text.replace("Camila vive", "Muchas niñas viven")) == []


def test_private_messages_are_always_about_their_case() -> None:
    assert ("prueba de drogas", "CASE_DETAIL") in found("El resultado de la prueba de drogas llegó.", "private")
