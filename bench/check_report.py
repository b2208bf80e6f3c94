"""The check benchmark's block of docs/benchmarks.md, from the children's JSON results."""

from __future__ import annotations

import argparse
import time
from typing import Any

from bench.harness.databases import BACKEND_NAMES

START, END = "<!-- check-bench:start -->", "<!-- check-bench:end -->"


def best_config(run: dict[str, Any]) -> dict[str, Any]:
    """The setting with the lowest p95 in the first think-time phase (ties: the closed loop's p95)."""
    first = next(iter(run["configs"][0]["phases"]))
    return min(run["configs"], key=lambda c: (c["phases"][first]["p95_ms"], c["phases"]["closed loop"]["p95_ms"]))


def command(args: argparse.Namespace) -> str:
    parts = [".venv/bin/python -m bench.check_bench"]
    if args.write:
        parts.append(f"--write {args.write}")
    parts.append(f"--configs {args.configs} --think {args.think} --requests {args.requests}")
    if args.postgres != "auto":
        parts.append(f"--postgres {args.postgres}")
    return " ".join(parts)


def report(runs: list[dict[str, Any]], args: argparse.Namespace, skipped: str) -> str:
    r0 = runs[0]
    g = r0["generated"]
    lines = [
        START,
        "## Check before sending: `POST /api/check`",
        "",
        f"Command: `{command(args)}` (in `make bench`).",
        f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; 2 cores, the server and the 20 clients on "
        "the same machine.",
        "",
        f"Agency: {g['cases']:,} cases, {g['people']:,} people ({r0['roster_people']:,} in the roster with the "
        f"staff), {g['contact_points']:,} contact details; {sum(r0['consents'].values()):,} adults, "
        f"{r0['consents']['active']:,} with an approved WhatsApp consent, {r0['consents']['expired']:,} expired, "
        f"{r0['consents']['none']:,} with none; {r0['contact_rules']} contact rules on the clients' cases. "
        f"Messages: {r0['message_chars']['min']}-{r0['message_chars']['max']} characters (mean "
        f"{r0['message_chars']['mean']}), in the family's language (two Spanish-speaking families for one "
        "English-speaking), naming people of the case with school, phone, address, appointments and some health "
        "details, every text different; 1-2 recipients of the case; from the worker's own WhatsApp agency account, "
        "purpose messaging, bearer token.",
        "",
        "| | " + " | ".join(BACKEND_NAMES[r["backend"]] for r in runs) + " |",
        "|---" * (len(runs) + 1) + "|",
    ]

    def row(label: str, cell: Any) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(r) for r in runs) + " |")

    def ms(part: dict[str, Any]) -> str:
        return f"{part['p50_ms']} / {part['p95_ms']} ms"

    ip = r0["in_process"]
    row(f"one check in-process, one at a time ({ip['n']} messages): p50 / p95", lambda r: ms(r["in_process"]["http"]))
    row(
        "…p50 by message language",
        lambda r: ", ".join(
            f"{lang} {v['p50_ms']} ms ({v['n']})" for lang, v in r["in_process"]["http_by_language"].items()
        ),
    )
    row(
        "…of which run_check / the engine's scan / language detection: p50 / p95",
        lambda r: " · ".join(ms(r["in_process"][k]) for k in ("service", "scan", "language")),
    )
    for i, cfg in enumerate(r0["configs"]):
        lines.append(f"| **gunicorn {cfg['workers']} workers x {cfg['threads']} threads** |" + " |" * len(runs))
        row(
            "cold: first request after start (the worker loads the models) / slowest of each warm-up round "
            "(20 at once)",
            lambda r, i=i: (
                f"{r['configs'][i]['cold_first_s']} s / "
                + " · ".join(f"{s} s" for s in r["configs"][i]["warmup_round_max_s"])
            ),
        )
        for name, ph in cfg["phases"].items():
            label = name if name == "closed loop" else f"{name} after each answer"
            row(
                f"{label}: p50 / **p95** / p99 / max; throughput; errors; cores busy with the server / with other "
                "work on the machine (" + f"{ph['n']:,} requests)",
                lambda r, i=i, n=name: (
                    f"{r['configs'][i]['phases'][n]['p50_ms']} / "
                    f"**{r['configs'][i]['phases'][n]['p95_ms']}** / "
                    f"{r['configs'][i]['phases'][n]['p99_ms']} / "
                    f"{r['configs'][i]['phases'][n]['max_ms']} ms; "
                    f"{r['configs'][i]['phases'][n]['requests_per_s']} req/s; "
                    f"{r['configs'][i]['phases'][n]['failures']} errors; "
                    f"{r['configs'][i]['phases'][n]['server_cores']} / "
                    f"{r['configs'][i]['phases'][n]['other_cores']}"
                ),
            )
        row(
            "server RSS after the run: each worker (master)",
            lambda r, i=i: (
                " / ".join(f"{m} MB" for m in r["configs"][i]["workers_rss_mb"])
                + f" ({r['configs'][i]['master_mb']} MB)"
            ),
        )
    verdicts: dict[str, int] = {}
    for cfg in r0["configs"]:
        for k, v in cfg.get("verdicts", {}).items():
            verdicts[k] = verdicts.get(k, 0) + v
    total = sum(verdicts.values()) or 1
    phases = list(r0["configs"][0]["phases"])
    first = phases[0]
    lines += [
        "",
        f"Target: p95 < 150 ms with 20 concurrent clients. Best setting (lowest p95 at {first}): "
        + "; ".join(
            f"{BACKEND_NAMES[r['backend']]} {best_config(r)['workers']}x{best_config(r)['threads']}, p95 "
            + ", ".join(f"{p} {best_config(r)['phases'][p]['p95_ms']} ms" for p in phases)
            for r in runs
        )
        + ".",
        "",
        "Each setting: the first request once the server answers `/health/`, three warm-up rounds of 20 requests "
        f"at once (not counted), then {args.requests:,} requests from 20 clients (threads, one keep-alive "
        "connection and token each) for each phase in turn: "
        + "; ".join(
            f"**{p}**"
            + (
                " (a random pause in that range after each answer)"
                if p != "closed loop"
                else " (no pause: each client sends its next request as soon as its answer arrives, "
                "so the server is saturated)"
            )
            for p in phases
        )
        + ". Verdicts of the answers: "
        + ", ".join(f"{k} {v / total:.0%}" for k, v in sorted(verdicts.items()))
        + ". `gunicorn resguardo.web.wsgi:application --workers W --threads T` as `resguardo serve` runs it "
        "(without the access log), DEBUG off; every check writes an access-log row. In-process: Django's test "
        "client, one request at a time, 5 messages per client.",
    ]
    if skipped:
        lines += ["", skipped]
    lines.append(END)
    return "\n".join(lines)
