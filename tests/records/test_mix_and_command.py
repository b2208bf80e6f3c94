"""The channel mix of a case (counts, chart, the warning when social media and messaging outnumber in-person
contact) and `manage.py verify_record` (exit code 0 intact, 1 broken)."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection

from resguardo.casework.models import Case, User
from resguardo.records import triggers
from resguardo.records.mix import channel_mix
from resguardo.records.models import Entry
from tests.records.helpers import client_for, record

pytestmark = pytest.mark.django_db


def test_channel_mix_counts_contacts_not_corrections(case_a: Case, worker: User, whatsapp) -> None:
    wrong = record(case_a, worker, channel="messaging", platform=whatsapp)
    record(case_a, worker, channel="in_person")
    record(case_a, worker, channel="in_person", corrects=wrong, summary="Fue en persona.")
    mix = channel_mix(Entry.objects.all())
    assert mix.total == 2
    assert mix.counts["in_person"] == 2 and mix.counts["messaging"] == 0
    assert not mix.warning


def test_warning_when_social_media_and_messaging_outnumber_in_person(case_a: Case, worker: User, whatsapp) -> None:
    for _ in range(2):
        record(case_a, worker, channel="messaging", platform=whatsapp)
    record(case_a, worker, channel="social_media", platform=whatsapp)
    record(case_a, worker, channel="in_person")
    html = client_for(worker).get(f"/cases/{case_a.pk}/record/").content.decode()
    assert 'id="mix-warning"' in html
    assert "Social media must not become the main channel with a family" in html
    assert "account for 3 contacts, more than in-person contact (1)" in html
    svg = re.search(r"<svg[^>]*>.*?</svg>", html, flags=re.S)
    assert svg is not None
    assert 'role="img"' in svg[0] and '<title id="mix-title">' in svg[0]
    desc = re.search(r"<desc id=\"mix-desc\">([^<]*)</desc>", svg[0])
    assert desc and "Messaging app: 2" in desc[1] and "In person: 1" in desc[1]
    assert "style=" not in svg[0]
    assert re.search(r'<th scope="row">In person</th><td>1</td>', html)


def test_no_warning_when_in_person_contact_is_the_main_channel(case_a: Case, worker: User, whatsapp) -> None:
    record(case_a, worker, channel="messaging", platform=whatsapp)
    record(case_a, worker, channel="in_person")
    record(case_a, worker, channel="in_person")
    html = client_for(worker).get(f"/cases/{case_a.pk}/record/").content.decode()
    assert 'id="mix-warning"' not in html and "<svg" in html


def test_verify_record_command(case_a: Case, worker: User, agency) -> None:
    record(case_a, worker)
    record(case_a, worker, attachments=[("a.pdf", b"%PDF-1.4 a", None)])
    out = io.StringIO()
    call_command("verify_record", "--lang", "en", stdout=out)  # no SystemExit: exit code 0
    assert f"{agency.name}: intact. 2 entries, 1 attachment files" in out.getvalue()

    triggers.drop(connection)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM records_entry WHERE seq = 1")
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_code:
        call_command("verify_record", "--agency", agency.name, "--lang", "en", stdout=out)
    assert exit_code.value.code == 1
    assert "BROKEN at entry 1. This entry is missing: it was deleted." in out.getvalue()

    with pytest.raises(SystemExit) as exit_code:
        call_command("verify_record", "--agency", "Nadie", stdout=io.StringIO(), stderr=io.StringIO())
    assert exit_code.value.code == 2
