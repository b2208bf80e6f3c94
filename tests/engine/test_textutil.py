from resguardo.engine.textutil import clean, fold, sentence_bounds


def test_fold_keeps_length_and_removes_case_and_accents() -> None:
    for text in ["JOSÉ Ñandú", "İstanbul", "straße", "Ǆemal", "😀 Ana"]:
        assert len(fold(text)) == len(text)
    assert fold("JOSÉ Ñandú") == "jose nandu"


def test_clean_removes_invisible_characters_and_maps_offsets_back() -> None:
    text = "Val\u200beria y Jose\u0301 \u202eko"  # the override shows "ko" as "ok"
    cleaned = clean(text)
    assert cleaned.text == "Valeria y José ok"
    start = cleaned.text.index("Valeria")
    assert cleaned.to_original(start, start + 7) == (0, 8)
    j = cleaned.text.index("José")
    assert text[slice(*cleaned.to_original(j, j + 4))] == "Jose\u0301"


def test_sentence_bounds_ignore_abbreviations() -> None:
    text = "Hola Sr. Pérez. La cita es mañana."
    assert sentence_bounds(text, text.index("Pérez")) == (0, 14)
    assert sentence_bounds(text, text.index("cita"))[0] == 16
