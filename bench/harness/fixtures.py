"""The project's own test roster and posts (Spanish and English: names, schools, phones, case and health
details), the input of the command-line benchmarks."""

from __future__ import annotations

import json

from bench.harness import ROOT

ROSTER = ROOT / "tests" / "fixtures" / "roster.json"
POSTS = (ROOT / "tests" / "fixtures" / "posts.jsonl", ROOT / "src" / "resguardo" / "demo" / "posts.jsonl")


def fixture_posts() -> list[str]:
    """The text of every fixture and demo post, in file order."""
    return [
        json.loads(line)["text"] for path in POSTS for line in path.read_text(encoding="utf-8").splitlines() if line
    ]
