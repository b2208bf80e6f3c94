"""Every view that shows or changes a case's data writes the access log. The list of URLs comes from
Django's resolver (as in test_every_endpoint_is_guarded.py), plus the views that take the case in the
query string or the form, and the admin's pages of record data: a new view that forgets to log fails here."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import Client

from resguardo.casework.models import AccessLog
from tests.web.test_every_endpoint_is_guarded import fill, foreign, routes  # noqa: F401 (foreign: a fixture)

pytestmark = pytest.mark.django_db

# Ids in these routes are not a case's data (the agency's accounts): nothing to log.
NOT_CASE_DATA = ("accounts/",)


def _logged(client: Client, method: str, url: str, data: dict[str, object] | None = None) -> tuple[int, bool]:
    before = AccessLog.objects.count()
    response = getattr(client, method)(url, data or {})
    return response.status_code, AccessLog.objects.count() > before


def test_every_case_or_person_view_writes_the_access_log(worker_b, foreign) -> None:  # noqa: F811
    client = Client()
    client.force_login(worker_b)  # the case's own worker: every page answers
    answered = []
    missing = []
    for route in routes():
        url = fill(route, foreign)
        if url is None or route.startswith(NOT_CASE_DATA):
            continue
        for method in ("get", "post"):
            status, logged = _logged(client, method, url)
            if status in (404, 405):
                continue  # 405 is answered before any look-up, for every id alike
            answered.append(f"{method.upper()} {url}")
            if not logged:
                missing.append(f"{method.upper()} {url} ({status})")
    case = str(foreign["case_pk"])
    by_query = [
        ("get", f"/compose/?case={case}", None),
        ("post", "/compose/", {"case": case, "action": "refresh"}),
        ("post", "/compose/live/", {"case": case, "purpose": "messaging", "text": "Hola"}),
    ]
    for method, url, data in by_query:
        status, logged = _logged(client, method, url, data)
        answered.append(f"{method.upper()} {url}")
        if not logged:
            missing.append(f"{method.upper()} {url} ({status})")
    assert len(answered) >= 25, answered
    assert not missing, "views that wrote no access-log row:\n" + "\n".join(missing)


def _case_path(model: type) -> str | None:
    """How a model reaches its case ("case", "entry__case"), or None for data that is not a case's."""
    names = {f.name: f for f in model._meta.get_fields()}
    if "case" in names:
        return "case"
    for f in names.values():
        related = getattr(f, "related_model", None)
        if f.many_to_one and related is not None and "case" in {g.name for g in related._meta.get_fields()}:
            return f"{f.name}__case"
    return None


def test_every_admin_page_of_case_data_writes_the_access_log(agency, worker_b, foreign) -> None:  # noqa: F811
    from tests.agency_fixtures import make_user

    boss = make_user(agency, None, "iris", "administrator", "Iris", "Lau")
    boss.is_staff = True
    boss.save()
    client = Client()
    client.force_login(boss)
    checked = []
    for model, _model_admin in admin.site._registry.items():
        path = _case_path(model)
        if path is None:
            continue
        obj = model.objects.filter(**{f"{path}__isnull": False}).first()
        assert obj is not None, f"the test has no {model.__name__} to look at"
        url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/{obj.pk}/change/"
        status, logged = _logged(client, "get", url)
        assert status == 200, url
        assert logged, f"{url} wrote no access-log row"
        checked.append(url)
    assert len(checked) >= 2, checked  # record entries and attachments at least
