from django.contrib import admin
from django.urls import include, path

from resguardo.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("language/", views.set_language, name="set_language"),
    path("health/", views.health, name="health"),
    path("", include("resguardo.casework.urls")),
    path("", include("resguardo.records.urls")),
    path("", include("resguardo.checks.urls")),
    path("api/", include("resguardo.api.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "resguardo.web.views.not_found"
handler403 = "resguardo.web.views.forbidden"
handler400 = "resguardo.web.views.bad_request"
handler500 = "resguardo.web.views.server_error"
