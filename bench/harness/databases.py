"""Per-database runs: each benchmark measures SQLite, and PostgreSQL too when 127.0.0.1:5432 answers (trust
auth), each in a child process of its own, since Django reads its settings once. The child gets a fresh
database (a SQLite file in a temporary folder, or a new PostgreSQL database dropped afterwards)."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.harness import ROOT

PG_ADDRESS = "127.0.0.1:5432"
PG_SERVER = f"postgresql://postgres@{PG_ADDRESS}"  # trust auth
BACKENDS = ("sqlite", "postgresql")
BACKEND_NAMES = {"sqlite": "SQLite (WAL)", "postgresql": "PostgreSQL"}  # column heads of the reports


def postgres_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", connect_timeout=3):
            return True
    except Exception:
        return False


def _admin_sql(statements: list[str]) -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5) as conn:
        for statement in statements:
            conn.execute(statement)


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
        _admin_sql([f"DROP DATABASE IF EXISTS {pg_db} WITH (FORCE)", f"CREATE DATABASE {pg_db}"])
        env["DATABASE_URL"] = f"{PG_SERVER}/{pg_db}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.update(env)
    import django

    django.setup()
    return env


@contextlib.contextmanager
def fresh_database(backend: str, pg_db: str, prefix: str, **extra: str) -> Iterator[dict[str, str]]:
    """setup_django() on a new temporary folder, migrated; afterwards the connections are closed, the
    PostgreSQL database dropped and the folder deleted, whatever happened."""
    tmp = Path(tempfile.mkdtemp(prefix=f"{prefix}-{backend}-"))
    ready = False
    try:
        env = setup_django(backend, tmp, pg_db, **extra)
        ready = True
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        yield env
    finally:
        if ready:
            from django.db import connections

            connections.close_all()
        if backend == "postgresql":
            _admin_sql([f"DROP DATABASE IF EXISTS {pg_db} WITH (FORCE)"])
        shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def default_sqlite(prefix: str) -> Iterator[Path]:
    """The settings' own SQLite database (no DATABASE_URL) in a temporary data folder, deleted afterwards;
    Django is not set up yet."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"{prefix}-"))
    os.environ["RESGUARDO_DATA_DIR"] = str(data_dir)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "resguardo.web.settings"
    try:
        yield data_dir
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def add_options(parser: argparse.ArgumentParser) -> None:
    """--postgres, and the hidden options of the per-database child."""
    parser.add_argument("--postgres", choices=["auto", "yes", "no"], default="auto")
    parser.add_argument("--child", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)


def backends_for(postgres: str) -> tuple[list[str], str]:
    """The databases to measure, and the report's sentence when PostgreSQL is skipped (also said on stderr)."""
    if postgres == "no":
        return ["sqlite"], ""
    if postgres_reachable():
        return ["sqlite", "postgresql"], ""
    if postgres == "yes":
        sys.exit(f"PostgreSQL is not reachable at {PG_ADDRESS} (trust auth)")
    print(f"SKIPPED PostgreSQL: nothing answered at {PG_ADDRESS} (trust auth)", file=sys.stderr, flush=True)
    return ["sqlite"], f"PostgreSQL: not measured (nothing answered at {PG_ADDRESS})."


def run_backends(module: str, label: str, postgres: str, child_args: list[str]) -> tuple[list[Any], str]:
    """Run the benchmark's child (``python -m module --child BACKEND``) once per database, a fresh process
    each so nothing carries over, and collect their JSON results."""
    backends, skipped = backends_for(postgres)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend in backends:
            out = Path(tmp) / f"{backend}.json"
            print(f"{label}: {backend} ...", file=sys.stderr, flush=True)
            subprocess.run(
                [sys.executable, "-m", module, "--child", backend, "--out", str(out), *child_args],
                check=True,
                cwd=ROOT,
            )
            runs.append(json.loads(out.read_text(encoding="utf-8")))
            print(json.dumps(runs[-1], indent=2), file=sys.stderr)
    return runs, skipped
