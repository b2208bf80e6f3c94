"""Score Resguardo on MEDDOCAN dev or WNUT-17 dev, timed and measured like bench/presidio_runner.py.

Meant to run in a process of its own (bench/run.py starts one per corpus and configuration), so
that the peak resident memory it reports belongs to this one system and corpus alone.

    .venv/bin/python -m bench.resguardo_runner --corpus wnut --data-dir /work/shared/data \
        [--without-ner-en] --out resguardo-wnut.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from importlib.metadata import version
from itertools import islice
from pathlib import Path

from bench.harness.stats import peak_rss_mb
from resguardo.engine import Scanner, ScannerConfig
from resguardo.evaluation import corpora
from resguardo.evaluation.run import MEDDOCAN_TYPES, WNUT_TYPES, evaluate, person_location_recall

ENGLISH_PIPELINE = "ner_en.v1"
# What a caller's first call looks like: no language given, so detection runs as well.
FIRST_SCAN_TEXT = {
    "meddocan": "Paciente: María López, 34 años, tel. 612 345 678.",
    "wnut": "Met Jordan at the Chicago library yesterday, call me at 312-555-0142.",
}
TITLES = {"meddocan": "MEDDOCAN dev", "wnut": "WNUT-17 dev"}


def load_corpus(name: str, data_dir: Path) -> list[corpora.GoldDoc]:
    if name == "meddocan":
        return list(corpora.load_meddocan(data_dir / "meddocan" / "dev"))
    return list(corpora.load_wnut(data_dir / "wnut17" / "dev.conll"))


def build_config(without_ner_en: bool) -> ScannerConfig:
    config = ScannerConfig()
    if not without_ner_en:
        return config
    return replace(config, detectors=tuple(d for d in config.detectors if d != ENGLISH_PIPELINE))


def load_and_first_scan(config: ScannerConfig, corpus: str) -> tuple[Scanner, float]:
    """Seconds from nothing loaded to the first result: model loading alone hides lazy work."""
    start = time.perf_counter()
    scanner = Scanner(config=config)
    scanner.scan(FIRST_SCAN_TEXT[corpus])
    return scanner, time.perf_counter() - start


def run(corpus: str, data_dir: Path, without_ner_en: bool, limit: int | None) -> dict[str, object]:
    docs = list(islice(load_corpus(corpus, data_dir), limit))
    config = build_config(without_ner_en)
    scanner, load_seconds = load_and_first_scan(config, corpus)
    counted = MEDDOCAN_TYPES if corpus == "meddocan" else WNUT_TYPES
    # evaluate() times scan_many over the whole corpus and scores it: the same code as `make eval`.
    result = evaluate(TITLES[corpus], scanner, docs, counted)
    summary = result.score.as_dict()
    return {
        "system": "resguardo",
        "resguardo_version": version("resguardo"),
        "spacy_version": version("spacy"),
        "detectors": list(config.detectors),
        "corpus": corpus,
        "docs": len(docs),
        "gold": summary["gold"],
        "predicted": summary["predicted"],
        "recall": summary["recall"],
        "precision": summary["precision"],
        "f1": summary["f1"],
        "recall_by_type": summary["recall_by_type"],
        # Counts, not ratios, so a pooled recall can be computed for the other system too.
        "gold_by_type": dict(sorted(result.score.gold_by_type.items())),
        # The WNUT-17 target; MEDDOCAN's own target is the overall recall.
        "person_location_recall": (round(person_location_recall(result.score), 4) if corpus == "wnut" else None),
        "docs_per_sec": round(result.docs_per_sec, 2),
        "scan_seconds": round(result.seconds, 2),
        "load_seconds": round(load_seconds, 2),
        "peak_mem_mb": round(peak_rss_mb(), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=tuple(TITLES), required=True)
    parser.add_argument("--data-dir", type=Path, default=corpora.shared_data_dir())
    parser.add_argument("--without-ner-en", action="store_true", help=f"drop {ENGLISH_PIPELINE} from the detectors")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N docs")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    result = run(args.corpus, args.data_dir, args.without_ner_en, args.limit)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
