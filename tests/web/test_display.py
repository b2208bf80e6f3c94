"""Names and other user-written short texts are shown isolated: a right-to-left override (or any explicit
bidirectional control) typed into a name cannot reorder the text around it on any page."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.template import Context, Template
from django.test import Client

from resguardo.casework.models import (
    Agency,
    AgencyAccount,
    Case,
    Consent,
    ContactPoint,
    ContactRule,
    Person,
    Platform,
    Unit,
    User,
)
from resguardo.records.chain import append_entry
from resguardo.web.templatetags.display import strip_bidi_controls

pytestmark = pytest.mark.django_db

RLO = "\u202e"
# Embeddings, overrides and isolates: U+202A-U+202E, U+2066-U+2069.
CONTROLS = "".join(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
ISOLATED_NAME = "<bdi>AnaoloP</bdi>"


def render(source: str, **context: object) -> str:
    return str(Template("{% load display %}" + source).render(Context(context)))


def assert_isolated(html: str, *names: str) -> None:
    assert not any(c in html for c in CONTROLS), "an explicit bidirectional control reached the page"
    for name in names:
        assert f"<bdi>{name}</bdi>" in html, f"{name!r} is not inside <bdi>"


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_every_explicit_control_is_removed_and_the_marks_are_kept() -> None:
    assert strip_bidi_controls(f"Ana{CONTROLS}oloP") == "AnaoloP"
    # U+200E/U+200F (and the Arabic letter mark) are invisible marks that cannot reorder text outside a <bdi>.
    assert strip_bidi_controls("\u200fשרה\u200e \u061c") == "\u200fשרה\u200e \u061c"
    assert strip_bidi_controls(None) == ""


def test_isolated_escapes_and_wraps_in_bdi() -> None:
    assert render("{{ name|isolated }}", name=f"Ana{RLO}oloP") == ISOLATED_NAME
    assert render("{{ name|isolated }}", name="<b>Eva</b> & co") == "<bdi>&lt;b&gt;Eva&lt;/b&gt; &amp; co</bdi>"
    assert render("[{{ name|isolated }}]", name="") == "[]"  # nothing to isolate, no empty element
    assert render("{{ name|strip_bidi }}", name=f"<i>{RLO}x</i>") == "&lt;i&gt;x&lt;/i&gt;"


def test_a_name_with_a_right_to_left_override_is_isolated_on_the_case_list_and_case_page(
    agency: Agency, unit_a: Unit, worker: User
) -> None:
    worker.first_name, worker.last_name = f"Ana{RLO}oloP", ""
    worker.save()
    unit_a.name = f"Norte{RLO}etroN"
    unit_a.save()
    case = Case.objects.create(agency=agency, number="2026-0101", unit=unit_a, assigned_worker=worker)
    Person.objects.create(
        case=case,
        role="child",
        first_name=f"Ana{RLO}oloP",
        last_name="",
        aliases=f"Anita{RLO}atinA",
        date_of_birth=dt.date(2015, 3, 14),
    )
    client = client_for(worker)

    listing = client.get("/cases/").content.decode()
    assert_isolated(listing, "AnaoloP", "NorteetroN")

    page = client.get(f"/cases/{case.pk}/").content.decode()
    assert_isolated(page, "AnaoloP", "AnitaatinA", "NorteetroN")
    # The person's name is the link text, isolated inside it.
    assert re.search(r'<a href="/people/\d+/"><bdi>AnaoloP</bdi></a>', page)


def test_the_person_page_isolates_names_contacts_consents_and_rules(case_a: Case, worker: User) -> None:
    child = case_a.people.get(role="child")
    child.first_name = f"Sof{RLO}ía"
    child.save()
    mother = case_a.people.get(role="parent")
    ContactPoint.objects.create(person=child, kind="handle", value=f"@sofi{RLO}.rl")
    ContactPoint.objects.create(person=child, kind="address", value=f"Calle {RLO}Olivo 1432")
    platform = Platform.objects.create(
        slug="chat-test",
        name="Chat",
        kind="messaging",
        hipaa_baa="no",
        end_to_end_encryption="yes",
        privacy_summary_es="-",
        privacy_summary_en="-",
    )
    Consent.objects.create(
        person=child,
        platform=platform,
        purpose="messaging",
        given_by="guardian",
        given_by_name=f"Carmen{RLO} Luna",
        recorded_by=worker,
    )
    ContactRule.objects.create(
        child=child,
        other_person=mother,
        rule="not_allowed",
        channel="all",
        reason="Orden",
        valid_from=dt.date(2026, 1, 1),
        created_by=worker,
    )
    ContactRule.objects.create(
        child=child,
        other_name=f"Tío{RLO} Beto",
        rule="supervised",
        channel="all",
        reason="Plan",
        valid_from=dt.date(2026, 1, 1),
        created_by=worker,
    )
    client = client_for(worker)

    page = client.get(f"/people/{child.pk}/").content.decode()
    assert_isolated(page, "Sofía Ramírez Luna", "@sofi.rl", "Calle Olivo 1432", "Carmen Luna", "Tío Beto")
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title is not None and "Sofía Ramírez Luna" in title.group(1)  # a <title> takes no markup

    other = client.get(f"/people/{mother.pk}/").content.decode()
    assert_isolated(other, "Carmen Luna", "Sofía Ramírez Luna")

    case_page = client.get(f"/cases/{case_a.pk}/").content.decode()
    assert_isolated(case_page, "Sofía Ramírez Luna", "Carmen Luna")


def test_record_pages_and_agency_accounts_isolate_names(case_a: Case, worker: User) -> None:
    child = case_a.people.get(role="child")
    child.last_name = f"Ramírez{RLO} Luna"
    child.save()
    entry = append_entry(
        case_a.agency,
        recorded_by=worker,
        case=case_a,
        channel="phone",
        people=[child],
        summary="Llamada.",
        attachments=[(f"acta{RLO}fdp.pdf", b"%PDF-1.4\n", "application/pdf")],
    )
    platform = Platform.objects.create(
        slug="chat-test",
        name="Chat",
        kind="messaging",
        hipaa_baa="no",
        end_to_end_encryption="yes",
        privacy_summary_es="-",
        privacy_summary_en="-",
    )
    AgencyAccount.objects.create(
        agency=case_a.agency,
        platform=platform,
        owner=worker,
        identifier="@valle.fam",
        display_name=f"Familias{RLO} del Valle",
        registered_by=worker,
    )
    client = client_for(worker)

    assert_isolated(client.get(f"/cases/{case_a.pk}/record/").content.decode(), "Sofía Ramírez Luna")
    assert_isolated(client.get(f"/record/entries/{entry.pk}/").content.decode(), "Sofía Ramírez Luna", "actafdp.pdf")
    assert_isolated(client.get("/accounts/").content.decode(), "Familias del Valle", "Ana Torres")


def test_the_admin_and_plain_text_lists_show_the_name_without_controls(case_a: Case) -> None:
    child = case_a.people.get(role="child")
    child.first_name = f"Sof{RLO}ía"
    assert str(child) == "Sofía Ramírez Luna"
