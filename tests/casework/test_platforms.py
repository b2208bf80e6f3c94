"""The platform catalog: seeded with sources for every fact in both languages, pages for every role, and
approvals per purpose that only administrators change."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from resguardo.casework.catalog import DEFAULT_APPROVALS, FACT_FIELDS, approve_defaults, catalog_entries, seed_platforms
from resguardo.casework.models import Platform, PlatformApproval
from resguardo.engine.platforms import DEFAULT_PLATFORMS

REQUIRED = {
    "WhatsApp": "whatsapp",
    "Facebook Messenger": "messenger",
    "Instagram": "instagram",
    "TikTok": "tiktok",
    "Snapchat": "snapchat",
    "X (Twitter)": "x",
    "SMS (text messages)": "sms",
    "E-mail": "email",
    "Zoom": "zoom",
    "Zoom for Healthcare": "zoom-healthcare",
    "Microsoft Teams": "teams-healthcare",
    "Google Meet": "google-meet",
    "FaceTime": "facetime",
    "Signal": "signal",
    "Doxy.me": "doxy.me",
}


def client_for(user, lang: str = "es") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=lang)
    client.force_login(user)
    return client


def test_seed_file_has_the_fifteen_platforms_with_a_source_for_every_fact_and_both_languages() -> None:
    entries = {e["slug"]: e for e in catalog_entries()}
    for name, slug in REQUIRED.items():
        assert slug in entries, name
        assert entries[slug]["name"] == name
    for slug, e in entries.items():
        for fact in FACT_FIELDS:
            source = e["sources"].get(fact)
            assert source, (slug, fact)
            assert source["source"].startswith("https://"), (slug, fact)
            assert dt.date.fromisoformat(source["checked"]), (slug, fact)
        for field in ("privacy_summary", "settings_checklist", "location_features", "retention", "accessibility"):
            assert e[f"{field}_es"].strip() and e[f"{field}_en"].strip(), (slug, field)
            assert e[f"{field}_es"] != e[f"{field}_en"], (slug, field)
        assert len([line for line in e["settings_checklist_es"].splitlines() if line.strip()]) >= 3
        assert e["hipaa_baa"] in ("yes", "no", "optional") and e["end_to_end_encryption"] in ("yes", "no", "optional")


def test_hipaa_facts_and_engine_slugs() -> None:
    entries = {e["slug"]: e for e in catalog_entries()}
    assert {s for s, e in entries.items() if e["hipaa_baa"] == "yes"} == {"zoom-healthcare", "doxy.me"}
    assert entries["teams-healthcare"]["hipaa_baa"] == "optional"
    for consumer in ("whatsapp", "messenger", "instagram", "tiktok", "snapchat", "x", "facetime", "signal", "zoom"):
        assert entries[consumer]["hipaa_baa"] == "no", consumer
    # Where the engine knows a platform, the catalog uses the same name, so the web app can override it.
    overlap = set(entries) & set(DEFAULT_PLATFORMS)
    assert {"whatsapp", "messenger", "zoom-healthcare", "doxy.me", "teams-healthcare", "sms", "email"} <= overlap
    assert entries["zoom"]["minimum_age"] == 16 and entries["whatsapp"]["minimum_age"] == 13


@pytest.mark.django_db
def test_migration_loaded_the_catalog_and_seeding_again_is_idempotent() -> None:
    assert Platform.objects.count() == len(catalog_entries())
    doxy = Platform.objects.get(slug="doxy.me")
    assert doxy.is_hipaa_ready and escape(doxy.privacy_summary("en")).startswith("Doxy.me")
    doxy.minimum_age = 99
    doxy.save()
    assert seed_platforms() == len(catalog_entries())
    assert Platform.objects.count() == len(catalog_entries())
    assert Platform.objects.get(slug="doxy.me").minimum_age == 0


@pytest.mark.django_db
def test_approve_defaults_per_purpose(agency, administrator) -> None:
    approve_defaults(agency, administrator)
    approve_defaults(agency, administrator)  # idempotent
    got = set(PlatformApproval.objects.filter(agency=agency).values_list("purpose", "platform__slug"))
    want = {(purpose, slug) for purpose, slugs in DEFAULT_APPROVALS.items() for slug in slugs}
    assert got == want
    assert ("virtual_visits", "zoom-healthcare") in got and ("messaging", "tiktok") not in got


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["worker", "supervisor", "administrator"])
def test_pages_render_for_each_role(request, role, agency) -> None:
    user = request.getfixturevalue(role)
    approve_defaults(agency)
    client = client_for(user)
    listing = client.get(reverse("platform_list"))
    assert listing.status_code == 200
    text = listing.content.decode()
    for name in ("WhatsApp", "Doxy.me", "Zoom for Healthcare", "Signal", "TikTok"):
        assert name in text
    assert "Visitas virtuales" in text or "Virtual visits" in text
    for slug in ("doxy.me", "whatsapp", "teams-healthcare"):
        assert client.get(reverse("platform_detail", args=[slug])).status_code == 200
    assert client.get(reverse("recommend")).status_code == 200
    assert client.get(reverse("account_list")).status_code == 200
    assert client.get(reverse("account_create")).status_code == 200


@pytest.mark.django_db
def test_detail_shows_sources_dates_and_both_languages(worker) -> None:
    doxy = Platform.objects.get(slug="doxy.me")
    es = client_for(worker, "es").get(reverse("platform_detail", args=["doxy.me"])).content.decode()
    assert escape(doxy.privacy_summary("es")) in es
    assert escape(doxy.privacy_summary("en")) in es  # the other language, under "Resumen y ajustes en inglés"
    assert es.index(escape(doxy.privacy_summary("es"))) < es.index(escape(doxy.privacy_summary("en")))
    assert 'lang="en"' in es
    assert "https://help.doxy.me/en/articles/95854-is-doxy-me-hipaa-compliant" in es
    assert es.count("2026") >= len(FACT_FIELDS)
    en = client_for(worker, "en").get(reverse("platform_detail", args=["doxy.me"])).content.decode()
    assert en.index(escape(doxy.privacy_summary("en"))) < en.index(escape(doxy.privacy_summary("es")))
    assert "checked on" in en
    assert escape(doxy.checklist("en")[0]) in en


@pytest.mark.django_db
def test_only_administrators_approve_and_withdraw(worker, supervisor, administrator, agency) -> None:
    url = reverse("platform_approval", args=["signal"])
    for user in (worker, supervisor):
        response = client_for(user).post(url, {"purpose": "messaging", "action": "approve"})
        assert response.status_code == 404
        page = client_for(user).get(reverse("platform_detail", args=["signal"])).content.decode()
        assert 'name="action"' not in page
    assert not PlatformApproval.objects.filter(agency=agency).exists()

    admin = client_for(administrator)
    assert 'name="action"' in admin.get(reverse("platform_detail", args=["signal"])).content.decode()
    response = admin.post(url, {"purpose": "messaging", "action": "approve"}, follow=True)
    assert response.status_code == 200
    assert PlatformApproval.objects.filter(agency=agency, platform__slug="signal", purpose="messaging").exists()
    listing = client_for(worker).get(reverse("platform_list")).content.decode()
    row = listing[listing.index(">Signal<") :]
    assert "Mensajería" in row[: row.index("</tr>")] or "Messaging" in row[: row.index("</tr>")]

    admin.post(url, {"purpose": "messaging", "action": "withdraw"})
    assert not PlatformApproval.objects.filter(agency=agency, platform__slug="signal").exists()


@pytest.mark.django_db
def test_approval_get_is_not_allowed(administrator) -> None:
    response = client_for(administrator).get(reverse("platform_approval", args=["signal"]))
    assert response.status_code == 405
