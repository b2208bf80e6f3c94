"""Check-before-sending API benchmark: `POST /api/check` with 500-character messages, a 5,000-person roster
and 20 concurrent clients, through the real server (gunicorn) on 127.0.0.1.

    .venv/bin/python -m bench.check_bench [--write docs/benchmarks.md] [--postgres auto|yes|no]
        [--configs 2x4,2x1] [--think 0.2-0.5,1-2] [--requests 1000] [--cases 834 --people 5004]

On a fresh database in a temporary folder: an agency of ~830 cases and 5,000 people (bench/harness/agency.py's
generate(): Faker es_MX and en_US, fictional), the platform catalog with the default approvals, and 20
caseworkers, each with an agency WhatsApp account, an API token and their own cases; approved WhatsApp
consents for most adults (some expired, some missing) and a few contact rules. Each client sends messages of
about 500 characters in its family's language, naming people of one of its cases with school, phone,
address, appointments and sometimes health details, each text different, to 1-2 people of that case.

For each gunicorn setting (workers x threads): the first request after start (a worker loads the models),
three warm-up rounds, then N requests for each think time (a random pause in that range after each answer),
then N requests closed loop (no pause: the server saturated by 20 clients on the same 2 cores), with the
cores the server and everything else on the machine kept busy meanwhile. Plus the cost of one check
in-process, one at a time, split into its parts. SQLite, and PostgreSQL too when 127.0.0.1:5432 answers
(trust auth; the database resguardo_check_bench is created and dropped). Each database runs in a child
process of its own, since Django reads its settings once. The data is built in bench/check_data.py, the
report in bench/check_report.py. A quick check: --cases 500 --people 3000 --configs 1x2 --think 0.1-0.2
--requests 40.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

from bench.check_data import bodies, prepare
from bench.check_report import END, START, report
from bench.harness.databases import add_options, fresh_database, run_backends
from bench.harness.load import Phase, concurrently, timed_request
from bench.harness.markdown import publish
from bench.harness.server import Server, gunicorn
from bench.harness.stats import busy_cores, cpu_sample, latency_ms, rss_mb, timed

PG_DB = "resguardo_check_bench"
TIME_LIMIT = 300.0  # seconds per phase at most, whatever happens
WARM_UP_ROUNDS = 3


# -- in-process cost of one check ----------------------------------------------------------------------------


def in_process(data: dict[str, Any], per_client: int = 5) -> dict[str, Any]:
    """One check at a time through Django's test client (every client's token and cases in turn), and its
    parts timed directly: run_check, the engine's scan, the language detection; split by message language."""
    from django.test import Client

    from resguardo.casework.models import Agency, AgencyAccount, Person, User
    from resguardo.checks import language
    from resguardo.checks.engines import scanner_for
    from resguardo.checks.service import CheckRequest, run_check

    agency = Agency.objects.get(pk=data["agency_id"])
    http = Client()
    sample = []
    for i, c in enumerate(data["clients"]):
        user = User.objects.get(username=c["username"])
        account = AgencyAccount.objects.select_related("platform").get(pk=c["account_id"])
        auth = {"HTTP_AUTHORIZATION": f"Bearer {c['key']}", "HTTP_HOST": "127.0.0.1"}
        sample += [(user, account, auth, body) for body in bodies(c, per_client, seed=500 + i)]
    cold_s, response = timed(
        lambda: http.post("/api/check", sample[0][3], content_type="application/json", **sample[0][2])
    )
    assert response.status_code == 200, response.content[:300]
    scanner = scanner_for(agency)
    parts: dict[str, list[float]] = {"http": [], "service": [], "scan": [], "language": []}
    by_lang: dict[str, list[float]] = {}
    for user, account, auth, body in sample:
        seconds, response = timed(
            lambda body=body, auth=auth: http.post("/api/check", body, content_type="application/json", **auth)
        )
        assert response.status_code == 200, response.content[:300]
        parts["http"].append(seconds)
        by_lang.setdefault(response.json()["message_language"] or "?", []).append(seconds)
        recipients = list(Person.objects.filter(pk__in=body["recipient_ids"]))
        request = CheckRequest(
            agency=agency,
            user=user,
            text=body["text"],
            case=recipients[0].case,
            recipients=recipients,
            account=account,
            purpose="messaging",
            ui_lang=user.preferred_language or "es",
        )
        parts["service"].append(timed(lambda request=request: run_check(request))[0])
        parts["scan"].append(
            timed(lambda body=body: scanner.scan(body["text"], audience="private", platform="whatsapp"))[0]
        )
        parts["language"].append(timed(lambda body=body: language.detect_language(body["text"]))[0])
    out: dict[str, Any] = {"n": len(sample), "cold_s": round(cold_s, 2)}
    for name, values in parts.items():
        out[name] = latency_ms(values, maximum=False, mean=True)
    out["http_by_language"] = {
        lang: {"n": len(v), **latency_ms(v, (50,), maximum=False)} for lang, v in sorted(by_lang.items())
    }
    return out


# -- load through gunicorn -----------------------------------------------------------------------------------


def parse_thinks(spec: str) -> list[tuple[float, float]]:
    """'0.2-0.5,1-2' -> [(0.2, 0.5), (1.0, 2.0)]"""
    out = []
    for part in spec.split(","):
        low, _, high = part.strip().partition("-")
        out.append((float(low), float(high or low)))
    return out


def phase_name(think: tuple[float, float] | None) -> str:
    return f"think {think[0]:g}-{think[1]:g} s" if think else "closed loop"


class CheckClients:
    """The clients' keep-alive sessions (one bearer token each) and the verdicts of their answers."""

    def __init__(self, base: str, clients: list[dict[str, Any]]) -> None:
        import requests

        self.base = base
        self.sessions = []
        for c in clients:
            session = requests.Session()
            session.headers["Authorization"] = f"Bearer {c['key']}"
            self.sessions.append(session)
        self.verdicts: dict[str, int] = {}
        self._lock = threading.Lock()

    def post(self, index: int, body: dict[str, Any]) -> tuple[float, str]:
        """(seconds, "") for an answered check, or (seconds, what went wrong)."""
        session = self.sessions[index]
        elapsed, response, error = timed_request(lambda: session.post(f"{self.base}/api/check", json=body, timeout=120))
        if error:
            return elapsed, error
        if response.status_code != 200:
            return elapsed, f"HTTP {response.status_code}: {response.text[:120]}"
        verdict = response.json().get("verdict", "?")
        with self._lock:
            self.verdicts[verdict] = self.verdicts.get(verdict, 0) + 1
        return elapsed, ""


def warm_up(clients: CheckClients, plans: list[list[dict[str, Any]]]) -> list[float]:
    """Every client at once, a few times (the first round includes the other workers loading); the slowest
    answer of each round."""
    rounds = []
    for r in range(WARM_UP_ROUNDS):
        out: list[float] = [0.0] * len(plans)

        def warm(i: int, r: int = r, out: list[float] = out) -> None:
            out[i], failure = clients.post(i, plans[i][1 + r])
            assert not failure, failure

        concurrently(len(plans), warm)
        rounds.append(round(max(out), 2))
    return rounds


def core_shares(cpu: tuple[os.times_result, os.times_result], machine: tuple[Any, Any]) -> dict[str, float]:
    """Cores busy on average during a phase: the server, these clients, everything else on the machine."""
    cpu_before, cpu_after = cpu
    client_cpu = (cpu_after.user - cpu_before.user) + (cpu_after.system - cpu_before.system)
    busy, total, server_ticks = (y - x for x, y in zip(*machine, strict=True))
    per_core = max(1, total) / (os.cpu_count() or 1)  # ticks of one core over the phase
    hz = os.sysconf("SC_CLK_TCK")
    return {
        "client_cpu_s": round(client_cpu, 1),
        "server_cores": round(server_ticks / per_core, 2),
        "client_cores": round(client_cpu * hz / per_core, 2),
        "other_cores": round(max(0.0, busy - server_ticks - client_cpu * hz) / per_core, 2),
    }


def run_phase(
    server: Server,
    clients: CheckClients,
    bodies_of: list[list[dict[str, Any]]],
    think: tuple[float, float] | None,
    n_requests: int,
) -> dict[str, Any]:
    """n_requests checks from all clients, each pausing a random time in ``think`` after each answer (None:
    no pause, the closed loop)."""
    phase = Phase(len(bodies_of), ("check",), TIME_LIMIT, budget=n_requests)

    def loop(index: int) -> None:
        rng = random.Random(index)
        phase.start_together()
        if think:
            time.sleep(rng.uniform(0, think[1]))  # clients do not all start at the same instant
        for body in bodies_of[index]:
            if not phase.claim():
                return
            elapsed, failure = clients.post(index, body)
            phase.record("check", elapsed, failure)
            if think:
                time.sleep(rng.uniform(*think))

    server_pids = [server.pid, *server.worker_pids()]
    cpu_before, machine_before = os.times(), cpu_sample(server_pids)
    wall = phase.run(loop)
    cpu_after, machine_after = os.times(), cpu_sample(server_pids)
    latencies = phase.latencies["check"]
    return {
        "n": len(latencies),
        "failures": len(phase.failures),
        "failure_examples": phase.failures[:3],
        **latency_ms(latencies, (50, 95, 99), mean=True),
        "wall_s": round(wall, 1),
        "requests_per_s": round(len(latencies) / wall, 1) if wall else 0,
        **core_shares((cpu_before, cpu_after), (machine_before, machine_after)),
    }


def run_config(
    env: dict[str, str],
    data: dict[str, Any],
    workers: int,
    threads: int,
    n_requests: int,
    thinks: list[tuple[float, float]],
) -> dict[str, Any]:
    """One gunicorn setting: the first request, the warm-up rounds, then each think time and the closed loop."""
    busy_before = busy_cores()
    per_client = max(1, -(-n_requests // len(data["clients"])))
    first = 1 + WARM_UP_ROUNDS  # each plan: the cold request, the warm-up rounds, then the phases
    plans = [
        bodies(c, (len(thinks) + 1) * per_client + first, seed=1000 * workers + 10 * threads + i)
        for i, c in enumerate(data["clients"])
    ]
    with gunicorn(env, workers, threads, log_name=f"gunicorn-{workers}x{threads}.log") as server:
        clients = CheckClients(server.base, data["clients"])
        result: dict[str, Any] = {"workers": workers, "threads": threads, "busy_before": busy_before}
        first_s, failure = clients.post(0, plans[0][0])
        assert not failure, failure
        result["cold_first_s"] = round(first_s, 2)
        result["warmup_round_max_s"] = warm_up(clients, plans)
        clients.verdicts.clear()
        result["phases"] = {}
        for k, think in enumerate([*thinks, None]):
            bodies_of = [p[first + k * per_client : first + (k + 1) * per_client] for p in plans]
            result["phases"][phase_name(think)] = run_phase(server, clients, bodies_of, think, n_requests)
        result["verdicts"] = dict(clients.verdicts)
        pids = server.worker_pids()
        result["workers_rss_mb"] = [round(rss_mb(w)[0]) for w in pids]
        result["workers_peak_mb"] = [round(rss_mb(w)[1]) for w in pids]
        result["master_mb"] = round(rss_mb(server.pid)[0])
    return result


def describe(data: dict[str, Any]) -> dict[str, Any]:
    """What the report says about the agency and the messages."""
    from resguardo.casework.models import Agency
    from resguardo.casework.roster import roster_for

    out: dict[str, Any] = {"client_cases": sum(len(c["cases"]) for c in data["clients"])}
    out["roster_people"] = len(roster_for(Agency.objects.get(pk=data["agency_id"])).people)
    sample = bodies(data["clients"][0], 200, seed=7)
    lengths = [len(b["text"]) for b in sample]
    out["message_chars"] = {"min": min(lengths), "mean": round(statistics.mean(lengths)), "max": max(lengths)}
    out["message_example"] = sample[0]["text"]
    return out


def child(backend: str, out: Path, args: argparse.Namespace) -> None:
    result: dict[str, Any] = {"backend": backend}
    say = lambda what: print(f"  {backend}: {what}", file=sys.stderr, flush=True)  # noqa: E731
    try:
        with fresh_database(backend, PG_DB, "resguardo-check-bench") as env:
            say("generating the agency")
            seconds, data = timed(lambda: prepare(args.cases, args.people))
            result.update({k: v for k, v in data.items() if k not in ("clients", "agency_id")})
            result["generated"]["seconds"] = round(seconds, 1)
            result.update(describe(data))
            say("one check at a time, in-process")
            result["in_process"] = in_process(data)
            from django.db import connections

            connections.close_all()  # the server's workers have the database to themselves
            result["configs"] = []
            for config in args.configs.split(","):
                workers, threads = (int(x) for x in config.lower().split("x"))
                say(f"gunicorn {workers} workers x {threads} threads")
                thinks = parse_thinks(args.think)
                result["configs"].append(run_config(env, data, workers, threads, args.requests, thinks))
                print(json.dumps(result["configs"][-1]), file=sys.stderr, flush=True)
    finally:
        out.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", type=Path, help="update the check-bench block of this Markdown file")
    parser.add_argument(
        "--configs",
        default="2x4,2x1",
        help="gunicorn settings to measure, WORKERSxTHREADS, comma-separated (default: %(default)s)",
    )
    parser.add_argument(
        "--think",
        default="0.2-0.5,1-2",
        help="think times in seconds, LOW-HIGH, comma-separated; a closed-loop phase follows (default: %(default)s)",
    )
    parser.add_argument("--requests", type=int, default=1000, help="measured requests per phase (default: 1000)")
    parser.add_argument("--cases", type=int, default=834)
    parser.add_argument("--people", type=int, default=5004)
    add_options(parser)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.out, args)
        return
    runs, skipped = run_backends(
        "bench.check_bench",
        "check bench",
        args.postgres,
        [
            "--configs",
            args.configs,
            "--think",
            args.think,
            "--requests",
            str(args.requests),
            "--cases",
            str(args.cases),
            "--people",
            str(args.people),
        ],
    )
    block = report(runs, args, skipped)
    publish(block, args.write, START, END)


if __name__ == "__main__":
    main()
