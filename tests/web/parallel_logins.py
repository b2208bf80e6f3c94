"""Run by test_login_concurrency.py in a subprocess against a migrated file database (SQLite) or PostgreSQL
(DATABASE_URL): ATTEMPTS threads, each with its own Django test client (and so its own database connection),
post a wrong password for one user at the same moment to the real sign-in view; then wrong passwords one at a
time until the lock. Prints one JSON line: how many passwords were checked, the status codes, any errors."""

from __future__ import annotations

import json
import os
import sys
import threading

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resguardo.web.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from resguardo.casework.models import Agency, Role, Unit, User  # noqa: E402

ATTEMPTS = int(sys.argv[1]) if len(sys.argv) > 1 else 30
SPELLINGS = ("olga", " olga", "olga ", "\tolga", "\nolga", "OLGA")


def main() -> None:
    setup_test_environment()  # the test client's host name is allowed
    agency = Agency.objects.create(name="Intentos paralelos (test)")
    unit = Unit.objects.create(agency=agency, name="Unidad")
    olga = User(username="olga", agency=agency, unit=unit, role=Role.CASEWORKER)
    olga.set_password("the-right-Passw0rd!")
    olga.save()
    connections.close_all()

    checks: list[str] = []
    count_lock = threading.Lock()
    original = User.check_password

    def counting(self: User, raw_password: str) -> bool:
        with count_lock:
            checks.append(self.username)
        return original(self, raw_password)

    User.check_password = counting

    barrier = threading.Barrier(ATTEMPTS)
    statuses: list[int] = []
    errors: list[str] = []

    def attempt(i: int) -> None:
        try:
            client = Client()
            barrier.wait()
            response = client.post("/login/", {"username": SPELLINGS[i % len(SPELLINGS)], "password": f"wrong-{i}"})
            statuses.append(response.status_code)
        except Exception as exc:  # reported to the test
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    parallel_checks = len(checks)
    # Then one after another, until locked.
    later: list[int] = []
    for i in range(settings.LOGIN_MAX_FAILURES + 2):
        later.append(
            Client().post("/login/", {"username": SPELLINGS[i % len(SPELLINGS)], "password": f"again-{i}"}).status_code
        )
    right = Client().post("/login/", {"username": " olga", "password": "the-right-Passw0rd!"})
    print(
        json.dumps(
            {
                "vendor": connection.vendor,
                "checks": parallel_checks,
                "total_checks": len(checks),
                "statuses": sorted(statuses),
                "later_statuses": later,
                "errors": errors,
                "max_failures": settings.LOGIN_MAX_FAILURES,
                "right_password_afterwards": right.status_code,
            }
        )
    )


if __name__ == "__main__":
    main()
