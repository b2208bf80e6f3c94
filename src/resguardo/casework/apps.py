from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    name = "resguardo.casework"
    label = "casework"
    verbose_name = _("Casework")

    def ready(self) -> None:
        from resguardo.casework import signals  # noqa: F401  (keeps the engine roster current)
