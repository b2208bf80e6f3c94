"""A roster name hidden with bidirectional controls or invisible characters is still the name.

U+202E (right-to-left override) shows the letters after it in reverse, so "\u202ealimaC\u202c" is
seen as "Camila": the engine must read what the reader sees, and redaction must remove all of it
(controls included, or the placeholder itself would be shown backwards)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resguardo.engine import Scanner
from resguardo.engine.textutil import clean

RLO, LRO, PDF, RLE, LRE = "\u202e", "\u202d", "\u202c", "\u202b", "\u202a"
LRI, RLI, FSI, PDI, LRM, RLM = "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"
ZWSP, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
CONTROLS = set(RLO + LRO + PDF + RLE + LRE + LRI + RLI + FSI + PDI + LRM + RLM + ZWSP + ZWNJ + ZWJ + WJ + BOM)


def _post(name: str) -> str:
    return f"¡Felicidades a {name} por su diploma de fin de curso!"


HIDDEN = [
    pytest.param(f"{RLO}alimaC{PDF}", id="written backwards inside RLO…PDF"),
    pytest.param(f"{RLO}alimac{PDF}", id="backwards, lower case"),
    pytest.param(f"Cam{RLO}ali{PDF}", id="half backwards"),
    pytest.param(f"{RLO}{LRO}Camila{PDF}{PDF}", id="LRO inside RLO reads forwards"),
    pytest.param(f"{RLE}Camila{PDF}", id="RLE embedding"),
    pytest.param(f"{LRE}Camila{PDF}", id="LRE embedding"),
    pytest.param(f"{LRO}Camila{PDF}", id="LRO override"),
    pytest.param(f"{RLI}Camila{PDI}", id="RLI isolate"),
    pytest.param(f"{LRI}Camila{PDI}", id="LRI isolate"),
    pytest.param(f"{FSI}Camila{PDI}", id="FSI isolate"),
    pytest.param(f"Cam{LRM}i{RLM}la", id="LRM and RLM marks"),
    pytest.param(f"Ca{ZWSP}mi{ZWNJ}l{ZWJ}a", id="zero-width space, non-joiner, joiner"),
    pytest.param(f"{BOM}Cam{WJ}ila", id="word joiner and BOM"),
]


@pytest.mark.parametrize("name", HIDDEN)
def test_a_hidden_roster_name_blocks_like_the_plain_name(scanner: Scanner, name: str) -> None:
    plain = scanner.scan(_post("Camila"), lang="es")
    hidden = scanner.scan(_post(name), lang="es")
    assert plain.verdict == "block"
    assert hidden.verdict == plain.verdict
    people = [f for f in hidden.findings if f.type.value == "PERSON"]
    assert [f.person for f in people] == ["Camila Herrera Soto"]
    # Redaction removes the whole name, controls included: nothing of it is left to display.
    assert hidden.redacted == plain.redacted
    assert not CONTROLS & set(hidden.redacted)


def test_an_override_left_open_runs_to_the_end_of_the_line(scanner: Scanner) -> None:
    text = f"Hola {RLO}alimaC\nGracias por venir a la reunión."
    result = scanner.scan(text, lang="es")
    assert result.verdict == "block"
    assert result.redacted.startswith("Hola [NOMBRE]\nGracias")


def test_reading_order_and_offsets_of_reversed_text() -> None:
    text = f"a {RLO}alimaC{PDF} b"
    cleaned = clean(text)
    assert cleaned.text == "a Camila b"
    start = cleaned.text.index("Camila")
    # The whole override, controls included, is what the name occupies in the original.
    assert cleaned.to_original(start, start + 6) == (2, 10)
    assert cleaned.to_original(0, 1) == (0, 1)
    assert cleaned.to_original(start + 7, start + 8) == (11, 12)


def test_right_to_left_letters_keep_their_reading_order() -> None:
    # Hebrew and Arabic are read right to left already; an override does not change what is read.
    assert clean(f"{RLO}שלום{PDF}").text == "שלום"


@given(st.text(alphabet=st.sampled_from(list("ab C\n") + sorted(CONTROLS)), max_size=40))
def test_every_character_read_maps_back_to_where_it_was_written(text: str) -> None:
    cleaned = clean(text)
    assert sorted(cleaned.text) == sorted(c for c in text if c not in CONTROLS)
    for i, ch in enumerate(cleaned.text):
        start, end = cleaned.to_original(i, i + 1)
        assert ch in text[start:end]
