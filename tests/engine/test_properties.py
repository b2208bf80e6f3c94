"""Properties that must hold on any Unicode input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resguardo.engine import Scanner
from resguardo.engine.redact import redact
from resguardo.engine.textutil import clean

NAMES = st.sampled_from(
    ["Camila", "Cami", "Liam", "Óscar Villanueva", "(626) 555-0188", "Calle Nogal 48", "@cami.hs.2012"]
)
NOISE = st.text(alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x1FAFF), max_size=40)
TEXTS = st.lists(
    st.one_of(NOISE, NAMES, st.sampled_from(["\u200b", "\u202e", "\u0301", " ", "\n", "#"])), max_size=8
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_offsets_are_valid_and_findings_do_not_overlap(scanner: Scanner, text: str) -> None:
    result = scanner.scan(text)
    previous_end = 0
    for f in sorted(result.findings, key=lambda f: f.start):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= previous_end
        previous_end = f.end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_redacted_text_never_contains_a_flagged_span(scanner: Scanner, text: str) -> None:
    result = scanner.scan(text)
    flagged = [f for f in result.findings if f.severity != "ok"]
    # Rebuild the redacted text from the pieces between flagged spans: it must equal the result,
    # so no flagged span survived, whatever it contained.
    pieces, pos = [], 0
    for f in sorted(flagged, key=lambda f: f.start):
        pieces.append(text[pos : f.start])
        pos = f.end
    pieces.append(text[pos:])
    assert result.redacted == redact(text, result.findings, result.lang)
    remaining = "".join(pieces)
    assert len(result.redacted) >= len(remaining)
    for f in flagged:
        if f.text.strip() and f.text not in remaining:
            assert f.text not in result.redacted


@given(text=st.text(max_size=60))
def test_clean_maps_every_character_back_inside_the_original(text: str) -> None:
    cleaned = clean(text)
    for i in range(len(cleaned.text)):
        start, end = cleaned.to_original(i, i + 1)
        assert 0 <= start < end <= len(text)


def test_blocked_names_with_invisible_noise_are_still_found() -> None:
    scanner = Scanner()
    result = scanner.scan("Fiesta para Va\u200blentina en Av. Insurgentes Sur 1602")
    assert result.verdict == "block"
