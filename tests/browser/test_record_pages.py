"""The record's pages in a real browser (Debian's chromium), with axe-core (WCAG 2.1 AA) on each: record a
phone call with an attachment, see it in the case's record with the channel-mix chart and its warning, open
it, correct it, verify the chain as a supervisor, and export the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from resguardo.casework.models import Case, Platform, User
from resguardo.records.chain import verify_chain
from resguardo.records.models import Entry
from tests.agency_fixtures import PASSWORD
from tests.records.helpers import record

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_record_pages_are_accessible_and_work(
    worker: User, supervisor: User, case_a: Case, visit: Any, tmp_path: Path
) -> None:
    whatsapp = Platform.objects.create(
        slug="whatsapp-test",
        name="WhatsApp",
        kind="messaging",
        hipaa_baa="no",
        end_to_end_encryption="yes",
        privacy_summary_es="-",
        privacy_summary_en="-",
    )
    for _ in range(2):
        record(case_a, worker, channel="messaging", platform=whatsapp, summary="Mensaje a Carmen.")
    scan = tmp_path / "acta.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

    you = visit("worker", locale="en-US")
    you.sign_in("ana", PASSWORD)
    you.open(f"/cases/{case_a.pk}/record/new/")
    you.page.click("main button[type=submit]")  # empty: errors shown accessibly
    you.page.wait_for_load_state()
    you.check("record-form-errors")
    you.page.select_option("#id_channel", "phone")
    you.page.check("text=Carmen Luna")
    you.page.fill("#id_summary", "Llamada a Carmen: confirma la visita del sábado.")
    you.page.set_input_files("#id_attachments", str(scan))
    you.page.click("main button[type=submit]")
    you.page.wait_for_load_state()
    assert "/record/entries/" in you.page.url
    you.check("entry")
    entry = Entry.objects.get(summary__startswith="Llamada a Carmen")
    assert entry.attachments.count() == 1

    you.open(f"/cases/{case_a.pk}/record/")
    you.check("record-list")
    assert you.page.locator("#mix-warning").is_visible()  # 2 messaging > 0 in person
    assert you.page.locator("svg.mix-chart title").count() == 1

    you.open(f"/record/entries/{entry.pk}/correct/")
    you.check("correct-form")
    you.page.select_option("#id_channel", "in_person")
    you.page.fill("#id_summary", "Fue una visita en persona, no una llamada.")
    you.page.click("main button[type=submit]")
    you.page.wait_for_load_state()
    correction = Entry.objects.get(corrects=entry)
    assert correction.channel == "in_person"
    you.check("correction")

    you.open(f"/cases/{case_a.pk}/record/")

    with you.page.expect_download() as download:
        you.page.click("form[aria-labelledby=export-heading] button:not([formaction])")
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")

    supervisor.preferred_language = "en"  # signing in applies the user's own language
    supervisor.save()
    boss = visit("supervisor", locale="en-US")
    boss.sign_in("sara", PASSWORD)
    boss.open("/record/verify/")
    boss.check("verify")
    assert "The chain is intact" in boss.page.content()
    assert verify_chain(case_a.agency).ok
