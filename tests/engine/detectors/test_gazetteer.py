import pytest

from resguardo.engine.detectors.gazetteer import GazetteerDetector

DETECTOR = GazetteerDetector()


def found(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.type.value) for c in DETECTOR.find(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoutout to Kaylee for her grades", ("Kaylee", "PERSON")),
        ("I met Tyler Boyd yesterday", ("Tyler Boyd", "PERSON")),
        ("lol emma is so funny", ("emma", "PERSON")),
        ("She moved to Fresno last week", ("Fresno", "LOCATION")),
        ("Vive en Oaxaca con su tía", ("Oaxaca", "LOCATION")),
    ],
)
def test_names_and_places_the_model_may_not_know(text: str, expected: tuple[str, str]) -> None:
    lang = "es" if "Vive" in text else "en"
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("April is Child Abuse Prevention Month.", "en"),  # a month, first word
        ("Hope you all have a great weekend", "en"),  # a word before a name
        ("Prueba ELISA positiva", "es"),  # acronyms
    ],
)
def test_everyday_words_are_not_names(text: str, lang: str) -> None:
    assert found(text, lang) == []


def test_a_common_word_name_counts_inside_a_sentence_with_a_capital() -> None:
    assert ("Rosa", "PERSON") in found("Hoy vino Rosa a la junta", "es")


def test_lower_case_spanish_names_are_only_weak_candidates() -> None:
    # "dolores", "colon": too many Spanish words are also names or places; the pipeline keeps
    # such a candidate only next to a real finding.
    candidates = DETECTOR.find("el paciente presenta dolores en el colon", "es")
    assert candidates and all(c.score < 0.5 for c in candidates)


def test_lonely_weak_candidates_are_dropped_but_kept_in_company() -> None:
    from resguardo.engine import Scanner

    scanner = Scanner()
    assert scanner.scan("el paciente presenta dolores en el colon").findings == ()
    result = scanner.scan("yolanda sigue en una casa hogar desde enero")
    assert {f.type.value for f in result.findings} >= {"PERSON", "CASE_DETAIL"}
