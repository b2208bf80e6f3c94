import pytest

from resguardo.engine.detectors.phone import PhoneDetector

DETECTOR = PhoneDetector()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("llámame al 818 555 0123 mañana", ["818 555 0123"]),
        ("call (818) 555-0123 today", ["(818) 555-0123"]),
        ("whatsapp +52 55 1234 5678", ["+52 55 1234 5678"]),
        ("Confirmen al 55 1234 5678", ["55 1234 5678"]),
        ("móvil 612 345 678 (España)", ["612 345 678"]),
        ("text me 213.555.0177", ["213.555.0177"]),
        # near misses: years, dates, counts, short numbers
        ("nació en 2015 y en 2019 se mudó", []),
        ("300 mochilas para 120 familias", []),
        ("born 2015 03 12", []),
        ("código 12345", []),
    ],
)
def test_phone_numbers_in_both_languages(text: str, expected: list[str]) -> None:
    found = [text[c.start : c.end] for c in DETECTOR.find(text, "es")]
    assert sorted(found) == sorted(expected)


def test_regions_are_configurable() -> None:
    spanish_only = PhoneDetector(("ES",))
    assert [c.end - c.start for c in spanish_only.find("llama al 612 345 678", "es")] == [11]
    assert PhoneDetector(("US",)).find("llama al 612 345 678", "es") == []
