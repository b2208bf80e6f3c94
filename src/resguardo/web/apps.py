from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "resguardo.web"
    label = "web"
    verbose_name = "Resguardo web"
