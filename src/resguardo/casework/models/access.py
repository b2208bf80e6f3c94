"""Who viewed which case or person, and failed logins (for throttling)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccessLog(models.Model):
    class Action(models.TextChoices):
        VIEW = "view", _("Viewed")
        EDIT = "edit", _("Edited")
        CREATE = "create", _("Created")
        PRINT = "print", _("Printed")
        EXPORT = "export", _("Exported")
        DOWNLOAD = "download", _("Downloaded")
        IMPORT = "import", _("Imported")
        DENIED = "denied", _("Denied")

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("who")
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    # Kept as plain ids and numbers so the log survives the deletion of what it describes.
    agency_id = models.BigIntegerField(null=True, db_index=True)
    case_id = models.BigIntegerField(null=True)
    case_number = models.CharField(_("case"), max_length=40, blank=True, db_index=True)
    person_id = models.BigIntegerField(_("person"), null=True)
    what = models.CharField(_("what"), max_length=200, blank=True)
    path = models.CharField(_("address"), max_length=300, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at", "-id"]


class LoginFailure(models.Model):
    """One failed login; recent failures per username or address lock further attempts for a while."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    username = models.CharField(max_length=150, db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True, db_index=True)


class ApiToken(models.Model):
    """A bearer token for integrations (`Authorization: Bearer <token>`). Only its SHA-256 is stored; the
    token itself is shown once, when it is created (`resguardo manage create_api_token USER`)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("user")
    )
    name = models.CharField(_("name"), max_length=100)
    key_sha256 = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(_("first characters"), max_length=8)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def digest(key: str) -> str:
        import hashlib

        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()

    @classmethod
    def issue(cls, user: object, name: str) -> tuple[ApiToken, str]:
        import secrets

        key = "rg_" + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, name=name, key_sha256=cls.digest(key), prefix=key[:8])
        return token, key
