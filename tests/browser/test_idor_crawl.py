"""The tester's black-box IDOR crawl (../shared/tools/idor_crawl.sh) against a real server over the demo agency.

The script signs in as ana (North Unit) and carl (South Unit), crawls what ana reaches, and replays as carl
every URL that carries an id; any 200 showing ana's content is a leak. Its self-test mode declares a public
page to be ana's object, so it must report it: that proves the crawl can fail.

The demo agency is enriched here (signed consent forms, record entries with attachments, an ended contact rule,
a sanitized photo waiting to be sent) so the crawl reaches every area; the deepest URLs (attachments, exports,
the photo) are handed to the script as IDOR_EXTRA_URLS because its crawl stops at depth 3.
Run it again whenever a new area of the app is added (and add that area's objects below).
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.core.signals import request_started
from django.utils import timezone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REPO = Path(__file__).resolve().parents[2]
SUMMARY = re.compile(r"^IDOR crawl: (\d+) URLs replayed, (\d+) leaks$", re.M)
# ana's own objects that carl must not reach; fewer replays than this means the crawl saw almost nothing
# (a broken sign-in, a page that lost its links).
MIN_REPLAYED = 40
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")


def crawl_script() -> Path | None:
    """../shared/tools/idor_crawl.sh beside the repository; RESGUARDO_SHARED points at another shared folder
    (as RESGUARDO_SHARED_DATA does for the corpora)."""
    shared = os.environ.get("RESGUARDO_SHARED")
    script = (Path(shared) if shared else REPO.parent / "shared") / "tools" / "idor_crawl.sh"
    return script if script.is_file() else None


def enrich_demo() -> list[str]:
    """Objects of every area for both caseworkers; returns ana's URLs deeper than the crawl goes."""
    from resguardo.casework.models import Case, Consent, ContactRule, User
    from resguardo.checks import photo_store
    from resguardo.records.chain import append_entry

    users = {u.username: u for u in User.objects.all()}
    extra: list[str] = []
    # Signed consent forms, each file distinct and named after the family (the download name must not leak).
    for consent in Consent.objects.select_related("person", "person__case"):
        body = PDF + f"% {consent.person.full_name} {consent.pk}\n".encode()
        consent.evidence_sha256 = hashlib.sha256(body).hexdigest()
        consent.evidence_name = f"consentimiento-{consent.person.first_name.lower()}.pdf"
        consent.evidence.save("signed-form.pdf", ContentFile(body), save=True)
    today = timezone.localdate()
    for number, owner in (("2026-0101", "ana"), ("2026-0102", "ana"), ("2026-0201", "carl")):
        case = Case.objects.get(number=number)
        child = case.people.filter(role="child").first()
        assert child is not None
        # An ended rule (shown under "Ended contact rules") next to the demo's rules in force.
        ContactRule.objects.create(
            child=child,
            other_name=f"Vecino de {child.first_name}",
            rule="supervised",
            channel="all",
            reason=f"Plan anterior de {child.first_name}",
            valid_from=today - dt.timedelta(days=300),
            valid_until=today - dt.timedelta(days=30),
            created_by=users[owner],
        )
        first = append_entry(
            case.agency,
            recorded_by=users[owner],
            case=case,
            channel="phone",
            people=list(case.people.all()),
            summary=f"Llamada a la familia de {child.full_name} sobre la visita.",
            attachments=[(f"acta-{child.first_name.lower()}.pdf", PDF + case.number.encode(), "application/pdf")],
        )
        append_entry(
            case.agency,
            recorded_by=users[owner],
            case=case,
            channel="in_person",
            corrects=first,
            people=list(case.people.all()),
            summary=f"Fue una visita en persona con {child.full_name}.",
        )
        if owner == "ana":
            attachment = first.attachments.get()
            extra += [
                f"/record/entries/{first.pk}/attachments/{attachment.pk}/",
                f"/record/entries/{first.pk}/correct/",
                f"/cases/{case.pk}/record/export.pdf",
                f"/cases/{case.pk}/record/export.json",
            ]
    photo = photo_store.save(users["ana"].pk, "sofia-feria.jpg", JPEG, "JPEG", {"faces": 1})
    extra.append(f"/compose/photo/{photo.token}/")
    return extra


@pytest.fixture
def demo_server(live_server: Any, settings: Any, tmp_path: Path) -> tuple[str, list[str]]:
    from resguardo.casework.catalog import seed_platforms
    from resguardo.casework.demo import load_demo

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.DATA_DIR = tmp_path / "data"
    settings.RESGUARDO_PDF_COMPRESS = False
    seed_platforms()  # a transactional test flushed the rows the data migration wrote
    assert load_demo()
    return live_server.url, enrich_demo()


# One URL of each area of ana's that carl's replay must have asked for (the server's own view of the crawl).
AREAS = {
    "case page": r"/cases/\d+/",
    "case edit": r"/cases/\d+/edit/",
    "person page": r"/people/\d+/",
    "person edit": r"/people/\d+/edit/",
    "new consent": r"/people/\d+/consents/new/",
    "consent form PDF": r"/people/\d+/consent-form/",
    "signed consent form": r"/consents/\d+/evidence/",
    "consent revocation": r"/consents/\d+/revoke/",
    "new contact rule": r"/people/\d+/contact-rules/new/",
    "contact rules PDF": r"/people/\d+/contact-rules\.pdf\?lang=\w+",
    "record": r"/cases/\d+/record/",
    "new record entry": r"/cases/\d+/record/new/",
    "record entry": r"/record/entries/\d+/",
    "entry correction": r"/record/entries/\d+/correct/",
    "attachment": r"/record/entries/\d+/attachments/\d+/",
    "record PDF": r"/cases/\d+/record/export\.pdf",
    "record JSON": r"/cases/\d+/record/export\.json",
    "check for a case": r"/compose/\?case=\d+",
    "sanitized photo": r"/compose/photo/[0-9a-f]{32}/",
    "API case": r"/api/cases/\d+",
    "API person": r"/api/people/\d+",
}


@pytest.fixture
def requested() -> Iterator[collections.Counter[str]]:
    """Every path (with its query) the live server was asked for, counted."""
    seen: collections.Counter[str] = collections.Counter()

    def note(sender: Any, environ: dict[str, str], **kwargs: Any) -> None:
        query = environ.get("QUERY_STRING", "")
        seen[environ.get("PATH_INFO", "") + ("?" + query if query else "")] += 1

    request_started.connect(note, dispatch_uid="idor-crawl-requests")
    yield seen
    request_started.disconnect(dispatch_uid="idor-crawl-requests")


def run_crawl(script: Path, base_url: str, **env: str) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    done = subprocess.run(
        ["bash", str(script), base_url],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "PYTHON": sys.executable, **env},
    )
    print(
        f"idor_crawl.sh {' '.join(f'{k}={v}' for k, v in env.items())}: exit {done.returncode} "
        f"in {time.monotonic() - started:.0f} s\n{done.stdout}{done.stderr}"
    )
    return done


def test_the_second_caseworker_reaches_nothing_of_the_first(
    demo_server: tuple[str, list[str]], requested: collections.Counter[str]
) -> None:
    script = crawl_script()
    if script is None:
        pytest.skip("../shared/tools/idor_crawl.sh is absent (set RESGUARDO_SHARED to the shared folder)")
    base_url, extra = demo_server

    done = run_crawl(script, base_url, IDOR_EXTRA_URLS=" ".join(extra))
    summary = SUMMARY.search(done.stdout)
    assert summary is not None, done.stdout + done.stderr
    assert done.returncode == 0 and summary.group(2) == "0", done.stdout
    assert int(summary.group(1)) >= MIN_REPLAYED, f"only {summary.group(1)} URLs replayed: the crawl saw too little"
    # Each area was fetched by ana and replayed by carl (twice at least), so the crawl covered it.
    missed = [
        area
        for area, pattern in AREAS.items()
        if not any(re.fullmatch(pattern, path) and n >= 2 for path, n in requested.items())
    ]
    assert not missed, f"the crawl never replayed: {', '.join(missed)}"

    # The same crawl with a public page passed off as ana's object must fail: the detector works.
    selftest = run_crawl(script, base_url, IDOR_SELFTEST_PUBLIC="/platforms/whatsapp/")
    assert selftest.returncode == 1, selftest.stdout + selftest.stderr
    assert f"LEAK {base_url}/platforms/whatsapp/" in selftest.stdout
