"""Placeholder: being built (CSV import)."""

from django.http import HttpResponse
from django.urls import path


def _todo(request, *args, **kwargs):  # type: ignore[no-untyped-def]
    return HttpResponse("todo")


urlpatterns = [path("import/", _todo, name="import_cases")]
