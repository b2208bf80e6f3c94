from resguardo.checks.views import urlpatterns

__all__ = ["urlpatterns"]
