"""Browser tests: Playwright driving Debian's chromium (never a downloaded browser) against Django's live
server, with an axe-core check (WCAG 2.1 AA) and a screenshot of every page visited.

Screenshots are kept in test-artifacts/screenshots/ for people to look at.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in this thread; the live server's database access is still
# synchronous, in its own threads, so Django's async-safety guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; `make test` does it as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()


class Visitor:
    """One signed-in browser tab with helpers: open, check accessibility, screenshot."""

    def __init__(self, page: Any, base_url: str, name: str) -> None:
        self.page = page
        self.base_url = base_url
        self.name = re.sub(r"[^a-z0-9_-]+", "-", name.lower())
        self.shots = 0

    def open(self, path: str) -> Any:
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.status < 400, f"{path}: HTTP {response and response.status}"
        return response

    def check(self, label: str) -> None:
        """axe-core on the current page (no WCAG 2.1 AA violation) and a screenshot."""
        from axe_playwright_python.sync_playwright import Axe

        self.shots += 1
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{self.name}-{self.shots:02d}-{label}.png"), full_page=True)
        results = Axe().run(self.page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, f"{label} ({self.page.url}):\n{results.generate_report()}"

    def sign_in(self, username: str, password: str) -> None:
        self.open("/login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", password)
        self.page.click("main button[type=submit]")
        self.page.wait_for_load_state()
        assert "/login/" not in self.page.url, "sign-in failed"


@pytest.fixture
def visit(browser: Any, live_server: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    contexts = []

    def make(name: str = "", locale: str = "es-MX") -> Visitor:
        context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15000)
        return Visitor(page, live_server.url, f"{request.node.name}-{name}")

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def catalog(agency: Any, administrator: Any) -> None:
    """The seeded platform catalog and the agency's default approvals (a transactional test flushes the
    rows the data migration wrote, so they are written again here)."""
    from resguardo.casework.catalog import approve_defaults, seed_platforms

    seed_platforms()
    approve_defaults(agency, administrator)
