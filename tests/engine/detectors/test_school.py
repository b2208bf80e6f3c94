import pytest

from resguardo.engine.detectors.school import SchoolDetector

DETECTOR = SchoolDetector()


def found(text: str) -> list[str]:
    return [text[c.start : c.end] for c in DETECTOR.find(text, "es")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ganó la feria de ciencias de la Secundaria Técnica 14 🏆", "Secundaria Técnica 14"),
        ("va en la Escuela Primaria Benito Juárez", "Escuela Primaria Benito Juárez"),
        ("el Kínder Niños Héroes hizo su festival", "Kínder Niños Héroes"),
        ("honor roll at Roosevelt Middle!", "Roosevelt Middle"),
        ("Congrats to the Madison High JV team!", "Madison High JV"),
        ("Pick up from Smith Junior High at 3", "Smith Junior High"),
        ("jajaja en el recreo de la primaria Hidalgo", "primaria Hidalgo"),
        ("la Escuela Secundaria General No. 5", "Escuela Secundaria General No. 5"),
    ],
)
def test_named_schools(text: str, expected: str) -> None:
    assert expected in found(text)


def test_generic_school_words_are_weak_findings() -> None:
    candidates = DETECTOR.find("ya va a la prepa", "es")
    assert [c.score for c in candidates] == [0.5]


@pytest.mark.parametrize(
    "text",
    ["Back to School drive this Saturday", "Sunday School at 10", "High School students welcome", "Foster Care Month"],
)
def test_generic_phrases_are_not_named_schools(text: str) -> None:
    assert [c for c in DETECTOR.find(text, "en") if c.score > 0.5] == []


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("mi hijo va a la P.S. 189 en Washington Heights", "P.S. 189"),
        ("she goes to IS 52 now", "IS 52"),
        ("my son is at M.S. 319", "M.S. 319"),
        ("la niña está en la JHS 143", "JHS 143"),
        ("mi nena va al Head Start de la 145", "Head Start de la 145"),
    ],
)
def test_new_york_numbered_schools_and_head_start_centres(text: str, school: str) -> None:

    assert school in [text[c.start : c.end] for c in SchoolDetector().find(text, "es")]


@pytest.mark.parametrize(
    "text", ["Head Start enrollment is open for all families", "take MS 12 mg daily", "he said 52 IS enough"]
)
def test_programmes_and_doses_are_not_numbered_schools(text: str) -> None:

    assert SchoolDetector().find(text, "en") == []
