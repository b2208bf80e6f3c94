"""PostgreSQL for tests: at 127.0.0.1:5432 with trust auth on our machines (override with RESGUARDO_TEST_PG).

Tests that need it skip with a clear reason when it is absent, so a green run never hides that they
did not run (pytest -ra lists the reason).
"""

from __future__ import annotations

import os

import pytest

SERVER = os.environ.get("RESGUARDO_TEST_PG", "postgres://postgres@127.0.0.1:5432")


def postgres_url_or_skip(database: str, *, fresh: bool = False) -> str:
    try:
        import psycopg

        with psycopg.connect(f"{SERVER}/postgres", connect_timeout=3, autocommit=True) as conn:
            if fresh:
                conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{database}"')
    except Exception as exc:
        pytest.skip(
            f"PostgreSQL not reachable at {SERVER} ({type(exc).__name__}: {exc}); "
            "start it or set RESGUARDO_TEST_PG to run the PostgreSQL tests"
        )
    return f"{SERVER}/{database}"
