import pytest

from resguardo.engine.detectors.dates import DateDetector

DETECTOR = DateDetector()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nació el 5 de enero de 2015 en Puebla", "5 de enero de 2015"),
        ("Aiden (DOB 11/08/2019) was diagnosed", "11/08/2019"),
        ("la audiencia de Chuy se movió al 14 de agosto.", "14 de agosto"),
        ("court hearing on March 3rd at 9am", "March 3rd"),
        ("Fecha de nacimiento: 03/03/1946.", "03/03/1946"),
        ("fue retirado de su casa en marzo de 2021", "marzo de 2021"),
        ("Nació en 2012 en Oaxaca", "2012"),
        ("born 2015-03-12", "2015-03-12"),
    ],
)
def test_personal_dates(text: str, expected: str) -> None:
    assert expected in [text[c.start : c.end] for c in DETECTOR.find(text, "es")]


@pytest.mark.parametrize(
    "text",
    [
        "Our offices will be closed on May 5, 2025 for the holiday.",
        "Taller gratuito para familias el 7 de marzo en el centro comunitario.",
        "Join our info session on April 12!",
        "may 5 people come to the meeting",
        "In 2010 we opened our first office.",
    ],
)
def test_agency_event_dates_are_not_personal(text: str) -> None:
    assert DETECTOR.find(text, "en") == []


def test_context_raises_the_score() -> None:
    plain = DETECTOR.find("Nos vemos el 14 de agosto", "es")
    hearing = DETECTOR.find("La audiencia es el 14 de agosto", "es")
    assert plain and hearing and hearing[0].score > plain[0].score
