from django.urls import path

from resguardo.api.main import api

urlpatterns = [path("", api.urls)]
