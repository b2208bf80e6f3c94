"""``resguardo demo``: a short tour on a fictional roster and posts shipped with the package."""

from __future__ import annotations

import json
from importlib import resources

from rich.console import Console
from rich.rule import Rule

from ..engine import Lang, Roster, Scanner, ScanRequest
from .messages import t
from .render import render


def run_demo(console: Console, ui: Lang) -> None:
    demo = resources.files("resguardo") / "demo"
    roster = Roster.from_dict(json.loads((demo / "roster.json").read_text(encoding="utf-8")))
    scanner = Scanner(roster)
    console.print(Rule(t("demo_title", ui)))
    rows = [json.loads(line) for line in (demo / "posts.jsonl").read_text(encoding="utf-8").splitlines() if line]
    requests = [
        ScanRequest(r["text"], audience=r.get("audience", "public"), platform=r.get("platform"), ui_lang=ui)
        for r in rows
    ]
    for row, result in zip(rows, scanner.scan_many(requests), strict=True):
        where = f"{row['audience']}" + (f" · {row['platform']}" if row.get("platform") else "")
        console.print(Rule(f"{row['id']} ({where})", style="dim"))
        render(console, result, ui)
