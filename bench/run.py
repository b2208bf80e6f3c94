"""``make bench``: Resguardo against vanilla Microsoft Presidio on MEDDOCAN dev and WNUT-17 dev.

    .venv/bin/python -m bench.run [--write docs/benchmarks.md] [--data-dir DIR] [--limit N]

Every system runs on every corpus in a fresh subprocess (``python -m bench.resguardo_runner`` here,
``python -m bench.presidio_runner`` in .venv-presidio, both from the repository root), one after the
other, so each peak memory figure belongs to one system on one corpus and no two measurements share
the CPUs.  Both runners score with resguardo.evaluation.scoring against the same gold spans.  With
--write, only the part of the file between the bench markers is replaced, so hand-written sections
around it survive.  A quick check: --limit 5.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bench.harness import ROOT
from resguardo.evaluation.corpora import MEDDOCAN_EXCLUDED, WNUT_LABELS, shared_data_dir
from resguardo.evaluation.run import MEDDOCAN_TYPES, WNUT_TYPES

PRESIDIO_PYTHON = ROOT / ".venv-presidio" / "bin" / "python"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
TITLE = "# Benchmarks: Resguardo and vanilla Presidio"
ENV_SHOWN = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")  # they change spaCy's speed, so say what they were

# The targets.
# The second pass's targets (issue 11): MEDDOCAN no worse than before, English names and places in chat.
MEDDOCAN_RECALL, MEDDOCAN_PRECISION, WNUT_PERSON_LOCATION, WNUT_PRECISION = 0.96, 0.97, 0.75, 0.60
SPEEDUP, LOAD_SECONDS, PEAK_MB = 5.0, 2.0, 600.0

Result = dict[str, Any]  # one runner's JSON
Results = dict[str, dict[str, Result]]  # corpus key -> system key -> result


@dataclass(frozen=True)
class Corpus:
    key: str  # the runners' --corpus value
    title: str
    relpath: str  # under the data directory

    def present(self, data_dir: Path) -> bool:
        return (data_dir / self.relpath).exists()


@dataclass(frozen=True)
class System:
    key: str
    label: str
    command: tuple[str, ...]  # interpreter, runner module and fixed options


CORPORA = (
    Corpus("meddocan", "MEDDOCAN dev", "meddocan/dev"),
    Corpus("wnut", "WNUT-17 dev", "wnut17/dev.conll"),
)
RESGUARDO = System("default", "Resguardo (default)", (sys.executable, "-m", "bench.resguardo_runner"))
RESGUARDO_NO_EN = System("no_ner_en", "Resguardo (without ner_en.v1)", (*RESGUARDO.command, "--without-ner-en"))
PRESIDIO = System("presidio", "Presidio (vanilla)", (str(PRESIDIO_PYTHON), "-m", "bench.presidio_runner"))
RESGUARDO_SYSTEMS = (RESGUARDO, RESGUARDO_NO_EN)


# -- running -------------------------------------------------------------------------------
def run_system(system: System, corpus: Corpus, data_dir: Path, limit: int | None) -> Result:
    """One system on one corpus in its own process; raises with the runner's stderr on failure."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        command = [*system.command, "--corpus", corpus.key, "--data-dir", str(data_dir), "--out", str(out)]
        if limit:
            command += ["--limit", str(limit)]
        print(f"  {system.label} on {corpus.title} …", end=" ", file=sys.stderr, flush=True)
        start = time.perf_counter()
        # The environment is inherited untouched (OPENBLAS_* included); stdout only repeats --out.
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        print(f"{time.perf_counter() - start:.0f} s", file=sys.stderr)
        if done.returncode != 0:
            raise RuntimeError(
                f"{system.label} on {corpus.title} failed (exit {done.returncode}):\n{done.stderr[-4000:]}"
            )
        result: Result = json.loads(out.read_text(encoding="utf-8"))
        return result


def run_all(data_dir: Path, limit: int | None, with_presidio: bool) -> Results:
    systems = (*RESGUARDO_SYSTEMS, PRESIDIO) if with_presidio else RESGUARDO_SYSTEMS
    results: Results = {}
    for corpus in CORPORA:
        if not corpus.present(data_dir):
            print(f"SKIPPED: {corpus.title} ({data_dir / corpus.relpath} not found)", file=sys.stderr)
            continue
        results[corpus.key] = {system.key: run_system(system, corpus, data_dir, limit) for system in systems}
        check_same_gold(corpus, results[corpus.key])
    return results


def check_same_gold(corpus: Corpus, rows: Mapping[str, Result]) -> None:
    """The comparison is only fair if every system was scored on the very same gold spans."""
    counts = {key: (row["docs"], row["gold"]) for key, row in rows.items()}
    if len(set(counts.values())) > 1:
        raise RuntimeError(f"{corpus.title}: systems were scored on different gold: {counts}")


# -- derived figures -----------------------------------------------------------------------
def person_location(rows: Mapping[str, Result], key: str) -> float | None:
    """PERSON+LOCATION recall. Presidio's runner reports per-type recalls, not counts, so its
    figure is pooled with the gold counts Resguardo's runner reports for the same gold spans."""
    row = rows.get(key)
    if row is None:
        return None
    if row.get("person_location_recall") is not None:
        return float(row["person_location_recall"])
    gold_by_type: Mapping[str, int] = rows[RESGUARDO.key]["gold_by_type"]
    types = ("PERSON", "LOCATION")
    gold = sum(gold_by_type.get(t, 0) for t in types)
    if not gold:
        return None
    found = sum(row["recall_by_type"].get(t, 0.0) * gold_by_type.get(t, 0) for t in types)
    return float(found / gold)


def speedup(rows: Mapping[str, Result], key: str) -> float | None:
    presidio = rows.get(PRESIDIO.key)
    if presidio is None or key not in rows or not presidio.get("docs_per_sec"):
        return None
    return float(rows[key]["docs_per_sec"]) / float(presidio["docs_per_sec"])


def worst(results: Results, key: str, field: str) -> float | None:
    """The highest value of ``field`` over the corpora: a ceiling has to hold on all of them."""
    values = [float(rows[key][field]) for rows in results.values() if key in rows]
    return max(values) if values else None


# -- Markdown ------------------------------------------------------------------------------
def fmt(value: float | None, spec: str, suffix: str = "") -> str:
    return "—" if value is None else f"{value:{spec}}{suffix}"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_remark(load_average: float) -> str:
    # Timings are only comparable between runs on an equally quiet machine, so say when it was not.
    if load_average < 0.5:
        return "(the machine was otherwise idle)"
    return "(other work was sharing the CPUs: every docs/s figure is lower than on an idle machine)"


def machine_section(results: Results, started: datetime, wall_seconds: float, load_average: float) -> list[str]:
    presidio = next((rows[PRESIDIO.key] for rows in results.values() if PRESIDIO.key in rows), None)
    env = ", ".join(f"`{name}={os.environ.get(name, '(unset)')}`" for name in ENV_SHOWN)
    lines = [
        "Command: `make bench` (runs `bash bench/setup_presidio.sh`, then "
        "`.venv/bin/python -m bench.run --write docs/benchmarks.md`).",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC; the whole run took {wall_seconds / 60:.1f} min",
        f"- Machine: {len(os.sched_getaffinity(0))} CPUs (`nproc`), {cpu_model()}, {platform.system()} "
        f"{platform.release()}",
        f"- Python {platform.python_version()}, spaCy {version('spacy')} (Resguardo's venv)",
        f"- Environment: {env}",
        f"- 1-minute load average when the run started: {load_average:.2f} {load_remark(load_average)}",
    ]
    if presidio is not None:
        models = ", ".join(presidio["models"].values())
        lines.append(
            f"- Presidio: presidio-analyzer {presidio['presidio_version']}, "
            f"spaCy {presidio['spacy_version']}, models {models} (separate venv `.venv-presidio`)"
        )
    return lines


def corpus_table(corpus: Corpus, rows: Mapping[str, Result]) -> list[str]:
    wnut = corpus.key == "wnut"
    first = rows[RESGUARDO.key]
    head = ["system", "recall", "precision", "F1"]
    head += ["PERSON+LOCATION recall"] if wnut else []
    head += ["docs/s", "× Presidio docs/s", "load + first scan (s)", "peak MB"]
    lines = [
        f"### {corpus.title} ({first['docs']} documents, {first['gold']} gold spans)",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for system in (*RESGUARDO_SYSTEMS, PRESIDIO):
        row = rows.get(system.key)
        if row is None:
            lines.append(f"| {system.label} | " + " | ".join(["not run"] * (len(head) - 1)) + " |")
            continue
        cells = [system.label, f"{row['recall']:.3f}", f"{row['precision']:.3f}", f"{row['f1']:.3f}"]
        cells += [fmt(person_location(rows, system.key), ".3f")] if wnut else []
        ratio = "1.0×" if system is PRESIDIO else fmt(speedup(rows, system.key), ".1f", "×")
        load = f"{row['load_seconds']:.2f}" + ("¹" if system is PRESIDIO else "")
        cells += [f"{row['docs_per_sec']:.1f}", ratio, load, f"{row['peak_mem_mb']:.0f}"]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "Recall by gold type:", ""]
    for system in (*RESGUARDO_SYSTEMS, PRESIDIO):
        if system.key in rows:
            by_type = ", ".join(f"{t} {r:.2f}" for t, r in rows[system.key]["recall_by_type"].items())
            lines.append(f"- {system.label}: {by_type}")
    return lines


@dataclass(frozen=True)
class Target:
    text: str
    value: Callable[[Results, str], float | None]
    met: Callable[[float], bool]
    spec: str
    suffix: str = ""


def field_of(corpus: str, field: str) -> Callable[[Results, str], float | None]:
    def value(results: Results, key: str) -> float | None:
        row = results.get(corpus, {}).get(key)
        return None if row is None else float(row[field])

    return value


def per_corpus(
    corpus: str, compute: Callable[[Mapping[str, Result], str], float | None]
) -> Callable[[Results, str], float | None]:
    return lambda results, key: compute(results[corpus], key) if corpus in results else None


TARGETS = (
    Target(
        f"MEDDOCAN dev recall ≥ {MEDDOCAN_RECALL:.2f}",
        field_of("meddocan", "recall"),
        lambda v: v >= MEDDOCAN_RECALL,
        ".4f",
    ),
    Target(
        f"MEDDOCAN dev precision ≥ {MEDDOCAN_PRECISION:.2f}",
        field_of("meddocan", "precision"),
        lambda v: v >= MEDDOCAN_PRECISION,
        ".4f",
    ),
    Target(
        f"WNUT-17 dev PERSON+LOCATION recall ≥ {WNUT_PERSON_LOCATION:.2f}",
        per_corpus("wnut", person_location),
        lambda v: v >= WNUT_PERSON_LOCATION,
        ".4f",
    ),
    Target(
        f"WNUT-17 dev precision ≥ {WNUT_PRECISION:.2f}",
        field_of("wnut", "precision"),
        lambda v: v >= WNUT_PRECISION,
        ".4f",
    ),
    Target(
        f"≥ {SPEEDUP:.0f}× Presidio's docs/s on one process, MEDDOCAN dev",
        per_corpus("meddocan", speedup),
        lambda v: v >= SPEEDUP,
        ".1f",
        "×",
    ),
    Target(
        f"≥ {SPEEDUP:.0f}× Presidio's docs/s on one process, WNUT-17 dev",
        per_corpus("wnut", speedup),
        lambda v: v >= SPEEDUP,
        ".1f",
        "×",
    ),
    Target(
        f"load plus first scan < {LOAD_SECONDS:.0f} s (slowest run)",
        lambda results, key: worst(results, key, "load_seconds"),
        lambda v: v < LOAD_SECONDS,
        ".2f",
        " s",
    ),
    Target(
        f"peak memory < {PEAK_MB:.0f} MB (largest run)",
        lambda results, key: worst(results, key, "peak_mem_mb"),
        lambda v: v < PEAK_MB,
        ".0f",
        " MB",
    ),
)


def targets_section(results: Results) -> list[str]:
    lines = [
        "## Targets",
        "",
        "| target | " + " | ".join(s.label for s in RESGUARDO_SYSTEMS) + " |",
        "|---|" + "---|" * len(RESGUARDO_SYSTEMS),
    ]
    for target in TARGETS:
        cells = []
        for system in RESGUARDO_SYSTEMS:
            value = target.value(results, system.key)
            mark = "" if value is None else (" ✓" if target.met(value) else " ✗")
            cells.append(fmt(value, target.spec, target.suffix) + mark)
        lines.append(f"| {target.text} | " + " | ".join(cells) + " |")
    # Four decimals above: a 0.9498 shown as 0.950 next to ✗ would look like a bug.
    lines += ["", "— means not measured (corpus absent, or Presidio not run)."]
    return lines


def notes_section() -> list[str]:
    wnut_gold = "/".join(WNUT_LABELS)
    return [
        "## What is counted",
        "",
        "- Scoring is type-agnostic overlap (`resguardo.evaluation.scoring`, the code `make eval` uses, "
        "imported by both runners): a gold span is found when any counted prediction overlaps it, and a "
        "prediction is correct when it overlaps any gold span. Recall by gold type is shown beside it.",
        f"- MEDDOCAN gold: every label mapped in `corpora.MEDDOCAN_LABELS`; excluded as not personal "
        f"identifiers in this product: {', '.join(MEDDOCAN_EXCLUDED)} (`corpora.MEDDOCAN_EXCLUDED`). "
        f"Resguardo predictions counted: {', '.join(sorted(MEDDOCAN_TYPES))} (not HEALTH or CASE_DETAIL, "
        "which MEDDOCAN does not annotate). Presidio: every entity except NRP, mapped to the same "
        "vocabulary (identifier recognizers → ID).",
        f"- WNUT-17 gold: {wnut_gold} only (group, product and creative-work are not gold). Resguardo "
        f"predictions counted: {'/'.join(sorted(WNUT_TYPES))}; Presidio's: PERSON/LOCATION/ORGANIZATION.",
        "- PERSON+LOCATION recall: share of PERSON and LOCATION gold spans found. Presidio's runner reports "
        "recall per type only, so its figure is those recalls weighted by the gold counts.",
        "- docs/s: one process, after loading, the whole corpus: Resguardo through `Scanner.scan_many` "
        "(as `evaluate()` times it), Presidio one `AnalyzerEngine.analyze` per document; both are told each "
        "document's language. Corpus loading and scoring are not timed.",
        "- ¹ Load: for Resguardo, `Scanner()` plus the first `scan()` of a short text (no language given); "
        "for Presidio, building its `AnalyzerEngine` with the Spanish and English spaCy models (its runner "
        "does not time a first analysis). Module imports are excluded for both.",
        "- Peak MB: the runner process's `ru_maxrss` (interpreter, models and the corpus in memory), "
        "one fresh process per system and corpus.",
    ]


def render(results: Results, limit: int | None, started: datetime, wall: float, load_average: float) -> str:
    lines = machine_section(results, started, wall, load_average)
    if limit:
        lines += ["", f"**Partial run: only the first {limit} documents of each corpus (`--limit`).**"]
    for corpus in CORPORA:
        if corpus.key in results:
            lines += ["", *corpus_table(corpus, results[corpus.key])]
        else:
            lines += ["", f"### {corpus.title}", "", "Not run: corpus not found."]
    lines += ["", *targets_section(results), "", *notes_section()]
    return "\n".join(lines)


def write_between_markers(path: Path, block: str) -> None:
    """Replace only the generated part; hand-written text around the markers is kept."""
    section = f"{START}\n{block}\n{END}"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{TITLE}\n\n{section}\n", encoding="utf-8")
        return
    text = path.read_text(encoding="utf-8")
    head, found, rest = text.partition(START)
    if not found:
        path.write_text(text.rstrip("\n") + f"\n\n{section}\n", encoding="utf-8")
        return
    _old, found, tail = rest.partition(END)
    if not found:
        raise SystemExit(f"{path}: {START} without {END}; fix the file by hand")
    path.write_text(head + section + tail, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None, help="only the first N docs (a quick check)")
    parser.add_argument("--write", type=Path, default=None, help="Markdown file to update")
    args = parser.parse_args(argv)

    data_dir: Path = args.data_dir or shared_data_dir()
    with_presidio = PRESIDIO_PYTHON.is_file()
    if not with_presidio:
        print(
            f"SKIPPED Presidio: {PRESIDIO_PYTHON} not found; run `bash bench/setup_presidio.sh`",
            file=sys.stderr,
        )
    started, load_average, clock = datetime.now(UTC), os.getloadavg()[0], time.perf_counter()
    results = run_all(data_dir, args.limit, with_presidio)
    if not results:
        # Skipped, clearly, not failed: `make bench` goes on to the photo benchmark, which needs no corpus.
        print(f"SKIPPED: no corpus found under {data_dir}; set RESGUARDO_SHARED_DATA or --data-dir", file=sys.stderr)
        return 0
    block = render(results, args.limit, started, time.perf_counter() - clock, load_average)
    print(block)
    if args.write:
        write_between_markers(args.write, block)
        print(f"wrote {args.write}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
