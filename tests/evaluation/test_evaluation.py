from pathlib import Path

from resguardo.evaluation.corpora import load_jsonl, load_meddocan, load_wnut
from resguardo.evaluation.run import run
from resguardo.evaluation.scoring import Score, add_document


def test_overlap_scoring_is_type_agnostic() -> None:
    score = Score()
    add_document(score, [(0, 5, "PERSON"), (10, 20, "ADDRESS")], [(1, 4, "LOCATION"), (30, 35, "PHONE")])
    assert (score.recall, score.precision) == (0.5, 0.5)
    assert score.recall_by_type() == {"ADDRESS": 0.0, "PERSON": 1.0}


def test_meddocan_loader_maps_labels_and_drops_excluded(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("Nombre: Ana. Sexo: M. Madrid", encoding="utf-8")
    (tmp_path / "doc.ann").write_text(
        "T1\tNOMBRE_SUJETO_ASISTENCIA 8 11\tAna\nT2\tSEXO_SUJETO_ASISTENCIA 19 20\tM\nT3\tTERRITORIO 22 28\tMadrid\n",
        encoding="utf-8",
    )
    [doc] = list(load_meddocan(tmp_path))
    assert [(doc.text[s.start : s.end], s.type) for s in doc.spans] == [("Ana", "PERSON"), ("Madrid", "LOCATION")]


def test_wnut_loader_rebuilds_text_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "dev.conll"
    path.write_text(
        "I\tO\nmet\tO\nHillary\tB-person\nClinton\tI-person\nin\tO\nOhio\tB-location\n\nok\tO\n", encoding="utf-8"
    )
    first, second = list(load_wnut(path))
    assert [(first.text[s.start : s.end], s.type) for s in first.spans] == [
        ("Hillary Clinton", "PERSON"),
        ("Ohio", "LOCATION"),
    ]
    assert second.text == "ok"


def test_eval_skips_absent_corpora_and_scores_the_fixtures(tmp_path: Path) -> None:
    results, skipped = run(tmp_path)
    assert [s.split(" (")[0] for s in skipped if "not found" in s][:3] == ["MEDDOCAN dev", "WNUT-17 dev", "cw-dev"]
    # The blind development set ships in the repository (training/blind_dev) and is always scored.
    assert [r.name for r in results] == ["blind dev", "project fixtures"]
    blind, fixtures = results
    assert blind.docs >= 200 and blind.must_flag > 0 and blind.benign > 0
    assert fixtures.score.recall >= 0.9 and fixtures.verdicts_right == fixtures.verdicts_total
    assert len(list(load_jsonl(Path(__file__).parents[1] / "fixtures" / "posts.jsonl"))) == fixtures.docs
