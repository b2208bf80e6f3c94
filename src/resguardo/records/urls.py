"""URLs of the communication record (included at the site root by resguardo.web.urls)."""

from resguardo.records.views import urlpatterns

__all__ = ["urlpatterns"]
