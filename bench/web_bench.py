"""Web application benchmark: a generated agency of 10,000 cases and 60,000 people.

    .venv/bin/python -m bench.web_bench [--write docs/benchmarks.md] [--postgres auto|yes|no]
        [--cases 10000 --people 60000 --import-people 10000 --iterations 15 --think-iterations 12]

Measures, on a fresh database in a temporary folder: the engine roster rebuilt from the database
(cold, uncached), the CSV import of 10,000 people (preview, import, re-import of the same file), and
the case list and case page under 20 concurrent users, each signed in through the login form (with
CSRF) as a different caseworker or supervisor, against the real server (gunicorn, 2 workers x 4
threads) on 127.0.0.1. Runs on SQLite, and on PostgreSQL too when 127.0.0.1:5432 answers (trust auth;
the database resguardo_bench is created and dropped). All names and contacts are fictional (Faker
es_MX and en_US). Each database runs in a child process of its own, since Django reads its settings
once. A quick check: --cases 200 --people 1200 --import-people 120 --iterations 2 --think-iterations 1.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.harness.agency import PASSWORD, caseload_csv, generate
from bench.harness.databases import BACKEND_NAMES, add_options, fresh_database, run_backends
from bench.harness.load import Phase, timed_request
from bench.harness.markdown import publish
from bench.harness.server import gunicorn
from bench.harness.stats import latency_ms, peak_rss_mb, repeat, rss_mb, timed

START, END = "<!-- web-bench:start -->", "<!-- web-bench:end -->"
PG_DB = "resguardo_bench"
USERS = 20  # concurrent users: 16 caseworkers and 4 supervisors
SUPERVISORS = 4
TIME_LIMIT = 240.0  # seconds of load at most, whatever happens


# -- measuring (inside the child, after django.setup()) --------------------------------------------------------


def measure_roster(agency: Any) -> dict[str, Any]:
    """The roster rebuilt cold three times, cached once, its database part alone, and the memory it holds."""
    from resguardo.casework import roster as roster_module

    gc.collect()
    before_mb = rss_mb(os.getpid())[0]
    kept = roster_module.build_roster(agency)
    gc.collect()
    roster_mb = rss_mb(os.getpid())[0] - before_mb
    del kept
    runs, roster = repeat(lambda: roster_module.roster_for(agency), 3, before=roster_module.clear_cache)
    hit, same = timed(lambda: roster_module.roster_for(agency))
    fetch_s, _ = timed(lambda: roster_module.build_roster(agency, index=False))
    return {
        "people": len(roster.people),
        "best_s": round(min(runs), 2),
        "median_s": round(statistics.median(runs), 2),
        "cached_ms": round(hit * 1000, 2),
        "cached_same_object": same is roster,
        "database_s": round(fetch_s, 2),
        "index_s": round(min(runs) - fetch_s, 2),
        "memory_mb": round(roster_mb),
    }


def measure_roster_changes(agency: Any) -> dict[str, Any]:
    """The cached roster brought up to date after one person, then 100 people, are edited (an alias each):
    read from the database again and its index updated for them (best / median of 3 edits each)."""
    from resguardo.casework import roster as roster_module
    from resguardo.casework.models import Person

    roster_module.roster_for(agency)  # cached, as in a running web process
    ids = list(Person.objects.filter(case__agency=agency).order_by("id").values_list("id", flat=True)[:100])
    result: dict[str, Any] = {}
    for n in (1, 100):
        runs = []
        for round_ in range(3):
            people = list(Person.objects.filter(id__in=ids[:n]))
            for person in people:
                person.aliases = f"Bench{round_}x{person.pk}"
            with roster_module.row_bumps_muted(agency):
                Person.objects.bulk_update(people, ["aliases"])
            roster_module.bump(agency)
            seconds, roster = timed(lambda: roster_module.roster_for(agency))
            assert roster.incremental, "the roster was built anew, not updated"
            runs.append(seconds)
        result[f"changed_{n}_best_s"] = round(min(runs), 2)
        result[f"changed_{n}_median_s"] = round(statistics.median(runs), 2)
    return result


def measure_import(agency: Any, import_people: int) -> dict[str, Any]:
    """Preview, import and re-import of a CSV of import_people people, then the roster rebuilt."""
    from resguardo.casework import roster as roster_module
    from resguardo.casework.importer import import_csv
    from resguardo.casework.models import User

    data = caseload_csv(agency.pk, import_people)
    admin = User.objects.get(username="admin")
    preview_s, preview = timed(lambda: import_csv(data, agency, admin, dry_run=True))
    assert preview.ok, (preview.file_error, preview.errors[:3])
    import_s, applied = timed(lambda: import_csv(data, agency, admin, dry_run=False))
    again_s, again = timed(lambda: import_csv(data, agency, admin, dry_run=False))
    assert again.summary.people_unchanged == import_people, again.summary
    roster_module.clear_cache()
    after_s, after = timed(lambda: roster_module.roster_for(agency))
    return {
        "people": import_people,
        "bytes": len(data),
        "rows": applied.summary.rows,
        "cases_created": applied.summary.cases_create,
        "people_created": applied.summary.people_create,
        "preview_s": round(preview_s, 1),
        "import_s": round(import_s, 1),
        "reimport_s": round(again_s, 1),
        "reimport_unchanged": again.summary.people_unchanged,
        "roster_after_s": round(after_s, 2),
        "roster_after_people": len(after.people),
    }


def query_profile(agency_id: int) -> dict[str, Any]:
    """Queries and time per view, in-process (Django test client), for a caseworker and a supervisor."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from resguardo.casework.access import visible_cases
    from resguardo.casework.models import Role, User

    out: dict[str, Any] = {}
    for role in (Role.CASEWORKER, Role.SUPERVISOR):
        user = User.objects.filter(agency_id=agency_id, role=role).order_by("id").first()
        assert user is not None
        client = Client()
        client.force_login(user)
        case = visible_cases(user).order_by("number").first()
        assert case is not None
        for name, url in (("case_list", "/cases/"), ("case_page", f"/cases/{case.pk}/")):
            client.get(url)  # warm
            with CaptureQueriesContext(connection) as queries:
                seconds, response = timed(lambda url=url, client=client: client.get(url, HTTP_HOST="127.0.0.1"))
            assert response.status_code == 200, (url, response.status_code)
            slowest = max(queries.captured_queries, key=lambda q: float(q["time"]))
            out[f"{role}_{name}"] = {
                "queries": len(queries),
                "ms": round(seconds * 1000, 1),
                "slowest_ms": round(float(slowest["time"]) * 1000, 1),
                "slowest_sql": slowest["sql"][:300],
            }
    return out


def login(base: str, username: str) -> Any:
    import requests

    session = requests.Session()
    page = session.get(f"{base}/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the login form"
    response = session.post(
        f"{base}/login/",
        data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token.group(1)},
        headers={"Referer": f"{base}/login/"},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, f"login of {username} failed: {response.status_code}"
    return session


# -- load through gunicorn -----------------------------------------------------------------------------------

Plan = tuple[str, list[int], int]  # username, the open cases they see, pages of their case list


def load_plans(agency_id: int) -> list[Plan]:
    from resguardo.casework.access import visible_cases
    from resguardo.casework.models import Role, User

    users = list(
        User.objects.filter(agency_id=agency_id, role=Role.CASEWORKER).order_by("id")[: USERS - SUPERVISORS]
    ) + list(User.objects.filter(agency_id=agency_id, role=Role.SUPERVISOR).order_by("id")[:SUPERVISORS])
    plans = []
    for user in users:
        visible = list(visible_cases(user).filter(status="open").order_by("number").values_list("id", flat=True))
        plans.append((user.username, visible, max(1, math.ceil(len(visible) / 50))))
    return plans


def load_test(env: dict[str, str], agency_id: int, iterations: int, think_iterations: int) -> dict[str, Any]:
    plans = load_plans(agency_id)
    with gunicorn(env, workers=2, threads=4) as server:
        sessions = [login(server.base, username) for username, _, _ in plans]
        phases: dict[str, Any] = {}
        for phase, rounds, think in (("think", think_iterations, 1.0), ("busy", iterations, 0.0)):
            phases[phase] = run_phase(server.base, plans, sessions, rounds, think)
        memory = {
            "master_mb": round(rss_mb(server.pid)[1]),
            "workers_peak_mb": [round(rss_mb(w)[1]) for w in server.worker_pids()],
        }
    return {
        "users": len(plans),
        "caseworkers": len(plans) - SUPERVISORS,
        "supervisors": SUPERVISORS,
        "memory": memory,
        **phases,
    }


def get_page(session: Any, url: str) -> tuple[float, str]:
    """(seconds, "") for a page that answered, or (seconds, what went wrong)."""
    elapsed, response, error = timed_request(lambda: session.get(url, timeout=30))
    if error:
        return elapsed, f"{url} {error}"
    if response.status_code != 200 or "/login/" in response.url:
        return elapsed, f"{url} {response.status_code}"
    return elapsed, ""


def run_phase(base: str, plans: list[Plan], sessions: list[Any], iterations: int, think: float) -> dict[str, Any]:
    """Every user alternates a case list and a case page, `iterations` times, waiting a random
    0.5-1.5 x `think` seconds after each page (0: no wait, the server saturated)."""
    phase = Phase(len(plans), ("case_list", "case_page"), TIME_LIMIT, start_timeout=120)

    def user_loop(index: int) -> None:
        username, visible, pages = plans[index]
        session = sessions[index]
        rng = random.Random(index)
        for warm in range(2):  # warm-up, not measured
            get_page(session, f"{base}/cases/")
            get_page(session, f"{base}/cases/{visible[warm % len(visible)]}/")
        phase.start_together()
        if think:
            time.sleep(rng.uniform(0, think))  # users do not all click at the same instant
        for _ in range(iterations):
            if phase.expired():
                break
            page = rng.randint(1, pages)
            for name, url in (
                ("case_list", f"{base}/cases/" + (f"?page={page}" if page > 1 else "")),
                ("case_page", f"{base}/cases/{rng.choice(visible)}/"),
            ):
                elapsed, failure = get_page(session, url)
                phase.record(name, elapsed, failure and f"{username} {failure}")
                if think:
                    time.sleep(rng.uniform(0.5, 1.5) * think)

    wall = phase.run(user_loop)
    summary: dict[str, Any] = {
        "think_s": think,
        "iterations": iterations,
        "wall_s": round(wall, 1),
        "failures": len(phase.failures),
        "failure_examples": phase.failures[:5],
    }
    total = 0
    for name, values in phase.latencies.items():
        total += len(values)
        summary[name] = {"n": len(values), **latency_ms(values)}
    summary["requests_per_s"] = round(total / wall, 1) if wall else 0
    return summary


def child(backend: str, out: Path, args: argparse.Namespace) -> None:
    result: dict[str, Any] = {"backend": backend}
    say = lambda what: print(f"  {backend}: {what}", file=sys.stderr, flush=True)  # noqa: E731
    try:
        with fresh_database(backend, PG_DB, "resguardo-web-bench", LOGIN_MAX_FAILURES="1000") as env:
            from resguardo.casework.models import Agency

            say("generating the agency")
            seconds, made = timed(lambda: generate(args.cases, args.people))
            result["generated"] = {**made, "seconds": round(seconds, 1)}
            agency = Agency.objects.get(pk=made["agency_id"])
            say("roster")
            result["roster"] = measure_roster(agency)
            result["roster"].update(measure_roster_changes(agency))
            say("CSV import")
            result["import"] = measure_import(agency, args.import_people)
            say("queries per page")
            result["queries"] = query_profile(agency.pk)
            say("load test (gunicorn)")
            result["load"] = load_test(env, agency.pk, args.iterations, args.think_iterations)
            result["bench_process_peak_mb"] = round(peak_rss_mb())
    finally:
        out.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")


# -- report --------------------------------------------------------------------------------------------------


def report(runs: list[dict[str, Any]], args: argparse.Namespace, skipped: str) -> str:
    head = "| | " + " | ".join(BACKEND_NAMES[r["backend"]] for r in runs) + " | target |"
    lines = [
        START,
        "## Web application",
        "",
        "Command: `make bench` (runs `.venv/bin/python -m bench.web_bench --write docs/benchmarks.md`).",
        f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; 2 cores, server and load generator on the "
        "same machine.",
        "",
        head,
        "|---" * (len(runs) + 2) + "|",
    ]

    def row(label: str, cell: Callable[[dict[str, Any]], str], target: str) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(r) for r in runs) + f" | {target} |")

    g = runs[0]["generated"]
    row(
        f"generate the agency ({g['cases']:,} cases, {g['people']:,} people, {g['contact_points']:,} contact "
        f"details, {g['staff']} staff)",
        lambda r: f"{r['generated']['seconds']} s",
        "–",
    )
    row(
        f"roster rebuild, cold ({runs[0]['roster']['people']:,} people incl. staff; best / median of 3)",
        lambda r: f"**{r['roster']['best_s']} s** / {r['roster']['median_s']} s",
        "< 2 s",
    )
    row(
        "…of which reading the database into the engine's RosterPerson objects",
        lambda r: f"{r['roster']['database_s']} s",
        "–",
    )
    row("…of which the engine building its search index (the rest)", lambda r: f"{r['roster']['index_s']} s", "–")
    row("memory one built roster holds (RSS growth)", lambda r: f"{r['roster']['memory_mb']} MB", "–")
    row("roster, cached (one query for the generation)", lambda r: f"{r['roster']['cached_ms']} ms", "–")
    for n, who in ((1, "one person"), (100, "100 people")):
        row(
            f"roster brought up to date after {who} changed (read again, index updated; best / median of 3)",
            lambda r, n=n: f"**{r['roster'][f'changed_{n}_best_s']} s** / {r['roster'][f'changed_{n}_median_s']} s",
            "< 2 s",
        )
    i = runs[0]["import"]
    row(
        f"CSV preview of {i['people']:,} people ({i['bytes'] / 1e6:.1f} MB, all columns)",
        lambda r: f"{r['import']['preview_s']} s",
        "–",
    )
    row(
        f"CSV import of {i['people']:,} people ({i['cases_created']:,} new cases)",
        lambda r: f"**{r['import']['import_s']} s**",
        "< 60 s",
    )
    row("re-import of the same file (nothing changes)", lambda r: f"{r['import']['reimport_s']} s", "–")
    row(
        f"roster rebuild after the import ({runs[0]['import']['roster_after_people']:,} people)",
        lambda r: f"{r['import']['roster_after_s']} s",
        "< 2 s",
    )
    for phase, how in (("think", "20 users, ~1 s between pages"), ("busy", "20 users, no pause (saturated)")):
        for name, label in (("case_list", "case list"), ("case_page", "case page")):
            row(
                f"{label}, {how}: p50 / **p95** / max ({runs[0]['load'][phase][name]['n']} requests)",
                lambda r, n=name, p=phase: (
                    f"{r['load'][p][n]['p50_ms']} / **{r['load'][p][n]['p95_ms']}** / {r['load'][p][n]['max_ms']} ms"
                ),
                "p95 < 150 ms",
            )
        row(
            f"throughput and failed requests, {how}",
            lambda r, p=phase: f"{r['load'][p]['requests_per_s']} req/s, {r['load'][p]['failures']} failed",
            "0 failed",
        )
    row(
        "peak memory: each gunicorn worker",
        lambda r: " / ".join(f"{m} MB" for m in r["load"]["memory"]["workers_peak_mb"]) or "–",
        "–",
    )
    row("peak memory: generator and import process", lambda r: f"{r['bench_process_peak_mb']} MB", "–")
    q = runs[0]["queries"]
    lines += [
        "",
        f"Load: {runs[0]['load']['users']} users at once ({runs[0]['load']['caseworkers']} caseworkers with about "
        f"25 cases each, {runs[0]['load']['supervisors']} supervisors with about 1,000 each), each signed in through "
        "the login form (CSRF), each alternating a case list (a random page of their open cases) and a random case "
        "page of theirs after two warm-up rounds: first with a pause of 0.5-1.5 s after each page "
        f"({args.think_iterations} rounds each), then with no pause at all ({args.iterations} rounds each), which "
        "measures the server saturated by 20 clients that run on the same 2 cores. `gunicorn resguardo.web.wsgi "
        "-w 2 --threads 4`, DEBUG off. The pages are the real ones: the session is saved on each request and "
        "every case page writes an access-log entry.",
        "",
        "Queries per page (in-process, first database): "
        + ", ".join(f"{k.replace('_', ' ')} {v['queries']} ({v['ms']} ms)" for k, v in q.items())
        + ".",
    ]
    if skipped:
        lines += ["", skipped]
    lines.append(END)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", type=Path, help="update the web-bench block of this Markdown file")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=60_000)
    parser.add_argument("--import-people", type=int, default=10_000)
    parser.add_argument(
        "--iterations",
        type=int,
        default=15,
        help="rounds per user without think time (each: a case list and a case page)",
    )
    parser.add_argument(
        "--think-iterations", type=int, default=12, help="rounds per user with about 1 s of think time after each page"
    )
    add_options(parser)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.out, args)
        return
    runs, skipped = run_backends(
        "bench.web_bench",
        "web bench",
        args.postgres,
        [
            "--cases",
            str(args.cases),
            "--people",
            str(args.people),
            "--import-people",
            str(args.import_people),
            "--iterations",
            str(args.iterations),
            "--think-iterations",
            str(args.think_iterations),
        ],
    )
    block = report(runs, args, skipped)
    publish(block, args.write, START, END)


if __name__ == "__main__":
    main()
