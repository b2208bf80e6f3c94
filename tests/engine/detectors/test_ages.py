import pytest

from resguardo.engine.detectors.ages import AgeDetector

DETECTOR = AgeDetector()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Necesitamos hogar para Diego, de 11 años, en cuidado", "11 años"),
        ("mi niña tiene 3 añitos", "3 añitos"),
        ("cumple 15 el sábado", "cumple 15"),
        ("cumplió quince y tuvo su fiesta", "cumplió quince"),
        ("a 7-year-old girl", "7-year-old"),
        ("a 7 year old boy", "7 year old"),
        ("age 14, loves soccer", "age 14"),
        ("Happy 12th birthday!", "12th birthday"),
        ("bebé de 8 meses", "8 meses"),
        ("Paciente de 70 años de edad", "70 años"),
        ("Kaylee Morgan, 9, who was removed", "9"),
        ("he turns 16 next week", "turns 16"),
        ("Edad: 70 años", "Edad: 70 años"),
    ],
)
def test_ages_in_every_common_form(text: str, expected: str) -> None:
    found = [text[c.start : c.end] for c in DETECTOR.find(text, "es")]
    assert any(expected in f or f in expected for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "hace 3 años que trabajo aquí",
        "El programa ayuda a jóvenes de 16 a 21 años.",
        "tras 6 meses de tratamiento",
        "cuadro de 3 meses de evolución",
        "20 años de servicio en la agencia",
        "Youth ages 16 to 21 can join",
        "We have served families for 25 years",
    ],
)
def test_durations_and_ranges_are_not_ages(text: str) -> None:
    assert DETECTOR.find(text, "es") == []
