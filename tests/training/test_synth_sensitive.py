"""The synthetic CASE_DETAIL/HEALTH generator: exact spans, the mix the model needs (languages,
negatives, noise) and enough variety that the model learns paraphrases, not sentences."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from synth_sensitive import generate

N = 2000
LABELS = {"CASE_DETAIL", "HEALTH", "PERSON"}
EDGE = set(" \t\n.,;:!?¿¡\"'()…")


@pytest.fixture(scope="module")
def data() -> list[tuple[str, list[tuple[int, int, str]]]]:
    return generate(N, seed=13)


@pytest.fixture(scope="module")
def many() -> list[tuple[str, list[tuple[int, int, str]]]]:
    return generate(20000, seed=3)


def is_negative(spans: list[tuple[int, int, str]]) -> bool:
    return not any(label != "PERSON" for *_, label in spans)


def test_same_seed_same_data_other_seed_other_data(data):
    assert generate(N, seed=13) == data
    assert generate(200, seed=14) != data[:200]


def test_spans_are_sorted_tight_and_do_not_overlap(data):
    for text, spans in data:
        end = 0
        for start, stop, label in spans:
            piece = text[start:stop]
            assert label in LABELS, (text, label)
            assert 0 <= end <= start < stop <= len(text), (text, spans)
            assert piece[0] not in EDGE and piece[-1] not in EDGE, (text, piece)
            assert not re.search(r"[\[\]{}<>|\x01\x02]", piece), (text, piece)
            end = stop
        assert not re.search(r"[\[\]{}<>|\x01\x02]", text), text  # no grammar left over


def test_share_of_negatives(data):
    share = sum(is_negative(spans) for _, spans in data) / N
    assert 0.25 <= share <= 0.45, share


def test_both_labels_and_both_languages(data):
    labels = Counter(label for _, spans in data for *_, label in spans)
    assert labels["CASE_DETAIL"] > 400 and labels["HEALTH"] > 400 and labels["PERSON"] > 300, labels
    spanish = sum(bool(re.search(r"\b(que|el|la|está|esta|mi|con)\b", t, re.I)) for t, _ in data)
    english = sum(bool(re.search(r"\b(the|my|is|and|with|her|his)\b", t, re.I)) for t, _ in data)
    assert spanish > N * 0.4 and english > N * 0.3, (spanish, english)


def test_noise_lower_case_and_no_accents(data):
    lowered = [t for t, spans in data if t == t.lower() and any(lbl == "PERSON" for *_, lbl in spans)]
    assert len(lowered) > 30  # names typed in lower case too
    unaccented = r"\b(sabado|dia|aqui|tambien|cumpleanos|nino|ninos|mama|papa|clinica|evaluacion|reunificacion|"
    unaccented += r"capacitacion|valoracion|carcel|prision|psicologa|dificil|mañana|manana|despues)\b"
    assert sum(bool(re.search(unaccented, t)) for t, _ in data) > 20
    assert any(re.search(r"\b(q|xq|pq|pls|bc|tbh|idk|cw)\b|w/", t) for t, _ in data)


def test_variety(data):
    assert len({text for text, _ in data}) >= 1500


# Paraphrases the brief asks for: each must come out as (part of) a span of its label.
POSITIVES = [
    ("se llevó a", "CASE_DETAIL"),
    ("me retiraron la custodia", "CASE_DETAIL"),
    ("lived with us since", "CASE_DETAIL"),
    ("residential center", "CASE_DETAIL"),
    ("kin placement", "CASE_DETAIL"),
    ("para que me devuelvan a", "CASE_DETAIL"),
    ("permanency hearing", "CASE_DETAIL"),
    ("orden de alejamiento", "CASE_DETAIL"),
    ("visitas vigiladas", "CASE_DETAIL"),
    ("saw marks on", "CASE_DETAIL"),
    ("ran from placement", "CASE_DETAIL"),
    ("del hogar de grupo", "CASE_DETAIL"),
    ("sitting in county on a warrant", "CASE_DETAIL"),
    ("clases de crianza", "CASE_DETAIL"),
    ("UDS came back", "HEALTH"),
    ("positivo a meta", "HEALTH"),
    ("sin tomar", "HEALTH"),
    ("days sober", "HEALTH"),
    ("se orina en la cama", "HEALTH"),
    ("trastorno bipolar", "HEALTH"),
    ("Seroquel", "HEALTH"),
    ("EpiPen", "HEALTH"),
    ("Narcotics Anonymous", "HEALTH"),
    ("neuropsych testing", "HEALTH"),
    ("504", "HEALTH"),
]


@pytest.mark.parametrize(("phrase", "label"), POSITIVES)
def test_paraphrases_are_spans(many, phrase, label):
    assert any(phrase.lower() in text[s:e].lower() for text, spans in many for s, e, lbl in spans if lbl == label)


# Generic vocabulary: whenever these come out, the text states no case or health fact.
NEAR_MISSES = [
    "Awareness Month",
    "Se buscan hogares temporales",
    "Resource families needed",
    "Recovery Month",
    "free hearing aid",
    "pilas gratis para aparatos auditivos",
    "Drug-free school zone",
    "courthouse will be closed",
    "juez del concurso",
    "the dog ran away",
    "placement test",
    "designated driver",
]


@pytest.mark.parametrize("phrase", NEAR_MISSES)
def test_generic_mentions_are_not_spans(many, phrase):
    hits = [(t, spans) for t, spans in many if phrase.lower() in t.lower()]
    assert hits, phrase
    for text, spans in hits:
        start = text.lower().index(phrase.lower())
        inside = [(s, e) for s, e, lbl in spans if lbl != "PERSON" and s < start + len(phrase) and e > start]
        assert not inside, (text, spans)
