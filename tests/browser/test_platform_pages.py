"""The platform catalog, the recommender and agency accounts in a real browser, with axe-core."""

from __future__ import annotations

import pytest

from tests.agency_fixtures import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_catalog_and_platform_facts_with_sources(worker, catalog, visit) -> None:
    you = visit()
    you.sign_in("ana", PASSWORD)
    you.open("/platforms/")
    you.check("platform-list")
    assert "Doxy.me" in you.page.inner_text("main")
    you.page.click("main >> text=Doxy.me")
    you.page.wait_for_load_state()
    text = you.page.inner_text("main")
    assert "doxy.me" in text.lower() and "2026" in text  # each fact says where it came from and when
    you.check("platform-detail")


def test_recommender_for_virtual_visit_with_health_information(worker, case_a, catalog, visit) -> None:
    you = visit()
    you.sign_in("ana", PASSWORD)
    you.open("/platforms/recommend/")
    you.check("recommend-form")
    you.open("/platforms/recommend/?purpose=virtual_visits&health_info=yes&case=2026-0101")
    you.check("recommend-answer")
    recommended = you.page.locator("main ol > li").all_inner_texts()  # the ranked list, best first
    assert recommended and ("Zoom for Healthcare" in recommended[0] or "Doxy.me" in recommended[0])
    assert not any("WhatsApp" in item for item in recommended)  # no HIPAA agreement: excluded


def test_agency_account_registration_refuses_a_personal_address(worker, catalog, visit) -> None:
    you = visit()
    you.sign_in("ana", PASSWORD)
    you.open("/accounts/new/")
    you.check("account-form")
    you.page.select_option("#id_platform", label="E-mail")
    you.page.fill("#id_identifier", "ana.torres.1990@gmail.com")
    you.page.check("input[type=checkbox]")
    you.page.click("main button[type=submit]")
    you.page.wait_for_load_state()
    assert you.page.locator(".errorlist").count() >= 1
    you.check("account-form-refused")
    you.page.fill("#id_identifier", "ana.torres@familiasdelvalle.org")
    you.page.click("main button[type=submit]")
    you.page.wait_for_load_state()
    assert "ana.torres@familiasdelvalle.org" in you.page.inner_text("main")
    you.check("account-list")
