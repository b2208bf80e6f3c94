"""Check-before-sending API benchmark: `POST /api/check` with 500-character messages, a 5,000-person roster
and 20 concurrent clients, through the real server (gunicorn) on 127.0.0.1.

    .venv/bin/python bench/check_bench.py [--write docs/benchmarks.md] [--postgres auto|yes|no]
        [--configs 2x4,2x1] [--think 0.2-0.5,1-2] [--requests 1000]

On a fresh database in a temporary folder: an agency of ~830 cases and 5,000 people (bench/web_bench.py's
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
process of its own, since Django reads its settings once.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from markdown_block import replace_block
from web_bench import (  # bench/ is not a package: imported by path
    PG_SERVER,
    children_of,
    free_port,
    generate,
    percentile,
    rss_mb,
    run_backends,
    setup_django,
    timed,
)

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- check-bench:start -->", "<!-- check-bench:end -->"
PG_DB = "resguardo_check_bench"
CLIENTS = 20
TIME_LIMIT = 300.0  # seconds per phase at most, whatever happens


# -- data (inside the child, after django.setup()) -----------------------------------------------------------


def prepare(n_cases: int, n_people: int) -> dict[str, Any]:
    """The agency, accounts, tokens, consents and contact rules; returns what the clients need."""
    from django.utils import timezone

    from resguardo.casework.catalog import approve_defaults, seed_platforms
    from resguardo.casework.models import (
        AgencyAccount,
        ApiToken,
        Consent,
        ContactPoint,
        ContactRule,
        Person,
        Platform,
        Role,
        User,
    )

    made = generate(n_cases, n_people, seed=6)
    agency_id = made["agency_id"]
    seed_platforms()
    admin = User.objects.get(username="admin")
    approve_defaults(admin.agency, admin)
    whatsapp = Platform.objects.get(slug="whatsapp")
    rng = random.Random(6)
    now = timezone.now()
    today = timezone.localdate()

    consents: list[Consent] = []
    consent_kinds = {"active": 0, "expired": 0, "none": 0}
    for pk, first, last in (
        Person.objects.filter(case__agency_id=agency_id)
        .exclude(role="child")
        .order_by("id")
        .values_list("id", "first_name", "last_name")
    ):
        roll = rng.random()
        if roll < 0.05:
            consent_kinds["none"] += 1
            continue
        expired = roll < 0.10
        consent_kinds["expired" if expired else "active"] += 1
        consents.append(
            Consent(
                person_id=pk,
                platform=whatsapp,
                purpose="messaging",
                given_by_name=f"{first} {last}",
                given_on=today - dt.timedelta(days=rng.randint(30, 700)),
                expires_on=today - dt.timedelta(days=rng.randint(1, 20)) if expired else None,
                approved_by=admin,
                approved_at=now,
                recorded_by=admin,
            )
        )
    Consent.objects.bulk_create(consents, batch_size=2000)

    # Caseworkers spread over the units: two per unit, twenty clients.
    by_unit: dict[int, list[User]] = {}
    for user in User.objects.filter(agency_id=agency_id, role=Role.CASEWORKER).order_by("unit_id", "id"):
        by_unit.setdefault(user.unit_id, []).append(user)
    chosen = [u for users in by_unit.values() for u in users[:2]]
    chosen += [u for users in by_unit.values() for u in users[2:]]
    chosen = chosen[:CLIENTS]
    assert len(chosen) == CLIENTS, f"only {len(chosen)} caseworkers"

    rules = 0
    clients = []
    for i, user in enumerate(chosen):
        account = AgencyAccount.objects.create(
            agency_id=agency_id,
            platform=whatsapp,
            owner=user,
            identifier=f"(213) 555-{1000 + i:04}",
            registered_by=admin,
        )
        _, key = ApiToken.issue(user, "check benchmark")
        cases = []
        for case in user.assigned_cases.filter(status="open").order_by("number"):
            people = list(case.people.order_by("id"))
            contacts: dict[int, dict[str, list[str]]] = {}
            for cp in ContactPoint.objects.filter(person__case=case).order_by("id"):
                contacts.setdefault(cp.person_id, {}).setdefault(cp.kind, []).append(cp.value)
            children = [p for p in people if p.is_child]
            adults = [p for p in people if not p.is_child]
            if children and len(adults) > 1 and rng.random() < 0.15:
                ContactRule.objects.create(
                    child=children[0],
                    other_person=adults[-1],
                    rule=rng.choice(["not_allowed", "supervised"]),
                    channel="all",
                    valid_from=today - dt.timedelta(days=90),
                    reason="Plan del caso",
                    created_by=user,
                )
                rules += 1
            cases.append(
                {
                    "id": case.pk,
                    "lang": people[0].preferred_language if people else "es",
                    "people": [
                        {
                            "id": p.pk,
                            "first": p.first_name,
                            "last": p.last_name,
                            "child": p.is_child,
                            "age": p.age_on(today),
                            **contacts.get(p.pk, {}),
                        }
                        for p in people
                    ],
                }
            )
        clients.append({"username": user.username, "key": key, "account_id": account.pk, "cases": cases})
    return {
        "generated": {k: v for k, v in made.items() if k != "agency_id"},
        "agency_id": agency_id,
        "consents": consent_kinds,
        "contact_rules": rules,
        "clients": clients,
    }


# -- messages ------------------------------------------------------------------------------------------------

SENTENCES = {
    "es": [
        "Hola {to}, le escribo para confirmar la visita del {day} a las {hour} con {child}.",
        "{child} está muy contento en la {school} y la maestra dice que va mejorando en lectura.",
        "Recuerde que la audiencia de {child_full} es el {day}; llegue quince minutos antes, por favor.",
        "Si necesita transporte, llámeme al {phone} y lo organizamos con tiempo.",
        "La visita será en {address}, como la vez pasada; traiga la tarjeta de vacunación de {child}.",
        "{child} tiene cita con la terapeuta el {day}; la psicóloga pidió que usted también asista.",
        "Ya llegó el medicamento para el asma de {child}; se lo entregamos en la próxima visita.",
        "Le mando el horario de la semana: escuela por la mañana y tareas por la tarde.",
        "Gracias por mandar las fotos de la tarea; {child} trabajó muy bien esta semana.",
        "La abuela {other} también puede venir el {day} si usted está de acuerdo.",
        "Por favor avíseme si cambió su número; el que tengo es el {phone}.",
        "Mañana paso por los documentos firmados para el juzgado; no se preocupe si falta alguno.",
        "El plan de la semana incluye una llamada con {child} el {day} después de clases.",
        "Saludos a {other}; nos vemos pronto y cualquier duda me escribe por aquí.",
    ],
    "en": [
        "Hi {to}, I am writing to confirm the visit on {day} at {hour} with {child}.",
        "{child} is doing well at {school} and the teacher says reading is getting better.",
        "Remember that {child_full}'s hearing is on {day}; please arrive fifteen minutes early.",
        "If you need a ride, call me at {phone} and we will set it up in time.",
        "The visit will be at {address} like last time; please bring {child}'s vaccination card.",
        "{child} has a therapy appointment on {day}; the psychologist asked you to come too.",
        "The asthma medication for {child} arrived; we will bring it to the next visit.",
        "Here is the plan for the week: school in the morning and homework in the afternoon.",
        "Thanks for sending the homework photos; {child} worked really hard this week.",
        "Grandma {other} can also come on {day} if that works for you.",
        "Please tell me if your number changed; the one I have is {phone}.",
        "I will pick up the signed papers for the court tomorrow; do not worry if one is missing.",
        "This week's plan includes a call with {child} on {day} after school.",
        "Say hi to {other}; see you soon, and message me here with any question.",
    ],
}
DAYS = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
}


def message(case: dict[str, Any], rng: random.Random, length: int = 500) -> tuple[str, list[int]]:
    """A ~500-character message about this case, and 1-2 recipients (adults, or a teenager)."""
    lang = "en" if case["lang"] == "en" else "es"
    people = case["people"]
    children = [p for p in people if p["child"]] or people
    adults = [p for p in people if not p["child"]] or people
    teens = [p for p in children if p["child"] and (p["age"] or 0) >= 13]
    pool = adults + teens
    recipients = rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2])))
    child = rng.choice(children)
    other = rng.choice(people)
    values = {
        "to": recipients[0]["first"],
        "child": child["first"],
        "child_full": f"{child['first']} {child['last']}",
        "other": other["first"],
        "school": (child.get("school") or ["la escuela"])[0],
        "phone": next((p["phone"][0] for p in adults if p.get("phone")), "(213) 555-0100"),
        "address": next((p["address"][0] for p in adults if p.get("address")), "la oficina"),
    }
    sentences = SENTENCES[lang]
    parts = [sentences[0], *rng.sample(sentences[1:], k=len(sentences) - 1)]
    text = ""
    for part in parts:
        values["day"] = rng.choice(DAYS[lang])
        values["hour"] = f"{rng.randint(9, 17)}:{rng.choice(['00', '30'])}"
        sentence = part.format(**values)
        if len(text) + len(sentence) + 1 > length + 30:
            continue
        text = f"{text} {sentence}".strip()
        if len(text) >= length - 30:
            break
    return text, [p["id"] for p in recipients]


def bodies(client: dict[str, Any], count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        case = rng.choice(client["cases"])
        text, recipients = message(case, rng)
        out.append(
            {
                "text": text,
                "case_id": case["id"],
                "recipient_ids": recipients,
                "account_id": client["account_id"],
                "purpose": "messaging",
            }
        )
    return out


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
        out[name] = {
            "p50_ms": round(percentile(values, 50) * 1000, 1),
            "p95_ms": round(percentile(values, 95) * 1000, 1),
            "mean_ms": round(statistics.mean(values) * 1000, 1),
        }
    out["http_by_language"] = {
        lang: {"n": len(v), "p50_ms": round(percentile(v, 50) * 1000, 1)} for lang, v in sorted(by_lang.items())
    }
    return out


# -- load through gunicorn -----------------------------------------------------------------------------------


def busy_cores(seconds: float = 3.0) -> float:
    """How many cores the machine keeps busy (all processes, from /proc/stat) over a few seconds."""

    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
        idle = fields[3] + fields[4]  # idle + iowait
        return sum(fields) - idle, sum(fields)

    busy0, total0 = sample()
    time.sleep(seconds)
    busy1, total1 = sample()
    return round((os.cpu_count() or 1) * (busy1 - busy0) / max(1, total1 - total0), 2)


def cpu_sample(pids: list[int]) -> tuple[int, int, int]:
    """(machine busy ticks, machine total ticks over all cores, ticks used by these processes), from /proc."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    own = 0
    for pid in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            own += int(stat[11]) + int(stat[12])  # utime, stime
    return sum(fields) - fields[3] - fields[4], sum(fields), own


def parse_thinks(spec: str) -> list[tuple[float, float]]:
    """'0.2-0.5,1-2' -> [(0.2, 0.5), (1.0, 2.0)]"""
    out = []
    for part in spec.split(","):
        low, _, high = part.strip().partition("-")
        out.append((float(low), float(high or low)))
    return out


def phase_name(think: tuple[float, float] | None) -> str:
    return f"think {think[0]:g}-{think[1]:g} s" if think else "closed loop"


def run_config(
    env: dict[str, str],
    data: dict[str, Any],
    workers: int,
    threads: int,
    n_requests: int,
    thinks: list[tuple[float, float]],
) -> dict[str, Any]:
    import requests

    busy_before = busy_cores()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server_log = Path(env["RESGUARDO_DATA_DIR"]) / f"gunicorn-{workers}x{threads}.log"
    # As `resguardo serve` runs it (src/resguardo/cli/web.py), without the access log.
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "resguardo.web.wsgi:application",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--bind",
            f"127.0.0.1:{port}",
            "--keep-alive",
            "75",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=env["RESGUARDO_DATA_DIR"],
        stdout=subprocess.DEVNULL,
        stderr=server_log.open("wb"),
    )
    clients = data["clients"]
    sessions = []
    for c in clients:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {c['key']}"
        sessions.append(session)
    per_client = max(1, -(-n_requests // len(clients)))
    plans = [
        bodies(c, (len(thinks) + 1) * per_client + 4, seed=1000 * workers + 10 * threads + i)
        for i, c in enumerate(clients)
    ]
    verdicts: dict[str, int] = {}
    lock = threading.Lock()

    def post(index: int, body: dict[str, Any]) -> tuple[float, str]:
        start = time.perf_counter()
        try:
            response = sessions[index].post(f"{base}/api/check", json=body, timeout=120)
        except requests.RequestException as exc:
            return time.perf_counter() - start, type(exc).__name__
        elapsed = time.perf_counter() - start
        if response.status_code != 200:
            return elapsed, f"HTTP {response.status_code}: {response.text[:120]}"
        verdict = response.json().get("verdict", "?")
        with lock:
            verdicts[verdict] = verdicts.get(verdict, 0) + 1
        return elapsed, ""

    def phase(bodies_of: list[list[dict[str, Any]]], think: tuple[float, float] | None) -> dict[str, Any]:
        latencies: list[float] = []
        failures: list[str] = []
        barrier = threading.Barrier(len(clients))
        stop_at = time.time() + TIME_LIMIT
        sent = [0]

        def loop(index: int) -> None:
            rng = random.Random(index)
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=60)
            if think:
                time.sleep(rng.uniform(0, think[1]))  # clients do not all start at the same instant
            for body in bodies_of[index]:
                with lock:
                    if sent[0] >= n_requests or time.time() > stop_at:
                        return
                    sent[0] += 1
                elapsed, failure = post(index, body)
                with lock:
                    (failures.append(failure) if failure else latencies.append(elapsed))
                if think:
                    time.sleep(rng.uniform(*think))

        server_pids = [server.pid, *children_of(server.pid)]
        cpu_before, machine_before = os.times(), cpu_sample(server_pids)
        threads_ = [threading.Thread(target=loop, args=(i,)) for i in range(len(clients))]
        wall, _ = timed(lambda: [t.start() for t in threads_] and [t.join() for t in threads_])
        cpu_after, machine_after = os.times(), cpu_sample(server_pids)
        client_cpu = (cpu_after.user - cpu_before.user) + (cpu_after.system - cpu_before.system)
        busy, total, server_ticks = (y - x for x, y in zip(machine_before, machine_after, strict=True))
        per_core = max(1, total) / (os.cpu_count() or 1)  # ticks of one core over the phase
        hz = os.sysconf("SC_CLK_TCK")
        return {
            "n": len(latencies),
            "failures": len(failures),
            "failure_examples": failures[:3],
            "p50_ms": round(percentile(latencies, 50) * 1000, 1),
            "p95_ms": round(percentile(latencies, 95) * 1000, 1),
            "p99_ms": round(percentile(latencies, 99) * 1000, 1),
            "max_ms": round(max(latencies, default=float("nan")) * 1000, 1),
            "mean_ms": round(statistics.mean(latencies) * 1000, 1) if latencies else None,
            "wall_s": round(wall, 1),
            "requests_per_s": round(len(latencies) / wall, 1) if wall else 0,
            "client_cpu_s": round(client_cpu, 1),
            # Cores busy on average during the phase: the server, these clients, everything else.
            "server_cores": round(server_ticks / per_core, 2),
            "client_cores": round(client_cpu * hz / per_core, 2),
            "other_cores": round(max(0.0, busy - server_ticks - client_cpu * hz) / per_core, 2),
        }

    try:
        deadline = time.time() + 60
        while True:
            try:
                if requests.get(f"{base}/health/", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.time() > deadline or server.poll() is not None:
                raise RuntimeError("gunicorn did not start: " + server_log.read_text(errors="replace")[-2000:])
            time.sleep(0.3)
        result: dict[str, Any] = {"workers": workers, "threads": threads, "busy_before": busy_before}
        first_s, failure = post(0, plans[0][0])
        assert not failure, failure
        result["cold_first_s"] = round(first_s, 2)
        # Warm-up: every client at once, three times; the first round includes the other workers loading.
        rounds = []
        for r in range(3):
            out: list[float] = [0.0] * len(clients)

            def warm(i: int, r: int = r, out: list[float] = out) -> None:
                out[i], failure = post(i, plans[i][1 + r])
                assert not failure, failure

            ts = [threading.Thread(target=warm, args=(i,)) for i in range(len(clients))]
            [t.start() for t in ts]
            [t.join() for t in ts]
            rounds.append(round(max(out), 2))
        result["warmup_round_max_s"] = rounds
        verdicts.clear()
        result["phases"] = {}
        for k, think in enumerate([*thinks, None]):
            result["phases"][phase_name(think)] = phase(
                [p[4 + k * per_client : 4 + (k + 1) * per_client] for p in plans], think
            )
        result["verdicts"] = dict(verdicts)
        pids = children_of(server.pid)
        result["workers_rss_mb"] = [round(rss_mb(w)[0]) for w in pids]
        result["workers_peak_mb"] = [round(rss_mb(w)[1]) for w in pids]
        result["master_mb"] = round(rss_mb(server.pid)[0])
        return result
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def child(backend: str, out: Path, args: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix=f"resguardo-check-bench-{backend}-"))
    env = setup_django(backend, tmp, PG_DB)
    from django.core.management import call_command

    result: dict[str, Any] = {"backend": backend}
    say = lambda what: print(f"  {backend}: {what}", file=sys.stderr, flush=True)  # noqa: E731
    try:
        call_command("migrate", verbosity=0)
        say("generating the agency")
        seconds, data = timed(lambda: prepare(args.cases, args.people))
        result.update({k: v for k, v in data.items() if k not in ("clients", "agency_id")})
        result["generated"]["seconds"] = round(seconds, 1)
        result["client_cases"] = sum(len(c["cases"]) for c in data["clients"])
        from resguardo.casework.models import Agency
        from resguardo.casework.roster import roster_for

        result["roster_people"] = len(roster_for(Agency.objects.get(pk=data["agency_id"])).people)
        sample = bodies(data["clients"][0], 200, seed=7)
        lengths = [len(b["text"]) for b in sample]
        result["message_chars"] = {"min": min(lengths), "mean": round(statistics.mean(lengths)), "max": max(lengths)}
        result["message_example"] = sample[0]["text"]
        say("one check at a time, in-process")
        result["in_process"] = in_process(data)
        from django.db import connections

        connections.close_all()
        result["configs"] = []
        for config in args.configs.split(","):
            workers, threads = (int(x) for x in config.lower().split("x"))
            say(f"gunicorn {workers} workers x {threads} threads")
            result["configs"].append(run_config(env, data, workers, threads, args.requests, parse_thinks(args.think)))
            print(json.dumps(result["configs"][-1]), file=sys.stderr, flush=True)
    finally:
        from django.db import connections

        connections.close_all()
        if backend == "postgresql":
            import psycopg

            with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        shutil.rmtree(tmp, ignore_errors=True)
        out.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")


# -- report --------------------------------------------------------------------------------------------------


def best_config(run: dict[str, Any]) -> dict[str, Any]:
    """The setting with the lowest p95 in the first think-time phase (ties: the closed loop's p95)."""
    first = next(iter(run["configs"][0]["phases"]))
    return min(run["configs"], key=lambda c: (c["phases"][first]["p95_ms"], c["phases"]["closed loop"]["p95_ms"]))


def command(args: argparse.Namespace) -> str:
    parts = [".venv/bin/python bench/check_bench.py"]
    if args.write:
        parts.append(f"--write {args.write}")
    parts.append(f"--configs {args.configs} --think {args.think} --requests {args.requests}")
    if args.postgres != "auto":
        parts.append(f"--postgres {args.postgres}")
    return " ".join(parts)


def report(runs: list[dict[str, Any]], args: argparse.Namespace, skipped: str) -> str:
    names = {"sqlite": "SQLite (WAL)", "postgresql": "PostgreSQL"}
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
        "| | " + " | ".join(names[r["backend"]] for r in runs) + " |",
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
            f"{names[r['backend']]} {best_config(r)['workers']}x{best_config(r)['threads']}, p95 "
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


def write(path: Path, block: str) -> None:
    replace_block(path, block, START, END)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", type=Path, help="update the check-bench block of this Markdown file")
    parser.add_argument("--postgres", choices=["auto", "yes", "no"], default="auto")
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
    parser.add_argument("--child", choices=["sqlite", "postgresql"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.out, args)
        return
    runs, skipped = run_backends(
        __file__,
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
    print(block)
    if args.write:
        write(args.write, block)


if __name__ == "__main__":
    main()
