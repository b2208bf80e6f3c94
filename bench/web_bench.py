"""Web application benchmark: a generated agency of 10,000 cases and 60,000 people.

    .venv/bin/python bench/web_bench.py [--write docs/benchmarks.md] [--postgres auto|yes|no]

Measures, on a fresh database in a temporary folder: the engine roster rebuilt from the database
(cold, uncached), the CSV import of 10,000 people (preview, import, re-import of the same file), and
the case list and case page under 20 concurrent users, each signed in through the login form (with
CSRF) as a different caseworker or supervisor, against the real server (gunicorn, 2 workers x 4
threads) on 127.0.0.1. Runs on SQLite, and on PostgreSQL too when 127.0.0.1:5432 answers (trust auth;
the database resguardo_bench is created and dropped). All names and contacts are fictional (Faker
es_MX and en_US). Each database runs in a child process of its own, since Django reads its settings
once.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import math
import os
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markdown_block import replace_block  # bench/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- web-bench:start -->", "<!-- web-bench:end -->"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PG_DB = "resguardo_bench"
PASSWORD = "bench-only-Passw0rd!"
USERS = 20  # concurrent users: 16 caseworkers and 4 supervisors
TIME_LIMIT = 240.0  # seconds of load at most, whatever happens


# -- generating the agency (inside the child, after django.setup()) ------------------------------------------


def slug(name: str) -> str:
    """'María José' -> 'maria.jose', for fictional e-mails and handles."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", ascii_name.lower()).strip(".") or "x"


def generate(n_cases: int, n_people: int, seed: int = 5) -> dict[str, Any]:
    from django.contrib.auth.hashers import make_password
    from faker import Faker

    from resguardo.casework.models import Agency, Case, ContactPoint, Person, Role, Unit, User
    from resguardo.casework.roster import bump

    rng = random.Random(seed)
    fakes = [Faker("es_MX"), Faker("en_US")]
    for i, fake in enumerate(fakes):
        fake.seed_instance(seed + i)
    pools: list[dict[str, list[str]]] = [
        {
            "female": [fake.first_name_female() for _ in range(600)],
            "male": [fake.first_name_male() for _ in range(600)],
            "last": [fake.last_name() for _ in range(1500)],
            "street": [fake.street_address() for _ in range(3000)],
            "school": [
                f"{fake.last_name()} {kind}"
                for kind in ("Elementary", "Middle School", "High School")
                for _ in range(300)
            ]
            if i
            else [
                f"{kind} {fake.last_name()}"
                for kind in ("Escuela Primaria", "Secundaria Técnica", "Colegio")
                for _ in range(300)
            ],
        }
        for i, fake in enumerate(fakes)
    ]

    agency = Agency.objects.create(
        name="Agencia de prueba (benchmark)",
        default_language="es",
        public_phones="(213) 555-0100",
        public_emails="contacto@agencia-prueba.org",
        public_websites="www.agencia-prueba.org",
        public_handles="@agenciaprueba",
        email_domains="agencia-prueba.org",
    )
    n_units = 10
    units = Unit.objects.bulk_create([Unit(agency=agency, name=f"Unidad {i + 1:02}") for i in range(n_units)])
    password = make_password(PASSWORD)
    per_unit = max(1, n_cases // 25 // n_units)  # about 25 cases per caseworker
    staff: list[User] = []
    for u, unit in enumerate(units):
        for w in range(per_unit):
            pool = pools[(u + w) % 2]
            staff.append(
                User(
                    username=f"cw{u:02}{w:03}",
                    password=password,
                    agency=agency,
                    unit=unit,
                    role=Role.CASEWORKER,
                    first_name=rng.choice(pool["female"] + pool["male"]),
                    last_name=rng.choice(pool["last"]),
                    preferred_language="es" if (u + w) % 2 == 0 else "en",
                )
            )
        staff.append(
            User(
                username=f"sup{u:02}",
                password=password,
                agency=agency,
                unit=unit,
                role=Role.SUPERVISOR,
                first_name=rng.choice(pools[0]["female"]),
                last_name=rng.choice(pools[0]["last"]),
                preferred_language="es",
            )
        )
    staff.append(
        User(
            username="admin",
            password=password,
            agency=agency,
            role=Role.ADMINISTRATOR,
            first_name="Iris",
            last_name="Lau",
            preferred_language="en",
        )
    )
    User.objects.bulk_create(staff, batch_size=500)
    workers: dict[int, list[int]] = {}
    for pk, unit_id in User.objects.filter(agency=agency, role=Role.CASEWORKER).values_list("id", "unit_id"):
        workers.setdefault(unit_id, []).append(pk)

    cases = []
    for i in range(n_cases):
        unit = units[i % n_units]
        status = Case.Status.CLOSED if rng.random() < 0.15 else Case.Status.OPEN
        cases.append(
            Case(
                agency=agency,
                number=f"2026-{i + 1:05}",
                unit=unit,
                status=status,
                assigned_worker_id=workers[unit.pk][(i // n_units) % len(workers[unit.pk])],
            )
        )
    Case.objects.bulk_create(cases, batch_size=1000)
    case_ids = list(Case.objects.filter(agency=agency).order_by("number").values_list("id", flat=True))

    roles = ["child", "child", "parent", "parent", "relative", "foster_parent"]
    people: list[Person] = []
    per_case = n_people // n_cases
    for c, case_id in enumerate(case_ids):
        lang = 0 if c % 3 else 1  # two Spanish-speaking families for one English-speaking
        pool = pools[lang]
        family = rng.choice(pool["last"])
        for k in range(per_case):
            role = roles[k % len(roles)]
            female = rng.random() < 0.5
            first = rng.choice(pool["female"] if female else pool["male"])
            age = rng.randint(1, 17) if role == "child" else rng.randint(22, 70)
            people.append(
                Person(
                    case_id=case_id,
                    role=role,
                    first_name=first,
                    last_name=f"{family} {rng.choice(pool['last'])}" if lang == 0 else family,
                    aliases=first[:4] if rng.random() < 0.3 else "",
                    date_of_birth=f"{2026 - age}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
                    preferred_language="es" if lang == 0 else "en",
                    external_id=f"SRC-{c}-{k}",
                    connectivity=rng.choice(["good", "good", "limited", "none"]),
                )
            )
    Person.objects.bulk_create(people, batch_size=2000)
    contacts: list[ContactPoint] = []
    for pk, role, first, lang in (
        Person.objects.filter(case__agency=agency)
        .order_by()
        .values_list("id", "role", "first_name", "preferred_language")
    ):
        pool = pools[0 if lang == "es" else 1]
        if role == "child":
            contacts.append(ContactPoint(person_id=pk, kind="school", value=rng.choice(pool["school"])))
            if rng.random() < 0.4:
                contacts.append(
                    ContactPoint(person_id=pk, kind="handle", value=f"@{slug(first)}.{pk}"[:60], platform="Instagram")
                )
        else:
            contacts.append(
                ContactPoint(
                    person_id=pk, kind="phone", value=f"({rng.randint(200, 989)}) 555-{rng.randint(0, 9999):04}"
                )
            )
            contacts.append(ContactPoint(person_id=pk, kind="address", value=rng.choice(pool["street"])))
            if rng.random() < 0.3:
                contacts.append(ContactPoint(person_id=pk, kind="email", value=f"{slug(first)}.{pk}@example.com"))
    ContactPoint.objects.bulk_create(contacts, batch_size=2000)
    bump(agency)
    return {
        "agency_id": agency.pk,
        "units": n_units,
        "staff": len(staff),
        "cases": n_cases,
        "people": len(people),
        "contact_points": len(contacts),
    }


def caseload_csv(agency_id: int, n_people: int, seed: int = 11) -> bytes:
    """A CSV export of n_people on new cases (6 people per case), every column filled, Spanish and English."""
    from faker import Faker

    from resguardo.casework.models import Role, Unit, User

    rng = random.Random(seed)
    fake_es, fake_en = Faker("es_MX"), Faker("en_US")
    fake_es.seed_instance(seed)
    fake_en.seed_instance(seed + 1)
    units = dict(Unit.objects.filter(agency_id=agency_id).values_list("id", "name"))
    workers = list(User.objects.filter(agency_id=agency_id, role=Role.CASEWORKER).values_list("username", "unit_id"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "case_number",
            "unit",
            "assigned_worker",
            "case_status",
            "person_id",
            "role",
            "first_name",
            "last_name",
            "aliases",
            "date_of_birth",
            "preferred_language",
            "accessibility_needs",
            "connectivity",
            "addresses",
            "schools",
            "phones",
            "emails",
            "handles",
        ]
    )
    roles = ["niña", "child", "madre", "father", "familiar", "foster_parent"]
    for i in range(n_people):
        case = i // 6
        spanish = case % 3 != 0
        fake = fake_es if spanish else fake_en
        username, unit_id = workers[case % len(workers)]
        role = roles[i % 6]
        child = role in ("niña", "child")
        first = fake.first_name()
        writer.writerow(
            [
                f"IMP-{case + 1:05}",
                units[unit_id],
                username,
                "abierto" if spanish else "open",
                f"EXT-{i + 1:06}",
                role,
                first,
                fake.last_name(),
                first[:4] if rng.random() < 0.3 else "",
                f"{rng.randint(1955, 2024)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
                "es" if spanish else "en",
                "Low vision" if rng.random() < 0.03 else "",
                rng.choice(["good", "limited", "none"]),
                "" if child else fake.street_address().replace("\n", ", "),
                f"Escuela Primaria {fake.last_name()}" if child else "",
                "" if child else f"({rng.randint(200, 989)}) 555-{rng.randint(0, 9999):04}",
                f"{slug(first)}.{i}@example.com" if not child and rng.random() < 0.3 else "",
                f"@{slug(first)}.{i}" if child and rng.random() < 0.4 else "",
            ]
        )
    return out.getvalue().encode("utf-8")


# -- measuring -------------------------------------------------------------------------------------------------


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[k]


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


def rss_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) of a process, in MB, from /proc."""
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                values[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        return 0.0, 0.0
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def children_of(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def load_test(env: dict[str, str], agency_id: int, iterations: int, think_iterations: int) -> dict[str, Any]:
    from resguardo.casework.access import visible_cases
    from resguardo.casework.models import Role, User

    users = list(User.objects.filter(agency_id=agency_id, role=Role.CASEWORKER).order_by("id")[: USERS - 4]) + list(
        User.objects.filter(agency_id=agency_id, role=Role.SUPERVISOR).order_by("id")[:4]
    )
    plans = []
    for user in users:
        visible = list(visible_cases(user).filter(status="open").order_by("number").values_list("id", flat=True))
        plans.append((user.username, visible, max(1, math.ceil(len(visible) / 50))))

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server_log = Path(env["RESGUARDO_DATA_DIR"]) / "gunicorn.log"
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "resguardo.web.wsgi",
            "-w",
            "2",
            "--threads",
            "4",
            "-b",
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
    try:
        import requests

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
        sessions = [login(base, username) for username, _, _ in plans]
        phases: dict[str, Any] = {}
        for phase, rounds, think in (("think", think_iterations, 1.0), ("busy", iterations, 0.0)):
            phases[phase] = run_phase(base, plans, sessions, rounds, think)
        workers = children_of(server.pid)
        memory = {"master_mb": round(rss_mb(server.pid)[1]), "workers_peak_mb": [round(rss_mb(w)[1]) for w in workers]}
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    return {"users": len(plans), "caseworkers": len(plans) - 4, "supervisors": 4, "memory": memory, **phases}


def run_phase(
    base: str, plans: list[tuple[str, list[int], int]], sessions: list[Any], iterations: int, think: float
) -> dict[str, Any]:
    """Every user alternates a case list and a case page, `iterations` times, waiting a random
    0.5-1.5 x `think` seconds after each page (0: no wait, the server saturated)."""
    import requests

    results: dict[str, list[float]] = {"case_list": [], "case_page": []}
    failures: list[str] = []
    lock = threading.Lock()
    stop_at = time.time() + TIME_LIMIT
    barrier = threading.Barrier(len(plans))

    def get(session: Any, url: str) -> tuple[float, str]:
        start = time.perf_counter()
        try:
            response = session.get(url, timeout=30)
        except requests.RequestException as exc:
            return time.perf_counter() - start, f"{url} {type(exc).__name__}"
        elapsed = time.perf_counter() - start
        if response.status_code != 200 or "/login/" in response.url:
            return elapsed, f"{url} {response.status_code}"
        return elapsed, ""

    def user_loop(index: int) -> None:
        username, visible, pages = plans[index]
        session = sessions[index]
        rng = random.Random(index)
        for warm in range(2):  # warm-up, not measured
            get(session, f"{base}/cases/")
            get(session, f"{base}/cases/{visible[warm % len(visible)]}/")
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=120)
        if think:
            time.sleep(rng.uniform(0, think))  # users do not all click at the same instant
        for _ in range(iterations):
            if time.time() > stop_at:
                break
            page = rng.randint(1, pages)
            for name, url in (
                ("case_list", f"{base}/cases/" + (f"?page={page}" if page > 1 else "")),
                ("case_page", f"{base}/cases/{rng.choice(visible)}/"),
            ):
                elapsed, failure = get(session, url)
                with lock:
                    if failure:
                        failures.append(f"{username} {failure}")
                    else:
                        results[name].append(elapsed)
                if think:
                    time.sleep(rng.uniform(0.5, 1.5) * think)

    threads = [threading.Thread(target=user_loop, args=(i,)) for i in range(len(plans))]
    wall, _ = timed(lambda: [t.start() for t in threads] and [t.join() for t in threads])
    summary: dict[str, Any] = {
        "think_s": think,
        "iterations": iterations,
        "wall_s": round(wall, 1),
        "failures": len(failures),
        "failure_examples": failures[:5],
    }
    total = 0
    for name, values in results.items():
        total += len(values)
        summary[name] = {
            "n": len(values),
            "p50_ms": round(percentile(values, 50) * 1000, 1),
            "p95_ms": round(percentile(values, 95) * 1000, 1),
            "max_ms": round(max(values, default=float("nan")) * 1000, 1),
        }
    summary["requests_per_s"] = round(total / wall, 1) if wall else 0
    return summary


def setup_django(backend: str, tmp: Path, pg_db: str, **extra: str) -> dict[str, str]:
    """Point Django at a fresh database (a SQLite file in tmp, or a new PostgreSQL database) and set it up;
    returns the environment the server subprocess must get too."""
    env = dict(os.environ)
    env["CHECK_RATE_LIMIT"] = "0"  # the benchmark's clients check far faster than any person
    env.update(
        {
            "RESGUARDO_DATA_DIR": str(tmp),
            "RESGUARDO_ENV": "development",
            "DEBUG": "0",
            "STATIC_ROOT": str(tmp / "static"),
            "DJANGO_SETTINGS_MODULE": "resguardo.web.settings",
            **extra,
        }
    )
    if backend == "postgresql":
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {pg_db} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {pg_db}")
        env["DATABASE_URL"] = f"{PG_SERVER}/{pg_db}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.update(env)
    import django

    django.setup()
    return env


def child(
    backend: str, out: Path, n_cases: int, n_people: int, import_people: int, iterations: int, think_iterations: int
) -> None:
    tmp = Path(tempfile.mkdtemp(prefix=f"resguardo-web-bench-{backend}-"))
    env = setup_django(backend, tmp, PG_DB, LOGIN_MAX_FAILURES="1000")
    from django.core.management import call_command

    from resguardo.casework import roster as roster_module
    from resguardo.casework.importer import import_csv
    from resguardo.casework.models import Agency, User

    result: dict[str, Any] = {"backend": backend}
    try:
        call_command("migrate", verbosity=0)
        say = lambda what: print(f"  {backend}: {what}", file=sys.stderr, flush=True)  # noqa: E731
        say("generating the agency")
        seconds, made = timed(lambda: generate(n_cases, n_people))
        result["generated"] = {**made, "seconds": round(seconds, 1)}
        agency = Agency.objects.get(pk=made["agency_id"])

        say("roster")
        import gc

        gc.collect()
        before_mb = rss_mb(os.getpid())[0]
        kept = roster_module.build_roster(agency)
        gc.collect()
        roster_mb = rss_mb(os.getpid())[0] - before_mb
        del kept
        runs = []
        for _ in range(3):
            roster_module.clear_cache()
            seconds, roster = timed(lambda: roster_module.roster_for(agency))
            runs.append(seconds)
        hit, same = timed(lambda: roster_module.roster_for(agency))
        fetch_s, _ = timed(lambda: roster_module.build_roster(agency, index=False))
        result["roster"] = {
            "people": len(roster.people),
            "best_s": round(min(runs), 2),
            "median_s": round(statistics.median(runs), 2),
            "cached_ms": round(hit * 1000, 2),
            "cached_same_object": same is roster,
            "database_s": round(fetch_s, 2),
            "index_s": round(min(runs) - fetch_s, 2),
            "memory_mb": round(roster_mb),
        }

        say("CSV import")
        data = caseload_csv(agency.pk, import_people)
        admin = User.objects.get(username="admin")
        preview_s, preview = timed(lambda: import_csv(data, agency, admin, dry_run=True))
        assert preview.ok, (preview.file_error, preview.errors[:3])
        import_s, applied = timed(lambda: import_csv(data, agency, admin, dry_run=False))
        again_s, again = timed(lambda: import_csv(data, agency, admin, dry_run=False))
        assert again.summary.people_unchanged == import_people, again.summary
        roster_module.clear_cache()
        after_s, after = timed(lambda: roster_module.roster_for(agency))
        result["import"] = {
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
        say("queries per page")
        result["queries"] = query_profile(agency.pk)
        say("load test (gunicorn)")
        result["load"] = load_test(env, agency.pk, iterations, think_iterations)
        result["bench_process_peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    finally:
        from django.db import connections

        connections.close_all()
        if backend == "postgresql":
            import psycopg

            with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        shutil.rmtree(tmp, ignore_errors=True)
        out.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")


def postgres_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", connect_timeout=3):
            return True
    except Exception:
        return False


# -- report --------------------------------------------------------------------------------------------------


def report(runs: list[dict[str, Any]], args: argparse.Namespace, skipped: str) -> str:
    names = {"sqlite": "SQLite (WAL)", "postgresql": "PostgreSQL"}
    head = "| | " + " | ".join(names[r["backend"]] for r in runs) + " | target |"
    lines = [
        START,
        "## Web application",
        "",
        "Command: `make bench` (runs `.venv/bin/python bench/web_bench.py --write docs/benchmarks.md`).",
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


def write(path: Path, block: str) -> None:
    replace_block(path, block, START, END)


def run_backends(script: str, label: str, postgres: str, child_args: list[str]) -> tuple[list[Any], str]:
    """Run the benchmark's child process once per database (a fresh process each, so nothing carries
    over) and collect their JSON results; PostgreSQL only when it answers (or --postgres yes)."""
    backends = ["sqlite"]
    skipped = ""
    if postgres != "no":
        if postgres_reachable():
            backends.append("postgresql")
        elif postgres == "yes":
            sys.exit("PostgreSQL is not reachable at 127.0.0.1:5432 (trust auth)")
        else:
            skipped = "PostgreSQL: not measured (nothing answered at 127.0.0.1:5432)."
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend in backends:
            out = Path(tmp) / f"{backend}.json"
            print(f"{label}: {backend} ...", file=sys.stderr, flush=True)
            subprocess.run(
                [sys.executable, script, "--child", backend, "--out", str(out), *child_args], check=True, cwd=ROOT
            )
            runs.append(json.loads(out.read_text(encoding="utf-8")))
            print(json.dumps(runs[-1], indent=2), file=sys.stderr)
    return runs, skipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", type=Path, help="update the web-bench block of this Markdown file")
    parser.add_argument("--postgres", choices=["auto", "yes", "no"], default="auto")
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
    parser.add_argument("--child", choices=["sqlite", "postgresql"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.out, args.cases, args.people, args.import_people, args.iterations, args.think_iterations)
        return
    runs, skipped = run_backends(
        __file__,
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
    print(block)
    if args.write:
        write(args.write, block)


if __name__ == "__main__":
    main()
