"""30 wrong passwords for one account at the same moment, each through the real sign-in view with its own
database connection, on a real file SQLite database and on PostgreSQL: at most LOGIN_MAX_FAILURES passwords
are checked (the lock counts atomically), and the account is locked afterwards for every spelling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.web.postgres import postgres_url_or_skip

ATTEMPTS = 30
SCRIPT = Path(__file__).with_name("parallel_logins.py")


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=600)


def parallel_wrong_passwords(env: dict[str, str], vendor: str) -> None:
    migrated = run(env, "-m", "resguardo.cli.app", "migrate")
    assert migrated.returncode == 0, migrated.stderr
    out = run(env, str(SCRIPT), str(ATTEMPTS))
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["vendor"] == vendor
    assert found["errors"] == []
    assert len(found["statuses"]) == ATTEMPTS and set(found["statuses"]) <= {200, 429}
    assert found["checks"] <= found["max_failures"], found
    assert found["statuses"].count(429) >= ATTEMPTS - found["max_failures"]
    # "OLGA" is counted for "olga" but matches no account, so no password is checked for it: the attempts let
    # through (answered 200, not 429), in parallel and then one at a time, are exactly the limit.
    let_through = found["statuses"].count(200) + found["later_statuses"].count(200)
    assert let_through == found["max_failures"], found
    assert found["total_checks"] <= found["max_failures"], found
    assert found["right_password_afterwards"] == 429  # locked, with a leading space too


def test_parallel_wrong_passwords_on_sqlite(tmp_path: Path) -> None:
    env = {**os.environ, "RESGUARDO_DATA_DIR": str(tmp_path / "data"), "LC_ALL": "C.UTF-8", "LOGIN_MAX_FAILURES": "5"}
    env.pop("DATABASE_URL", None)
    parallel_wrong_passwords(env, "sqlite")


def test_parallel_wrong_passwords_on_postgresql(tmp_path: Path) -> None:
    url = postgres_url_or_skip("resguardo_auth_parallel_logins", fresh=True)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "RESGUARDO_DATA_DIR": str(tmp_path / "data"),
        "LC_ALL": "C.UTF-8",
        "LOGIN_MAX_FAILURES": "5",
    }
    parallel_wrong_passwords(env, "postgresql")
