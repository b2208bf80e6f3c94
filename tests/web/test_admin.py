"""The admin site: administrators manage their own agency's users and units; nobody else gets in."""

from __future__ import annotations

import pytest
from django.test import Client

from resguardo.casework.models import Agency, Role, Unit, User

pytestmark = pytest.mark.django_db


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_caseworkers_and_supervisors_cannot_enter_the_admin(worker, supervisor) -> None:
    for user in (worker, supervisor):
        user.is_staff = True  # even with Django's staff flag set by mistake
        user.save()
        response = client_for(user).get("/admin/")
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_administrator_sees_only_their_agencys_users(administrator, worker) -> None:
    other = Agency.objects.create(name="Otra agencia")
    User.objects.create_user("intruso", agency=other, role=Role.CASEWORKER, password="x" * 16)
    client = client_for(administrator)
    page = client.get("/admin/casework/user/").content.decode()
    assert "ana" in page and "intruso" not in page
    outsider = User.objects.get(username="intruso")
    assert client.get(f"/admin/casework/user/{outsider.pk}/change/").status_code in (302, 404)


def test_administrator_adds_a_unit_to_their_agency(administrator, agency) -> None:
    client = client_for(administrator)
    response = client.post("/admin/casework/unit/add/", {"agency": agency.pk, "name": "Unidad Este"})
    assert response.status_code == 302
    assert Unit.objects.filter(agency=agency, name="Unidad Este").exists()


def test_administrator_cannot_make_anyone_superuser(administrator, worker) -> None:
    client = client_for(administrator)
    page = client.get(f"/admin/casework/user/{worker.pk}/change/").content.decode()
    assert 'name="is_superuser"' not in page


def _platform_form_data(page) -> dict:
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, (list, dict))}
    data.update({"approvals-TOTAL_FORMS": 0, "approvals-INITIAL_FORMS": 0})
    for key in ("captions", "low_bandwidth"):
        if not form.initial.get(key):
            data.pop(key, None)
    return data


def test_the_installations_operator_edits_a_platform_fact(agency) -> None:
    from resguardo.casework.models import Platform

    operator = User.objects.create_superuser("operador", password="x" * 16)
    client = client_for(operator)
    platform = Platform.objects.get(slug="doxy.me")
    page = client.get(f"/admin/casework/platform/{platform.pk}/change/")
    assert page.status_code == 200
    data = _platform_form_data(page)
    data.update(
        {"minimum_age": 18, "sources": '{"minimum_age": {"source": "https://doxy.me/", "checked": "2026-11-20"}}'}
    )
    response = client.post(f"/admin/casework/platform/{platform.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    platform.refresh_from_db()
    assert platform.minimum_age == 18 and platform.slug == "doxy.me"


@pytest.fixture
def second_admin(db) -> User:
    other = Agency.objects.create(name="Segunda agencia (test)")
    return User.objects.create_user("admin2", agency=other, role=Role.ADMINISTRATOR, password="x" * 16)


def test_an_agency_administrator_cannot_change_the_shared_catalog(ready, check, administrator, second_admin) -> None:
    from resguardo.casework.models import Platform

    whatsapp = Platform.objects.get(slug="whatsapp")
    for admin_user in (second_admin, administrator):
        client = client_for(admin_user)
        page = client.get(f"/admin/casework/platform/{whatsapp.pk}/change/")
        assert page.status_code == 200  # they may read it
        assert 'name="hipaa_baa"' not in page.content.decode()
        data = {
            "slug": "whatsapp",
            "name": "WhatsApp",
            "kind": "messaging",
            "hipaa_baa": "yes",
            "end_to_end_encryption": "yes",
            "minimum_age": 13,
            "languages": "es, en",
            "privacy_summary_es": "x",
            "privacy_summary_en": "x",
            "settings_checklist_es": "x",
            "settings_checklist_en": "x",
            "sources": "{}",
            "approvals-TOTAL_FORMS": 0,
            "approvals-INITIAL_FORMS": 0,
        }
        assert client.post(f"/admin/casework/platform/{whatsapp.pk}/change/", data).status_code in (403, 404)
        assert client.post("/admin/casework/platform/add/", {**data, "slug": "nueva"}).status_code in (403, 404)
        assert client.post(f"/admin/casework/platform/{whatsapp.pk}/delete/", {"post": "yes"}).status_code in (403, 404)
    whatsapp.refresh_from_db()
    assert whatsapp.hipaa_baa == "no" and Platform.objects.filter(slug="whatsapp").exists()
    assert not Platform.objects.filter(slug="nueva").exists()
    text = "Hola Carmen, el resultado de la prueba de drogas salió positivo; hablemos de la terapia."
    result = check(text, case=ready["case"], recipients=[ready["mother"]], account=ready["accounts"]["whatsapp"])
    assert result.verdict == "block" and "platform.hipaa" in {r.code for r in result.reasons}


def test_each_agency_keeps_its_own_approval_notes(agency, administrator, second_admin) -> None:
    from resguardo.casework.catalog import approve_defaults
    from resguardo.casework.models import PlatformApproval

    approve_defaults(agency, administrator)
    approve_defaults(second_admin.agency, second_admin)
    mine = PlatformApproval.objects.get(agency=agency, platform__slug="whatsapp", purpose="messaging")
    theirs = PlatformApproval.objects.get(agency=second_admin.agency, platform__slug="whatsapp", purpose="messaging")
    client = client_for(administrator)
    response = client.post(
        f"/admin/casework/platformapproval/{mine.pk}/change/",
        {
            "platform": mine.platform_id,
            "purpose": "messaging",
            "notes": "Solo el número de la oficina, nunca el personal.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.notes == "Solo el número de la oficina, nunca el personal." and mine.agency_id == agency.pk
    assert theirs.notes == ""
    assert client.get(f"/admin/casework/platformapproval/{theirs.pk}/change/").status_code in (302, 404)
    assert "nunca el personal" not in client_for(second_admin).get("/admin/casework/platformapproval/").content.decode()
    # A new approval is the administrator's agency's, whatever the form says; a duplicate is refused in words.
    signal = PlatformApproval.objects.filter(platform__slug="signal").first().platform
    added = client.post(
        "/admin/casework/platformapproval/add/",
        {"platform": signal.pk, "purpose": "photos", "notes": "", "agency": second_admin.agency_id},
    )
    assert added.status_code == 302
    new = PlatformApproval.objects.get(platform=signal, purpose="photos")
    assert new.agency_id == agency.pk and new.approved_by == administrator
    again = client.post("/admin/casework/platformapproval/add/", {"platform": signal.pk, "purpose": "photos"})
    assert again.status_code == 200 and PlatformApproval.objects.filter(platform=signal, purpose="photos").count() == 1


def test_a_supervisor_without_a_unit_is_refused_in_the_admin(administrator, agency, unit_a, supervisor) -> None:
    client = client_for(administrator)
    response = client.post(
        "/admin/casework/user/add/",
        {
            "username": "nueva_sup",
            "password1": "una-Clave-larga-2026",
            "password2": "una-Clave-larga-2026",
            "usable_password": "true",
            "agency": agency.pk,
            "unit": "",
            "role": Role.SUPERVISOR,
            "first_name": "Nueva",
            "last_name": "Supervisora",
        },
    )
    assert response.status_code == 200
    assert "unit" in response.context["adminform"].form.errors
    assert not User.objects.filter(username="nueva_sup").exists()
    added = client.post(
        "/admin/casework/user/add/",
        {
            "username": "nueva_sup",
            "password1": "una-Clave-larga-2026",
            "password2": "una-Clave-larga-2026",
            "usable_password": "true",
            "agency": agency.pk,
            "unit": unit_a.pk,
            "role": Role.SUPERVISOR,
            "first_name": "Nueva",
            "last_name": "Supervisora",
        },
    )
    assert added.status_code == 302, added.content.decode()[:3000]
    assert User.objects.get(username="nueva_sup").unit == unit_a
