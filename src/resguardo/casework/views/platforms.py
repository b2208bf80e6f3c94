"""Placeholder: being built (platform catalog, recommender, agency accounts)."""

from django.http import HttpResponse
from django.urls import path


def _todo(request, *args, **kwargs):  # type: ignore[no-untyped-def]
    return HttpResponse("todo")


urlpatterns = [
    path("platforms/", _todo, name="platform_list"),
    path("platforms/recommend/", _todo, name="recommend"),
    path("accounts/", _todo, name="account_list"),
]
