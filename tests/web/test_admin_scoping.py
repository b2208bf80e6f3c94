"""The admin as a second agency's administrator: every registered ModelAdmin's list (with its filters shown),
add and change forms, and the autocomplete behind any foreign key, show nothing of the first agency."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.db import models
from django.test import Client

from resguardo.casework.catalog import approve_defaults
from resguardo.casework.models import AccessLog, Agency, PlatformApproval, Role, Unit, User
from resguardo.records.chain import append_entry

pytestmark = pytest.mark.django_db

# What the first agency has that a second agency's administrator must never see.
FIRST_AGENCY_NAMES = (
    "Familias del Valle",
    "Unidad Norte",
    "Unidad Sur",
    "Torres",
    "Medina",
    "Hughes",
    "Iris",
    "2026-0101",
    "2026-0202",
    "Sofía",
    "Marcus",
    "nota-primera-agencia",
    "Primerina",
    "primerina",
    "admin1",
)


@pytest.fixture
def first_agency_data(agency, unit_a, worker, worker_b, supervisor, administrator, case_a, case_b):
    User.objects.create_user(
        "primerina", agency=agency, unit=unit_a, role=Role.CASEWORKER, first_name="Primerina", password="x" * 16
    )
    approve_defaults(agency, administrator)
    PlatformApproval.objects.filter(agency=agency).update(notes="nota-primera-agencia")
    append_entry(
        agency,
        recorded_by=worker,
        case=case_a,
        people=[case_a.people.first()],
        channel="messaging",
        summary="Llamada con Sofía",
        text_sent="Hola",
    )
    return agency


@pytest.fixture
def second_admin(db) -> User:
    other = Agency.objects.create(name="Segunda agencia (test)")
    unit = Unit.objects.create(agency=other, name="Unidad Segunda")
    User.objects.create_user("segundo", agency=other, unit=unit, role=Role.SUPERVISOR, password="x" * 16)
    boss = User.objects.create_user("admin2", agency=other, role=Role.ADMINISTRATOR, password="x" * 16)
    approve_defaults(other, boss)
    return boss


def admin_urls(client: Client, request_user: User) -> list[str]:
    """Every page of every registered ModelAdmin that this user may open, with each list filter applied."""
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = request_user
    urls = ["/admin/", "/admin/casework/", "/admin/records/"]
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_view_permission(request):
            continue
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        urls.append(base)
        for spec in model_admin.get_list_filter(request):
            name = spec[0] if isinstance(spec, tuple) else spec
            if isinstance(name, str):
                urls.append(f"{base}?{name}__isnull=False")
        if model_admin.has_add_permission(request):
            urls.append(f"{base}add/")
        own = model_admin.get_queryset(request).first()
        if own is not None:
            urls.append(f"{base}{own.pk}/change/")
    return urls


def test_a_second_agencys_administrator_sees_nothing_of_the_first_agency(first_agency_data, second_admin) -> None:
    client = Client()
    client.force_login(second_admin)
    urls = admin_urls(client, second_admin)
    assert "/admin/casework/user/" in urls and "/admin/casework/platform/" in urls
    leaks = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        found = [name for name in FIRST_AGENCY_NAMES if name in page]
        if found:
            leaks[url] = found
    assert leaks == {}


def test_the_user_lists_unit_filter_offers_only_the_agencys_units(first_agency_data, second_admin) -> None:
    client = Client()
    client.force_login(second_admin)
    page = client.get("/admin/casework/user/").content.decode()
    assert "Unidad Segunda" in page and "Unidad Norte" not in page and "Unidad Sur" not in page
    north = Unit.objects.get(name="Unidad Norte")
    filtered = client.get(f"/admin/casework/user/?unit__id__exact={north.pk}").content.decode()
    assert "primerina" not in filtered and "Torres" not in filtered


def test_autocomplete_behind_every_foreign_key_is_scoped(first_agency_data, second_admin) -> None:
    client = Client()
    client.force_login(second_admin)
    asked, answered = 0, []
    for model in list(admin.site._registry):
        for field in model._meta.get_fields():
            if not isinstance(field, models.ForeignKey):
                continue
            response = client.get(
                "/admin/autocomplete/",
                {
                    "app_label": model._meta.app_label,
                    "model_name": model._meta.model_name,
                    "field_name": field.name,
                    "term": "",
                },
            )
            asked += 1
            if response.status_code == 200:
                body = response.content.decode()
                answered.append(body)
                assert not [n for n in FIRST_AGENCY_NAMES if n in body], (model, field.name, body[:500])
    assert asked >= 5
    assert any("admin2" in body for body in answered)  # user look-ups work, with the agency's own staff


def test_the_access_log_is_not_in_the_admin(second_admin) -> None:
    assert AccessLog not in admin.site._registry
