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


def test_administrator_edits_a_platform_fact(administrator) -> None:
    from resguardo.casework.models import Platform

    client = client_for(administrator)
    platform = Platform.objects.get(slug="doxy.me")
    page = client.get(f"/admin/casework/platform/{platform.pk}/change/")
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, (list, dict))}
    source = '{"minimum_age": {"source": "https://doxy.me/", "checked": "2026-11-20"}}'
    data.update({"minimum_age": 18, "sources": source, "approvals-TOTAL_FORMS": 0, "approvals-INITIAL_FORMS": 0})
    for key in ("captions", "low_bandwidth"):
        if not form.initial.get(key):
            data.pop(key, None)
    response = client.post(f"/admin/casework/platform/{platform.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    platform.refresh_from_db()
    assert platform.minimum_age == 18 and platform.slug == "doxy.me"
