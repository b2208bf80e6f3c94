"""All casework URLs, collected from the view modules (one per area)."""

from resguardo.casework.views import access_log, cases, consent, importer, platforms

urlpatterns = [
    *cases.urlpatterns,
    *consent.urlpatterns,
    *platforms.urlpatterns,
    *importer.urlpatterns,
    *access_log.urlpatterns,
]
