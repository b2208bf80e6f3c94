import pytest

from resguardo.engine.detectors.address import AddressDetector

DETECTOR = AddressDetector()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiesta en Av. Insurgentes Sur 1602, Col. Crédito Constructor. Confirmen",
            "Av. Insurgentes Sur 1602, Col. Crédito Constructor",
        ),
        ("Domicilio: Calle Miguel Benitez 90.", "Calle Miguel Benitez 90"),
        ("vive en c/ del Abedul 5-7, 2º dcha en Madrid", "c/ del Abedul 5-7, 2º dcha"),
        ("Calle 5 de Mayo #23, CP 06000", "Calle 5 de Mayo #23, CP 06000"),
        ("vive en la Colonia del Valle Norte, cerca del parque", "Colonia del Valle Norte"),
        ("esquina de Reforma y Juárez", "esquina de Reforma y Juárez"),
        ("Party at our place, 88 Maple Ave, Sacramento", "88 Maple Ave"),
        ("lives at 1234 N. Main St. Apt 4B", "1234 N. Main St. Apt 4B"),
        ("ran from her group home near Crenshaw and 54th.", "Crenshaw and 54th"),
        ("send it to PO Box 123", "PO Box 123"),
    ],
)
def test_addresses(text: str, expected: str) -> None:
    assert expected in [text[c.start : c.end] for c in DETECTOR.find(text, "es")]


@pytest.mark.parametrize(
    "text",
    [
        "AV de 0,5 en el ojo derecho",  # agudeza visual, not an avenue
        "entre el 10 y el 25 de cada mes",
        "He was 5 on Main",
        "We packed 200 bags for kids",
    ],
)
def test_near_misses_are_not_addresses(text: str) -> None:
    assert DETECTOR.find(text, "es") == []
