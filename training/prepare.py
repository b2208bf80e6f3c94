"""Build the NER training and development sets (spaCy DocBin) from the public corpora
and the synthetic generators (names and places: ``synth.py``; case and health details in
everyday words: ``synth_sensitive.py``).

    python training/prepare.py --out training/corpus [--include-dev] [--sensitive 8000]

By default only the corpora's *train* splits are used, so that `make eval` on the dev
splits measures a model that never saw them.  `--include-dev` adds MEDDOCAN and
WNUT-17 dev for a final model once the held-out scores are accepted.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from resguardo.engine.detectors._termset import TermSet  # noqa: E402
from resguardo.engine.detectors.sensitive_case import CASE_DETAIL_TERMS  # noqa: E402
from resguardo.engine.detectors.sensitive_health import HEALTH_TERMS  # noqa: E402
from resguardo.engine.textutil import fold  # noqa: E402
from resguardo.evaluation.corpora import (  # noqa: E402
    GoldDoc,
    load_meddocan,
    load_wnut,
    shared_data_dir,
)
from synth import generate  # noqa: E402
from synth_sensitive import generate as generate_sensitive  # noqa: E402

# The statistical model learns names, places, organisations, street addresses and
# schools, and the phrases that state a case or health detail (the paraphrases term lists
# miss); dates, ages, numbers and contacts are left to the rule-based detectors.
NER_LABELS = {"PERSON", "LOCATION", "ORGANIZATION", "ADDRESS", "SCHOOL", "CASE_DETAIL", "HEALTH"}


_SENSITIVE_TERMS = (TermSet(CASE_DETAIL_TERMS), TermSet(HEALTH_TERMS))


def _unlabelled_sensitive(doc: Doc, taken: set[int]) -> list[Span]:
    """Case and health phrases the term lists find in a text whose annotators did not mark them
    (MEDDOCAN annotates only identifiers, WNUT-17 only names): "missing", not "outside", so the
    clinical corpus does not teach the model that a diagnosis is no health detail."""
    folded = fold(doc.text)
    out: list[Span] = []
    for terms in _SENSITIVE_TERMS:
        for m in terms.finditer_overlapping(folded):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            out.append(span)
    return out


def to_doc(
    nlp: spacy.Language, text: str, spans: list[tuple[int, int, str]], *, sensitive_labelled: bool = True
) -> Doc:
    doc = nlp.make_doc(text)
    ents = []
    taken: set[int] = set()
    for start, end, label in sorted(spans):
        if label not in NER_LABELS:
            continue
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        ents.append(span)
    missing = [] if sensitive_labelled else _unlabelled_sensitive(doc, taken)
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def gold_to_doc(nlp: spacy.Language, gold: GoldDoc) -> Doc:
    return to_doc(nlp, gold.text, [(s.start, s.end, s.type) for s in gold.spans], sensitive_labelled=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "corpus")
    parser.add_argument("--include-dev", action="store_true")
    parser.add_argument("--synthetic", type=int, default=6000)
    parser.add_argument("--sensitive", type=int, default=8000, help="synthetic case/health examples")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--lowercase-share", type=float, default=0.0)
    args = parser.parse_args()

    data = shared_data_dir()
    if not (data / "meddocan").is_dir() or not (data / "wnut17").is_dir():
        sys.exit(f"corpora not found under {data}: set RESGUARDO_SHARED_DATA")
    nlp = spacy.blank("es")
    docs: list[Doc] = []
    splits = ["train", "dev"] if args.include_dev else ["train"]
    for split in splits:
        docs += [gold_to_doc(nlp, g) for g in load_meddocan(data / "meddocan" / split)]
        docs += [gold_to_doc(nlp, g) for g in load_wnut(data / "wnut17" / f"{split}.conll")]
    docs += [to_doc(nlp, t, s, sensitive_labelled=False) for t, s in generate(args.synthetic, seed=args.seed)]
    docs += [to_doc(nlp, t, s) for t, s in generate_sensitive(args.sensitive, seed=args.seed)]
    rng = random.Random(args.seed)
    # Youth and families often type names in lower case: add lower-cased copies of a share of
    # the social-media posts so the model does not lean on capitals alone.
    for split in splits if args.lowercase_share > 0 else []:
        for gold in load_wnut(data / "wnut17" / f"{split}.conll"):
            lowered = gold.text.lower()
            if gold.spans and len(lowered) == len(gold.text) and rng.random() < args.lowercase_share:
                spans = [(s.start, s.end, s.type) for s in gold.spans]
                docs.append(to_doc(nlp, lowered, spans, sensitive_labelled=False))
    rng.shuffle(docs)
    n_dev = max(200, len(docs) // 12)  # held out for spaCy's early stopping only
    args.out.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs[n_dev:]).to_disk(args.out / "train.spacy")
    DocBin(docs=docs[:n_dev]).to_disk(args.out / "dev.spacy")
    print(f"{len(docs) - n_dev} training docs, {n_dev} development docs -> {args.out}")


if __name__ == "__main__":
    main()
