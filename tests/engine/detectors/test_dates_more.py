"""Short dates as families and caseworkers write them, and the numbers that only look like one."""

import pytest

from resguardo.engine.detectors.dates import DateDetector

DETECTOR = DateDetector()


def found(text: str) -> dict[str, float]:
    return {text[c.start : c.end]: c.score for c in DETECTOR.find(text, "es")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la cita es el 2/9", "2/9"),
        ("nos vemos el 11/4 en la oficina", "11/4"),
        ("court on 11/4 at 9", "11/4"),
        ("visita supervisada 2/9", "2/9"),  # no "el", but a visit before it
        ("el lunes 14 tiene audiencia", "lunes 14"),
        ("jueves 3 a las 8 en el juzgado", "jueves 3"),
        ("next tues the 9th", "tues the 9th"),
        ("Saturday the 12th is her party", "Saturday the 12th"),
        ("Sat 12 @ 3 at the park", "Sat 12"),
        ("the hearing is on the 2nd.", "the 2nd"),
        ("see you on the 30th", "the 30th"),
        ("nos vemos el 14", "14"),
        ("la audiencia es el 14.", "14"),
        ("del 14 al 20 está con su tía", "14"),
        ("mañana 5 de marzo es la cita", "5 de marzo"),
        ("lo retiraron el día 3", "día 3"),
        ("el martes 3 y el jueves 5", "jueves 5"),
    ],
)
def test_short_dates(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "2/3 of kids in care are siblings",
        "ganamos 3/1 el partido",
        "open 24/7",
        "50/50 custody",
        "ratio 3/4",
        "version 2/3",
        "Glasgow 15/15, EVA 7/10",  # clinical scales
        "tomar 1/2 comprimido",
        "el 1/2 de la dosis",
        "at 10:30",
        "the 2nd floor",
        "2nd grade",
        "she's in the 2nd grade",
        "for the 2nd time",
        "el 14 de la calle Morelos",  # a street number, not a date
        "vive en el 14",
        "el 10% de las familias",
        "el 5 es mejor",
        "el lunes 3 niños vinieron",
        "she sat 3 rows back",
        "del 2º y 3º dedos",
        "entre el 10 y el 25% de las células",
        "el día 6 post-intoxicación",  # a day count in a clinical note
        "Martes 7 p. m., centro comunitario",
        # Agency events stay out, short forms included.
        "Our offices will be closed on the 2nd.",
        "Taller para familias el 14 a las 5",
    ],
)
def test_near_misses(text: str) -> None:
    assert found(text) == {}


def test_personal_words_raise_short_dates_like_full_ones() -> None:
    # Alone a short date is a note (0.6); after "audiencia", "cita", "court" it is personal.
    assert found("nos vemos el 14")["14"] < found("la audiencia es el 14")["14"]
    assert found("see you on the 2nd")["the 2nd"] < found("court is on the 2nd")["the 2nd"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the finalization day is the 3rd 🎉", "the 3rd"),
        ("are we still on for the 12th?", "the 12th"),
        ("la junta quedó para el the 7th", "the 7th"),
        ("his birthday is 3/14 and he wants a cake", "3/14"),
        ("el 20 mi hermano sale del penal", "20"),
    ],
)
def test_short_dates_after_is_for_and_birthdays(text: str, expected: str) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    ["she is the 2nd best in her class", "for the 3rd time this week", "the score is 2/3", "Leo is the 2nd of 5 kids"],
)
def test_ranks_and_fractions_after_the_same_cues(text: str) -> None:
    assert found(text) == {}
