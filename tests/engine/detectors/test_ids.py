import pytest

from resguardo.engine.detectors.ids import IdDetector

DETECTOR = IdDetector()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CURP de Diego: GOPD130512HDFNRG08, lo necesito", "GOPD130512HDFNRG08"),
        ("RFC VECJ880326XXX no sirve; el bueno es GODE561231GR8", "GODE561231GR8"),
        ("DNI 12345678Z del padre", "12345678Z"),
        ("NIE X1234567L", "X1234567L"),
        ("SSN 219-09-9999", "219-09-9999"),
        ("His SSN is 457-55-5462", "457-55-5462"),
        ("Case CW-2023-004512 was reassigned", "CW-2023-004512"),
        ("Medi-Cal 91234567A", "91234567A"),
        ("NHC: 368503.", "368503"),
        ("Expediente 2023/4512 listo", "2023/4512"),
        ("Member ID: ABX 448812", "ABX 448812"),
    ],
)
def test_identity_and_case_numbers(text: str, expected: str) -> None:
    found = {text[c.start : c.end] for c in DETECTOR.find(text, "es")}
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "el número 12345678A",  # wrong DNI check letter and no label
        "código GOPD130512HDFNRG0",  # truncated CURP
        "Case: closed on 2020",
        "We served 1,250 families in 2023",
        "ticket 000-12-3456",  # not a possible SSN
        "Expediente: cerrado",
    ],
)
def test_near_misses_are_not_identifiers(text: str) -> None:
    assert DETECTOR.find(text, "en") == []


def test_a_labelled_number_is_an_identifier_even_with_a_typo() -> None:
    # A DNI with a wrong check letter is still somebody's DNI.
    assert [c.end for c in DETECTOR.find("DNI 12345678A", "es")] == [13]


def test_agency_patterns_replace_the_defaults() -> None:
    detector = IdDetector({"file": r"\bEXP-\d{6}\b"})
    text = "EXP-123456 y CW-2023-004512"
    assert [text[c.start : c.end] for c in detector.find(text, "es")] == ["EXP-123456"]
