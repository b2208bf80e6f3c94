"""TermSet finds what one big alternation finds, at word starts, faster."""

import re

import pytest

from resguardo.engine.detectors._termset import TermSet, first_chars
from resguardo.engine.detectors.sensitive_case import CASE_DETAIL_TERMS
from resguardo.engine.detectors.sensitive_health import HEALTH_TERMS
from resguardo.engine.textutil import fold


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:lo|la)\s+sacaron", {"l"}),
        (r"[a-c]x", {"a", "b", "c"}),
        (r"(?:el\s+)?juez", {"e", "j"}),
        (r"\d+\s+days", None),  # a category: tried at every word start
        (r"\w+\s+disorder", None),
    ],
)
def test_first_characters_are_read_from_the_pattern(pattern: str, expected: set[str] | None) -> None:
    assert first_chars(pattern) == expected


TEXTS = [
    "el cps vino y se llevo a la bebe; la jueza ordeno visitas supervisadas con su mama",
    "his uds came back dirty and he is 90 days sober again after rehab, then an adhd disorder eval",
    "paciente con diabetes mellitus tipo 2 y trastorno bipolar en tratamiento con litio",
    "nothing here at all, just words about the weather",
    "",
]


@pytest.mark.parametrize("terms", [CASE_DETAIL_TERMS, HEALTH_TERMS], ids=["case", "health"])
def test_same_matches_as_the_whole_alternation(terms: list[str]) -> None:
    whole = re.compile(r"\b(?:" + "|".join(terms) + r")\b")
    term_set = TermSet(terms)
    for text in (fold(t) for t in TEXTS):
        expected = set()
        pos = 0
        while (m := whole.search(text, pos)) is not None:
            expected.add((m.start(), m.end()))
            pos = m.start() + 1
        assert {(m.start(), m.end()) for m in term_set.finditer_overlapping(text)} == expected
