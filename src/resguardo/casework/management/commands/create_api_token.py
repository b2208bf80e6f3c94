"""`resguardo manage create_api_token USERNAME [--name NAME]`: print a new API token once."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from resguardo.casework.models import ApiToken, User


class Command(BaseCommand):
    help = "Create an API token for a user; the token is printed once and only its SHA-256 is stored."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="integration")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user = User.objects.get(username=options["username"], is_active=True)
        except User.DoesNotExist:
            raise CommandError(_("No active user named %(name)s.") % {"name": options["username"]}) from None
        _token, key = ApiToken.issue(user, options["name"])
        self.stdout.write(key)
