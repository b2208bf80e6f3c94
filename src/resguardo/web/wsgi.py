"""WSGI entry point for gunicorn: `gunicorn resguardo.web.wsgi` (see `resguardo serve --production`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resguardo.web.settings")
application = get_wsgi_application()
