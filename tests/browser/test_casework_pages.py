"""Sign in as each role, look at the caseload, create a case with people, switch language — in a real
browser, with axe-core on each page."""

from __future__ import annotations

import pytest

from tests.agency_fixtures import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("role", ["worker", "supervisor", "administrator"])
def test_each_role_signs_in_and_sees_what_it_may(role, visit, request, case_a, case_b) -> None:
    user = request.getfixturevalue(role)
    you = visit(role)
    you.open("/login/")
    you.check("login")
    you.sign_in(user.username, PASSWORD)
    you.open("/cases/?status=all")
    you.check("case-list")
    listed = you.page.inner_text("main")
    assert "2026-0101" in listed
    assert ("2026-0202" in listed) == (role == "administrator")
    you.page.click("text=2026-0101")
    you.page.wait_for_load_state()
    assert "Sofía Ramírez Luna" in you.page.inner_text("main")
    you.check("case-page")
    you.page.click("text=Sofía Ramírez Luna")
    you.page.wait_for_load_state()
    you.check("person-page")


def test_caseworker_creates_a_case_with_people(worker, visit) -> None:
    you = visit()
    you.sign_in("ana", PASSWORD)
    you.open("/cases/new/")
    you.check("new-case-form")
    you.page.fill("#id_number", "2026-0999")
    you.page.click("main button[type=submit]")
    you.page.wait_for_load_state()
    assert "2026-0999" in you.page.inner_text("h1")
    you.page.click("text=/Add a person|Agregar una persona/")
    you.page.wait_for_load_state()
    you.check("new-person-form")
    you.page.select_option("#id_role", "child")
    you.page.fill("#id_first_name", "Valentina")
    you.page.fill("#id_last_name", "Ortega Cruz")
    you.page.fill("#id_aliases", "Vale")
    you.page.fill("#id_date_of_birth", "2016-05-09")
    you.page.fill("#id_schools", "Escuela Primaria Hidalgo")
    you.page.click("main button[type=submit]")
    you.page.wait_for_load_state()
    text = you.page.inner_text("main")
    assert "Valentina Ortega Cruz" in text and "Escuela Primaria Hidalgo" in text
    you.check("person-created")


def test_form_errors_are_announced_and_keep_what_was_typed(worker, case_a, visit) -> None:
    you = visit()
    you.sign_in("ana", PASSWORD)
    you.open("/cases/new/")
    you.page.fill("#id_number", "2026-0101")  # already taken
    you.page.click("main button[type=submit]")
    you.page.wait_for_load_state()
    assert you.page.input_value("#id_number") == "2026-0101"
    assert you.page.locator(".errorlist").count() >= 1
    you.check("case-form-error")


def test_language_switch_changes_the_page_and_is_remembered(worker, case_a, visit) -> None:
    you = visit(locale="es-MX")
    you.sign_in("ana", PASSWORD)
    you.open(f"/cases/{case_a.pk}/")
    assert you.page.get_attribute("html", "lang") == "es"
    assert "Personas" in you.page.inner_text("main")
    you.page.select_option("#language-select", "en")
    you.page.click("header .tools form:first-of-type button")
    you.page.wait_for_load_state()
    assert you.page.get_attribute("html", "lang") == "en"
    assert "People" in you.page.inner_text("main")
    you.check("case-page-english")
    worker.refresh_from_db()
    assert worker.preferred_language == "en"


def test_keyboard_user_can_skip_to_the_content(worker, visit) -> None:
    you = visit()
    you.sign_in("ana", PASSWORD)
    you.open("/cases/")
    you.page.keyboard.press("Tab")
    assert you.page.evaluate("document.activeElement.className") == "skip-link"
    you.page.keyboard.press("Enter")
    assert you.page.evaluate("document.activeElement.id") == "main"
