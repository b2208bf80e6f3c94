"""Shared fixtures: one Scanner per session (the models load once), the project's own roster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from resguardo.engine import Roster, Scanner

FIXTURES = Path(__file__).parent / "fixtures"

# Web tests: a small fictional agency and a ready-to-check case (fixtures only, no helpers).
pytest_plugins = ("tests.agency_fixtures", "tests.check_fixtures")


@pytest.fixture(scope="session")
def roster() -> Roster:
    return Roster.from_file(FIXTURES / "roster.json")


@pytest.fixture(scope="session")
def scanner(roster: Roster) -> Scanner:
    return Scanner(roster)


@pytest.fixture(scope="session")
def plain_scanner() -> Scanner:
    return Scanner()


def spans(text: str, found: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in found]


@pytest.fixture(autouse=True)
def _record_tables_emptied(request: pytest.FixtureRequest) -> Iterator[None]:
    """Transactional tests (django_db(transaction=True), live_server): empty the record's tables before
    pytest-django flushes the database, which the append-only triggers would otherwise refuse."""
    marker = request.node.get_closest_marker("django_db")
    transactional = (
        "transactional_db" in request.fixturenames
        or "live_server" in request.fixturenames
        or (marker is not None and bool(marker.kwargs.get("transaction")))
    )
    if not transactional:
        yield
        return
    request.getfixturevalue("transactional_db")
    yield
    from django.db import connection

    from resguardo.records import triggers

    triggers.empty_record_tables(connection)


@pytest.fixture(autouse=True)
def _check_rate_counts_per_test() -> Iterator[None]:
    """The per-user check limit counts in Django's cache; user ids repeat from test to test."""
    yield
    from django.core.cache import cache

    cache.clear()
