"""A long file is scanned as its posts would be one by one: the same findings at the same places
(the engine reads long texts in pieces; the offsets must still be the file's own)."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

from resguardo.engine import Scanner
from resguardo.engine.detectors.ner import PIECE, WHOLE, NerDetector, _chunks

FIXTURES = Path(__file__).parents[1] / "fixtures"
DEMO = Path(__file__).parents[2] / "src" / "resguardo" / "demo"
FILLER = (
    "Aviso de la oficina: el horario de atención es de lunes a viernes, por la mañana y por la tarde, "
    "y los sábados solo por la mañana."
)


def _posts() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in (FIXTURES / "posts.jsonl", DEMO / "posts.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _spans(result_findings: object, shift: int = 0) -> set[tuple[int, int, str, str]]:
    return {(f.start - shift, f.end - shift, f.type.value, f.text) for f in result_findings}


def test_filler_has_no_findings(scanner: Scanner) -> None:
    assert scanner.scan(FILLER, lang="es").findings == ()


def test_findings_in_a_long_file_are_those_of_its_posts(scanner: Scanner) -> None:
    posts = _posts()
    parts: list[tuple[int, str]] = []
    text = ""
    while len(text) < 3 * WHOLE:
        for post in posts:
            text += FILLER + "\n\n"
            parts.append((len(text), post))
            text += post + "\n\n"
    text += FILLER
    whole = scanner.scan(text, lang="es")
    found = _spans(whole.findings)
    expected: set[tuple[int, int, str, str]] = set()
    for offset, post in parts:
        expected |= _spans(scanner.scan(post, lang="es").findings, -offset)
    assert found == expected
    # Redaction uses the same offsets: the long file's redacted text names no roster child.
    assert "Cami " not in whole.redacted and "Camila" not in whole.redacted


def test_a_long_line_is_cut_between_words_and_names_keep_their_offsets(scanner: Scanner) -> None:
    sentence = "Gracias a todas las familias que nos visitaron en la feria de otoño de este año. "
    line = sentence * (2 * PIECE // len(sentence)) + "Felicidades a Margarita Villaseñor por su graduación."
    text = line + "\n" + sentence * (WHOLE // len(sentence))
    pieces = list(_chunks(text))
    assert all(len(piece) <= PIECE for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    # A piece followed by the rest of its line ends at a space, never inside a word.
    for (offset, piece), (next_offset, _) in pairwise(pieces):
        if next_offset == offset + len(piece):
            assert piece.endswith(" ")
    ner = scanner._ner
    assert isinstance(ner, NerDetector)
    names = [text[c.start : c.end] for c in next(ner.find_many([text]))]
    assert "Margarita Villaseñor" in names


def test_a_run_of_punctuation_is_scanned_and_the_names_around_it_found(scanner: Scanner) -> None:
    # spaCy's tokenizer is quadratic on a long run of brackets; the model skips such runs.
    text = "Felicidades a Camila. " + "(" * 3000 + " Hola Margarita Villaseñor."
    result = scanner.scan(text, lang="es")
    assert {f.text for f in result.findings} >= {"Camila", "Margarita Villaseñor"}
