import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from resguardo.engine import FindingType, Scanner, ScannerConfig, ScanRequest, TextTooLongError
from resguardo.engine.pipeline import resolve_overlaps
from resguardo.engine.types import Candidate

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_result_has_every_documented_field(scanner: Scanner) -> None:
    result = scanner.scan("Camila va a la Escuela Primaria Leona Vicario", lang="es", audience="public")
    data = result.as_dict()
    assert set(data) >= {"verdict", "findings", "redacted", "lang", "audience", "platform", "reasons"}
    finding = data["findings"][0]
    assert set(finding) >= {"start", "end", "type", "text", "score", "detector", "reason", "person", "role"}


def test_scan_many_streams_results_in_input_order(scanner: Scanner) -> None:
    texts = [f"Mensaje {i}: Camila va bien" if i % 3 == 0 else f"Aviso general número {i}" for i in range(150)]
    results = list(scanner.scan_many(texts, batch_size=16))
    assert [r.text for r in results] == texts
    assert [r.verdict == "block" for r in results] == [i % 3 == 0 for i in range(150)]


def test_scan_many_takes_per_item_options(scanner: Scanner) -> None:
    text = "Gloria, el psiquiatra le recetó sertralina a Jesús."
    results = list(scanner.scan_many([ScanRequest(text, audience="private", platform="doxy.me"), ScanRequest(text)]))
    assert [r.verdict for r in results] == ["ok", "block"]


def test_scanner_is_safe_to_share_across_threads(scanner: Scanner) -> None:
    texts = [f"Camila cumple {i} años en la Escuela Primaria Leona Vicario" for i in range(5, 25)]
    expected = [scanner.scan(t).as_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: scanner.scan(t).as_dict(), texts))
    assert got == expected


def test_empty_and_whitespace_text(scanner: Scanner) -> None:
    for text in ["", "   \n\t"]:
        result = scanner.scan(text)
        assert (result.verdict, result.findings, result.redacted) == ("ok", (), text)


def test_one_megabyte_of_text_keeps_offsets_right(scanner: Scanner) -> None:
    chunk = "Hoy fue un buen día en la oficina y todos trabajaron mucho. " * 50 + "\n"
    text = chunk * 340 + "Al final, Camila Herrera Soto llamó al (626) 555-0188."
    assert len(text) > 1_000_000
    result = scanner.scan(text)
    assert result.verdict == "block"
    assert {text[f.start : f.end] for f in result.findings} >= {"Camila Herrera Soto", "(626) 555-0188"}


def test_text_over_the_limit_is_refused(roster: object) -> None:
    small = Scanner(config=ScannerConfig(max_chars=100, detectors=("email.v1",)))
    with pytest.raises(TextTooLongError):
        small.scan("x" * 101)


def test_bytes_are_refused_with_a_clear_error(plain_scanner: Scanner) -> None:
    with pytest.raises(TypeError, match="decode"):
        plain_scanner.scan(b"hola")


@pytest.mark.parametrize(
    "text",
    [
        "Val\u200beria ganó la feria de la Secundaria Técnica 14",  # zero-width space inside the name
        "\u200f\u202bCamila\u202c va a la Escuela Primaria Leona Vicario",  # RTL marks
        "🎉🎉 Felicidades Cami 🎉 #FuerzaCami",  # emoji and hashtags
        "Jose\u0301 Luis Herrera llegó",  # combining accent
    ],
)
def test_offsets_point_at_the_original_characters(scanner: Scanner, text: str) -> None:
    result = scanner.scan(text)
    assert result.findings
    for f in result.findings:
        assert text[f.start : f.end] == f.text
        assert f.text.strip("\u200b\u200f\u202b\u202c") == f.text.strip() or f.start < f.end


def test_zero_width_characters_do_not_hide_a_name(scanner: Scanner) -> None:
    result = scanner.scan("C\u200ba\u200bm\u200bi\u200bl\u200ba va a la Escuela Primaria Leona Vicario")
    assert result.verdict == "block"
    assert any(f.type == FindingType.PERSON and f.person == "Camila Herrera Soto" for f in result.findings)


def test_overlaps_keep_the_strongest_and_widen_same_type() -> None:
    roster_hit = Candidate(5, 10, FindingType.PERSON, 0.8, "roster:title+surname", person="X", role="child")
    model_hit = Candidate(0, 16, FindingType.PERSON, 0.85, "ner.v1")
    weak_place = Candidate(12, 16, FindingType.LOCATION, 0.6, "gazetteer.v1")
    [kept] = resolve_overlaps([weak_place, model_hit, roster_hit], "x" * 16)
    assert (kept.start, kept.end, kept.person) == (0, 16, "X")


def test_fixture_posts_get_the_expected_verdicts(scanner: Scanner) -> None:
    rows = [json.loads(line) for line in (FIXTURES / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    public = [r for r in rows if r.get("expected")]
    results = scanner.scan_many([ScanRequest(r["text"], r["lang"], r["audience"]) for r in public])
    wrong = [
        (r["id"], res.verdict)
        for r, res in zip(public, results, strict=True)
        if (res.verdict != "ok") != (r["expected"] == "flag")
    ]
    assert wrong == []


def test_a_case_detail_around_a_name_keeps_both_halves(scanner: Scanner) -> None:
    text = "el juez ordenó que las visitas con Camila sean supervisadas"
    result = scanner.scan(text, audience="private", platform="whatsapp")
    assert [(f.text, f.type.value) for f in result.findings] == [
        ("el juez ordenó que las visitas con", "CASE_DETAIL"),
        ("Camila", "PERSON"),
        ("sean supervisadas", "CASE_DETAIL"),
    ]


def test_with_roster_shares_the_models_and_uses_the_new_roster(plain_scanner) -> None:
    from resguardo.engine import PlatformInfo, Roster

    roster = Roster.from_dict({"people": [{"name": "Xochitl Quintanilla", "role": "child"}]})
    agency = plain_scanner.with_roster(roster, {"chatapp": PlatformInfo("chatapp", True)})
    assert agency._ner is plain_scanner._ner  # models loaded once
    found = agency.scan("Xochitl ganó el concurso")
    assert any(f.person == "Xochitl Quintanilla" for f in found.findings)
    assert all(f.person is None for f in plain_scanner.scan("Xochitl ganó el concurso").findings)
    health = "Her therapy for depression went well today"
    assert agency.scan(health, audience="private", platform="chatapp").verdict != "block"
    assert plain_scanner.scan(health, audience="private", platform="whatsapp").verdict == "block"


def test_a_handle_holding_a_roster_name_is_found_whole_as_that_persons(plain_scanner: Scanner) -> None:
    from resguardo.engine import Roster, RosterPerson

    roster = Roster(
        [
            RosterPerson(name="Dana Reed", role="foster_parent", handles=("@dana.reed.82",)),
            RosterPerson(name="Carmen Luna", role="parent"),
        ]
    )
    scanner = plain_scanner.with_roster(roster)
    result = scanner.scan("Hola Carmen, escríbale a @dana.reed.83 mañana.", audience="private")
    handle = [f for f in result.findings if f.type == FindingType.HANDLE]
    assert [(f.text, f.person, f.role) for f in handle] == [("@dana.reed.83", "Dana Reed", "foster_parent")]
    public = scanner.scan("Sigan a @dana.reed.83 para más fotos", audience="public")
    assert public.verdict == "block" and "dana" not in public.redacted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi hijo ya no vive conmigo desde que vino la trabajadora del condado", "CASE_DETAIL"),
        ("my daughter gets her meds at the school nurse", "HEALTH"),
    ],
)
def test_the_model_finds_case_and_health_paraphrases_no_term_list_holds(scanner: Scanner, text: str, kind: str) -> None:
    result = scanner.scan(text, audience="private", platform="whatsapp")
    assert any(f.type.value == kind and f.detector == "ner.v1" for f in result.findings)
    # The same words in an announcement are no one's detail.
    assert scanner.scan("Recovery Month: get your meds refilled at any county clinic.").verdict == "ok"
