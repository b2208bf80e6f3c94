"""``make eval``: score the engine on MEDDOCAN dev, WNUT-17 dev, cw-dev, the project's blind
development set (``training/blind_dev``, written by a session that had not seen the code) and the
project's fixtures.

    python -m resguardo.evaluation.run [--json results.json] [--limit N] [--set DIR ...]

``--set DIR`` scores another set in the cw-dev format (``DIR/posts.jsonl`` and ``DIR/roster.json``),
for instance one kept outside the repository that nobody tunes on.

A prediction counts when it overlaps a gold span, whatever its type (for privacy what
matters is that it was caught).  Only predictions of the types a corpus annotates are
counted against it: MEDDOCAN does not mark health or case details, WNUT-17 marks only
names, places and organisations.  Corpora that are absent are skipped, and said so.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..engine import Roster, Scanner, ScanRequest
from ..engine.pipeline import LANGS
from .corpora import GoldDoc, load_jsonl, load_meddocan, load_wnut, shared_data_dir
from .scoring import Score, add_document

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures"
BLIND_DEV = Path(__file__).resolve().parents[3] / "training" / "blind_dev"
MEDDOCAN_TYPES = frozenset(("PERSON ADDRESS LOCATION SCHOOL ORGANIZATION PHONE EMAIL URL HANDLE DATE AGE ID").split())
WNUT_TYPES = frozenset(["PERSON", "LOCATION", "ORGANIZATION", "ADDRESS", "SCHOOL"])
ALL_TYPES = MEDDOCAN_TYPES | {"HEALTH", "CASE_DETAIL"}


@dataclass
class CorpusResult:
    name: str
    docs: int
    score: Score
    seconds: float
    verdicts_right: int = 0
    verdicts_total: int = 0
    flagged: int = 0  # public posts that must be flagged, and were
    must_flag: int = 0
    passed: int = 0  # harmless public posts that passed as ok
    benign: int = 0

    @property
    def docs_per_sec(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"corpus": self.name, "docs": self.docs, **self.score.as_dict()}
        data["docs_per_sec"] = round(self.docs_per_sec, 1)
        if self.verdicts_total:
            data["verdicts_right"] = f"{self.verdicts_right}/{self.verdicts_total}"
            data["must_flag_flagged"] = f"{self.flagged}/{self.must_flag}"
            data["benign_passed"] = f"{self.passed}/{self.benign}"
        return data


def evaluate(
    name: str, scanner: Scanner, docs: Sequence[GoldDoc], counted: frozenset[str], *, audience: str | None = None
) -> CorpusResult:
    score = Score()
    requests = [
        # "mix" (code-switched) and unknown languages are left to the engine's detection.
        ScanRequest(d.text, d.lang if d.lang in LANGS else None, audience or d.audience, None)  # type: ignore[arg-type]
        for d in docs
    ]
    right = total = flagged = must_flag = passed = benign = 0
    start = time.perf_counter()
    results = list(scanner.scan_many(requests))
    seconds = time.perf_counter() - start
    for doc, result in zip(docs, results, strict=True):
        predicted = [(f.start, f.end, f.type.value) for f in result.findings if f.type.value in counted]
        add_document(score, [(s.start, s.end, s.type) for s in doc.spans], predicted)
        if doc.expected is not None:
            total += 1
            right += (result.verdict != "ok") == (doc.expected == "flag")
            if doc.expected == "flag":
                must_flag += 1
                flagged += result.verdict != "ok"
            else:
                benign += 1
                passed += result.verdict == "ok"
    return CorpusResult(name, len(docs), score, seconds, right, total, flagged, must_flag, passed, benign)


def person_location_recall(score: Score) -> float:
    gold = score.gold_by_type["PERSON"] + score.gold_by_type["LOCATION"]
    found = score.found_by_type["PERSON"] + score.found_by_type["LOCATION"]
    return found / gold if gold else 1.0


def run(
    data_dir: Path, limit: int | None = None, extra_sets: Sequence[Path] = (), *, corpora: bool = True
) -> tuple[list[CorpusResult], list[str]]:
    skipped: list[str] = []
    results: list[CorpusResult] = []
    plain = Scanner()

    def take(docs: Iterable[GoldDoc]) -> list[GoldDoc]:
        items = list(docs)
        return items[:limit] if limit else items

    meddocan = data_dir / "meddocan" / "dev"
    if not corpora:
        pass
    elif meddocan.is_dir():
        results.append(evaluate("MEDDOCAN dev", plain, take(load_meddocan(meddocan)), MEDDOCAN_TYPES))
    else:
        skipped.append(f"MEDDOCAN dev ({meddocan} not found)")
    wnut = data_dir / "wnut17" / "dev.conll"
    if not corpora:
        pass
    elif wnut.is_file():
        results.append(evaluate("WNUT-17 dev", plain, take(load_wnut(wnut)), WNUT_TYPES))
    else:
        skipped.append(f"WNUT-17 dev ({wnut} not found)")
    cw = data_dir / "cw-dev"
    if (cw / "posts.jsonl").is_file():
        scanner = Scanner(Roster.from_file(cw / "roster.json"))
        results.append(evaluate("cw-dev", scanner, take(load_jsonl(cw / "posts.jsonl")), ALL_TYPES))
    else:
        skipped.append(f"cw-dev ({cw} not found)")
    sets = [("blind dev", BLIND_DEV), ("project fixtures", FIXTURES)]
    sets += [(f"set {path.name}", path) for path in extra_sets]
    for name, folder in sets:
        if (folder / "posts.jsonl").is_file():
            scanner = Scanner(Roster.from_file(folder / "roster.json"))
            results.append(evaluate(name, scanner, take(load_jsonl(folder / "posts.jsonl")), ALL_TYPES))
        else:
            skipped.append(f"{name} ({folder} not found)")
    return results, skipped


def format_table(results: Sequence[CorpusResult]) -> str:
    lines = [
        "| corpus | docs | recall | precision | F1 | PERSON+LOCATION recall | public verdicts right "
        "| must-flag flagged | benign passed | docs/s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        verdicts = f"{r.verdicts_right}/{r.verdicts_total}" if r.verdicts_total else "—"
        flagged = f"{r.flagged}/{r.must_flag}" if r.must_flag else "—"
        passed = f"{r.passed}/{r.benign}" if r.benign else "—"
        lines.append(
            f"| {r.name} | {r.docs} | {r.score.recall:.3f} | {r.score.precision:.3f} | {r.score.f1:.3f} "
            f"| {person_location_recall(r.score):.3f} | {verdicts} | {flagged} | {passed} | {r.docs_per_sec:.1f} |"
        )
    lines.append("")
    lines.append("Recall by gold type:")
    lines.append("")
    for r in results:
        by_type = ", ".join(f"{k} {v:.2f}" for k, v in r.score.recall_by_type().items())
        lines.append(f"- {r.name}: {by_type}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--set", type=Path, action="append", default=[], help="another set: DIR/posts.jsonl + roster")
    parser.add_argument("--only-sets", action="store_true", help="skip MEDDOCAN and WNUT-17")
    args = parser.parse_args(argv)
    results, skipped = run(args.data_dir or shared_data_dir(), args.limit, args.set, corpora=not args.only_sets)
    for item in skipped:
        print(f"SKIPPED: {item} — set RESGUARDO_SHARED_DATA to the folder holding the corpora", file=sys.stderr)
    print(format_table(results))
    if args.json:
        args.json.write_text(json.dumps([r.as_dict() for r in results], indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
