"""Cases and the people on them, with everything about a person the engine must protect."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from resguardo.casework.models.agency import LANGUAGE_CHOICES, Agency, Unit, split_lines


class Case(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="cases", verbose_name=_("agency"))
    number = models.CharField(_("case number"), max_length=40)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="cases", verbose_name=_("unit"))
    assigned_worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_cases",
        verbose_name=_("assigned worker"),
    )
    opened_on = models.DateField(_("opened on"), default=dt.date.today)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        constraints = [models.UniqueConstraint(fields=["agency", "number"], name="case_unique_number")]
        indexes = [models.Index(fields=["assigned_worker", "status"]), models.Index(fields=["unit", "status"])]
        ordering = ["number"]

    def __str__(self) -> str:
        return self.number


class PersonRole(models.TextChoices):
    CHILD = "child", _("Child")
    PARENT = "parent", _("Parent")
    RELATIVE = "relative", _("Relative")
    FOSTER_PARENT = "foster_parent", _("Foster parent")
    OTHER = "other", _("Other")


class Person(models.Model):
    class Connectivity(models.TextChoices):
        GOOD = "good", _("Good connection")
        LIMITED = "limited", _("Limited data or slow connection")
        NONE = "none", _("No internet access")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="people", verbose_name=_("case"))
    role = models.CharField(_("role"), max_length=20, choices=PersonRole.choices)
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(
        _("last name"), max_length=150, blank=True, help_text=_("Both surnames where the person uses two.")
    )
    aliases = models.CharField(
        _("nicknames and other names"), max_length=300, blank=True, help_text=_("Comma-separated.")
    )
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=2, choices=LANGUAGE_CHOICES, default="es")
    accessibility_needs = models.CharField(
        _("accessibility needs"),
        max_length=300,
        blank=True,
        help_text=_("For example: deaf, uses captions; low vision; screen reader."),
    )
    connectivity = models.CharField(
        _("connectivity"), max_length=10, choices=Connectivity.choices, default=Connectivity.GOOD
    )
    connectivity_notes = models.CharField(_("connectivity notes"), max_length=300, blank=True)
    # The case-management system's id, so that re-importing the same export updates instead of duplicating.
    external_id = models.CharField(_("external id"), max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["role", "first_name", "last_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "external_id"], condition=~models.Q(external_id=""), name="person_unique_external_id"
            ),
        ]

    def __str__(self) -> str:
        # Shown by the admin and in select lists, where <bdi> is not possible: no bidi control may reorder
        # the text around the name (imported here to keep this change to this one method).
        from resguardo.web.templatetags.display import strip_bidi_controls

        return strip_bidi_controls(self.full_name)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def alias_list(self) -> list[str]:
        return split_lines(self.aliases)

    def age_on(self, day: dt.date | None = None) -> int | None:
        if self.date_of_birth is None:
            return None
        day = day or dt.date.today()
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def age(self) -> int | None:
        return self.age_on()

    @property
    def is_child(self) -> bool:
        return self.role == PersonRole.CHILD


class ContactPoint(models.Model):
    """An address, school, phone, e-mail or social handle of a person: each one a thing to protect."""

    class Kind(models.TextChoices):
        ADDRESS = "address", _("Address")
        SCHOOL = "school", _("School")
        PHONE = "phone", _("Phone")
        EMAIL = "email", _("E-mail")
        HANDLE = "handle", _("Social media handle")

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="contact_points", verbose_name=_("person")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    value = models.CharField(_("value"), max_length=300)
    platform = models.CharField(
        _("platform"), max_length=60, blank=True, help_text=_("For a handle: where it is used, e.g. Instagram.")
    )

    class Meta:
        verbose_name = _("contact detail")
        verbose_name_plural = _("contact details")
        ordering = ["kind", "value"]
        constraints = [models.UniqueConstraint(fields=["person", "kind", "value"], name="contact_point_unique")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"
