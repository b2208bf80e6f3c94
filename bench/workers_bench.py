"""``resguardo scan --jsonl --workers N``: how a large batch scales from one process to two.

    .venv/bin/python -m bench.workers_bench [--lines 4000] [--write docs/benchmarks.md]

The input is the project's fixture and demo posts (Spanish and English, names, schools, phones, case and
health details), repeated with a counter to ``--lines`` JSON lines. Each run is the real command in a fresh
process (``python -m resguardo.cli.app scan --jsonl FILE --roster tests/fixtures/roster.json --workers N``);
the outputs of every run must be identical (same lines, same order), or the benchmark fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench.harness.fixtures import ROSTER, fixture_posts
from bench.harness.markdown import publish
from bench.harness.stats import timed

START, END = "<!-- workers-bench:start -->", "<!-- workers-bench:end -->"
COMMAND = "python -m resguardo.cli.app scan --jsonl FILE --roster tests/fixtures/roster.json --workers N"


def write_input(path: Path, lines: int) -> None:
    posts = fixture_posts()
    with path.open("w", encoding="utf-8") as out:
        for i in range(lines):
            out.write(json.dumps({"id": i, "text": f"{posts[i % len(posts)]} ({i // len(posts) + 1})"}) + "\n")


def run(path: Path, workers: int) -> tuple[float, str]:
    command = [sys.executable, "-m", "resguardo.cli.app", "scan", "--jsonl", str(path), "--roster", str(ROSTER)]
    command += ["--workers", str(workers)]
    seconds, done = timed(
        lambda: subprocess.run(command, capture_output=True, check=True, env={**os.environ, "LANG": "en_US.UTF-8"})
    )
    return seconds, hashlib.sha256(done.stdout).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=4000)
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posts.jsonl"
        write_input(path, args.lines)
        rows = []
        digests = set()
        for workers in (1, 2):
            seconds, digest = run(path, workers)
            digests.add(digest)
            rows.append((workers, seconds))
            print(f"workers={workers}: {seconds:.1f} s, {args.lines / seconds:.0f} lines/s", flush=True)
    if len(digests) != 1:
        print("the outputs differ between runs", file=sys.stderr)
        return 1
    base = rows[0][1]
    table = ["| Workers | Total (s) | Lines/s | Speed-up |", "|---:|---:|---:|---:|"]
    table += [f"| {w} | {s:.1f} | {args.lines / s:.0f} | {base / s:.2f}× |" for w, s in rows]
    load = os.getloadavg()[0]
    block = "\n".join(
        [
            START,
            "## `resguardo scan --jsonl --workers N`: one process to two",
            "",
            f"Measured {datetime.now(UTC):%Y-%m-%d} on {platform.machine()} ({os.cpu_count()} CPUs, shared; "
            f"1-minute load {load:.2f} at the start), Python {platform.python_version()}, by "
            f"`python -m bench.workers_bench --lines {args.lines}`: the fixture and demo posts repeated to "
            f"{args.lines:,} JSON lines; `{COMMAND}`, one fresh process per run, model loading included (each worker "
            "loads its own models). Every run's output was byte-identical (same lines, same order).",
            "",
            *table,
            END,
        ]
    )
    publish(block, args.write, START, END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
