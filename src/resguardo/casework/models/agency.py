"""The agency, its units and its staff (users with one role each)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [("es", _("Spanish")), ("en", _("English"))]


def split_lines(text: str) -> list[str]:
    """One value per line (or comma) in the admin's plain text fields."""
    return [v.strip() for line in (text or "").splitlines() for v in line.split(",") if v.strip()]


class Agency(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    default_language = models.CharField(_("default language"), max_length=2, choices=LANGUAGE_CHOICES, default="es")
    # The agency's own public contacts: allowed in posts (the engine's allow-list), never findings.
    public_phones = models.TextField(_("public phones"), blank=True, help_text=_("One per line."))
    public_emails = models.TextField(_("public e-mails"), blank=True, help_text=_("One per line."))
    public_websites = models.TextField(_("public websites"), blank=True, help_text=_("One per line."))
    public_handles = models.TextField(_("public social media handles"), blank=True, help_text=_("One per line."))
    email_domains = models.CharField(
        _("agency e-mail domains"),
        max_length=300,
        blank=True,
        help_text=_("Comma-separated. Agency e-mail accounts must use one of these domains."),
    )

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")

    def __str__(self) -> str:
        return self.name

    def allow_list(self) -> list[str]:
        return [
            *split_lines(self.public_phones),
            *split_lines(self.public_emails),
            *split_lines(self.public_websites),
            *split_lines(self.public_handles),
        ]

    def domains(self) -> list[str]:
        return [d.lower().lstrip("@") for d in split_lines(self.email_domains)]


class Unit(models.Model):
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="units", verbose_name=_("agency"))
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [models.UniqueConstraint(fields=["agency", "name"], name="unit_unique_name")]
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    CASEWORKER = "caseworker", _("Caseworker")
    SUPERVISOR = "supervisor", _("Supervisor")
    ADMINISTRATOR = "administrator", _("Administrator")


class User(AbstractUser):
    """A member of staff. Staff are protected people too: their names are on the engine's roster."""

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="staff", verbose_name=_("agency")
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.SET_NULL, null=True, blank=True, related_name="staff", verbose_name=_("unit")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.CASEWORKER)
    preferred_language = models.CharField(_("preferred language"), max_length=2, choices=LANGUAGE_CHOICES, blank=True)
    aliases = models.CharField(
        _("nicknames"), max_length=300, blank=True, help_text=_("Comma-separated; protected like the name.")
    )
    personal_handles = models.TextField(
        _("personal accounts"),
        blank=True,
        help_text=_("Personal phones, e-mails and handles, one per line: protected, and refused as agency accounts."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def clean(self) -> None:
        super().clean()
        # A supervisor reads their unit's cases and access log: without a unit there is nothing to supervise.
        if self.role == Role.SUPERVISOR and self.unit_id is None:
            raise ValidationError({"unit": _("A supervisor must belong to a unit.")})
        if self.unit_id is not None and self.unit.agency_id != self.agency_id:
            raise ValidationError({"unit": _("The unit must belong to the user's agency.")})

    @property
    def is_caseworker(self) -> bool:
        return self.role == Role.CASEWORKER

    @property
    def is_supervisor(self) -> bool:
        return self.role == Role.SUPERVISOR

    @property
    def is_administrator(self) -> bool:
        return self.role == Role.ADMINISTRATOR or self.is_superuser

    def display_name(self) -> str:
        return self.get_full_name() or self.username


class RosterState(models.Model):
    """A counter bumped in the same transaction as any change to people, contact details or staff, so
    every web process knows when its cached engine roster is stale (see resguardo.casework.roster)."""

    agency = models.OneToOneField(Agency, on_delete=models.CASCADE, related_name="roster_state")
    generation = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)
