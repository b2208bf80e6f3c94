"""Court, benefit, jail, immigration and Latin American identity numbers, and what is not one."""

import pytest

from resguardo.engine.detectors.ids import IdDetector

DETECTOR = IdDetector()


def found(text: str) -> list[str]:
    return [text[c.start : c.end] for c in DETECTOR.find(text, "es")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Juvenile and dependency dockets
        ("The dependency petition 2022-DP-00417 was filed", "2022-DP-00417"),
        ("Next review on JV-21-3340 is set", "JV-21-3340"),
        ("FC 19-0023 was continued", "FC 19-0023"),
        ("su expediente 21-JD-0456 sigue abierto", "21-JD-0456"),
        ("caso núm. 2023-FAM-118, audiencia en marzo", "2023-FAM-118"),
        ("case no. 24JV00231", "24JV00231"),
        ("el caso 24JV00231 lo lleva la jueza", "24JV00231"),
        # Mexican CURP: valid, mistyped (check digit fails) with a label, and by its shape alone
        ("CURP de Diego: GOPD130512HDFNRG08", "GOPD130512HDFNRG08"),
        ("la CURP GOPD130512HDFNRG09 tiene un error", "GOPD130512HDFNRG09"),
        ("mándame GOPD130512HDFNRG09 para el trámite", "GOPD130512HDFNRG09"),
        ("his curp is gopd130512hdfnrg09", "gopd130512hdfnrg09"),
        # INE
        ("clave de elector GMVLMR80070501M100", "GMVLMR80070501M100"),
        ("la credencial dice GMVLMR80070501M100", "GMVLMR80070501M100"),
        ("IDMEX1234567890<<1234 al reverso", "IDMEX1234567890<<1234"),
        # Medicaid / Medi-Cal with spaces and dashes
        ("Medi-Cal 9 1234 5678 A para el niño", "9 1234 5678 A"),
        ("Medicaid # 123-456-789-0", "123-456-789-0"),
        ("CIN: 91234567A", "91234567A"),
        ("Member ID 1234 5678 90", "1234 5678 90"),
        # Jail and prison
        ("Dad's booking # 24-118734 at county", "24-118734"),
        ("inmate no. 7731042, CDCR", "7731042"),
        ("BOP register number 12345-678", "12345-678"),
        ("su número de reo 88213 en el penal", "88213"),
        ("número de recluso: 4471209", "4471209"),
        # Central America
        ("DUI 04567891-2 de la mamá", "04567891-2"),
        ("el DUI de la abuela es 04567891-2", "04567891-2"),
        ("su documento 04567891-1", "04567891-1"),  # the check digit is right: no label needed
        ("DPI 2345 67890 0101", "2345 67890 0101"),
        ("el papá trae 2345 67890 0101 en su DPI", "2345 67890 0101"),
        ("DNI hondureño 0801-1990-12345", "0801-1990-12345"),
        ("su identidad es 0801-1990-12345", "0801-1990-12345"),
        # US A-numbers and SSNs with spaces
        ("A 098 765 432 on the I-589", "A 098 765 432"),
        ("A#098765432", "A#098765432"),
        ("Mom's A-number 098-765-432", "098-765-432"),
        ("su número A 12345678", "12345678"),
        ("SSN 123 45 6789", "123 45 6789"),
        ("his is 123 45 6789", "123 45 6789"),
    ],
)
def test_identifiers(text: str, expected: str) -> None:
    assert any(expected in f for f in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call me at 818 555 0123 or (323) 555-0199",
        "llámame al 55 1234 5678",
        "Order #123456789 shipped",
        "pedido 123456789 en camino",
        "tracking 9400 1000 0000 0000 0000 00",
        "Paid $12,345.67 on 03/04/2023",
        "In 2019 we served 1,250 families at 1234 Main St, CA 90012",
        "CP 06700, Ciudad de México",
        "Meet at 10:30-11:45 in room 204",
        "FC 80-100 lpm, TA 120/80",  # heart rate, blood pressure
        "the score was 21-14",
        "so 12345 people came",
        "a number of 300000 families",
        "inmate programs served 12000 people",
        "the booking was confirmed for 2024",
        "his DUI in 2019",
        "el DUI le costó 2000 dólares",
        "un grupo 12345678-9",  # wrong check digit, no label
        "zip 90210-1234",
        "It happened 2020-2021",
        "A 612 345 678",  # a Spanish mobile, not an A-number
        "ganamos 3-1 el sábado",
    ],
)
def test_near_misses(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The court file for the Lee children is 23 JA 0456, status on Friday", "23 JA 0456"),
        ("el número de booking de su hermano es 20231104077, lo tienen en Cook", "20231104077"),
        ("te mando el DUI de mi mamá para el trámite: 03456712-8", "03456712-8"),
        ("Mateo's Medi-Cal BIC is 91234567A10203, pharmacy needs it", "91234567A10203"),
        ("the docket for the Reyes case is 2024JD000912?", "2024JD000912"),
    ],
)
def test_a_label_a_few_words_before_its_number(text: str, value: str) -> None:
    assert value in [text[c.start : c.end] for c in IdDetector().find(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "the docket is set. Call 312-555-0101 for details",
        "DUI checkpoint on 5th street in 2024",
        "booking a room for 12 people on 2024-05-01",
        "El folio de la junta es el siguiente punto: 3 de la agenda",
    ],
)
def test_label_words_far_from_or_without_a_number(text: str) -> None:
    assert [text[c.start : c.end] for c in IdDetector().find(text, "en")] == []
