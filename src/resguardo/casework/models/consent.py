"""Consent per person × platform × purpose, and the case plan's contact rules (which extend to social media)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resguardo.casework.models.cases import Person
from resguardo.casework.models.platforms import Platform, Purpose


def evidence_path(instance: Consent, filename: str) -> str:
    # Never the uploaded name on disk: it may carry a child's name, and it must not choose the path.
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return f"consent-evidence/{timezone.now():%Y/%m}/{instance.evidence_sha256}{suffix[:6]}"


class Consent(models.Model):
    class GivenBy(models.TextChoices):
        SELF = "self", _("The person")
        GUARDIAN = "guardian", _("The parent or legal guardian")

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting agency approval")
        ACTIVE = "active", _("Active")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents", verbose_name=_("person"))
    platform = models.ForeignKey(
        Platform, on_delete=models.PROTECT, related_name="consents", verbose_name=_("platform")
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    given_by = models.CharField(_("given by"), max_length=10, choices=GivenBy.choices, default=GivenBy.SELF)
    given_by_name = models.CharField(_("name of who gave consent"), max_length=200)
    given_on = models.DateField(_("date given"), default=dt.date.today)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="approved_consents",
        verbose_name=_("approved by"),
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="revoked_consents",
        verbose_name=_("revoked by"),
    )
    revocation_reason = models.CharField(_("reason for revocation"), max_length=300, blank=True)
    evidence = models.FileField(_("signed form"), upload_to=evidence_path, blank=True)
    evidence_sha256 = models.CharField(_("SHA-256 of the signed form"), max_length=64, blank=True)
    evidence_name = models.CharField(_("file name of the signed form"), max_length=200, blank=True)
    notes = models.CharField(_("notes"), max_length=500, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="recorded_consents",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_on", "-id"]
        indexes = [models.Index(fields=["person", "platform", "purpose"])]

    def __str__(self) -> str:
        return f"{self.person} · {self.platform} · {self.get_purpose_display()}"

    def status_on(self, day: dt.date | None = None) -> str:
        day = day or timezone.localdate()
        if self.revoked_at is not None:
            return str(self.Status.REVOKED)
        if self.expires_on is not None and self.expires_on < day:
            return str(self.Status.EXPIRED)
        if self.approved_at is None:
            return str(self.Status.PENDING)
        return str(self.Status.ACTIVE)

    @property
    def status(self) -> str:
        return self.status_on()

    def get_status_display(self) -> str:
        return str(self.Status(self.status).label)

    @property
    def is_valid(self) -> bool:
        return self.status == str(self.Status.ACTIVE)


class ContactRule(models.Model):
    """What the case plan says about contact between a child and another person, on which channels."""

    class Rule(models.TextChoices):
        ALLOWED = "allowed", _("Allowed")
        SUPERVISED = "supervised", _("Supervised only")
        NOT_ALLOWED = "not_allowed", _("Not allowed")

    class Channel(models.TextChoices):
        ALL = "all", _("All channels")
        SOCIAL_MEDIA = "social_media", _("Social media and messaging apps")
        PHONE = "phone", _("Phone and text messages")
        IN_PERSON = "in_person", _("In person")

    child = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="contact_rules",
        verbose_name=_("child"),
        limit_choices_to={"role": "child"},
    )
    other_person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="contact_rules_as_other",
        verbose_name=_("person on the case"),
    )
    other_name = models.CharField(_("other person (not on the case)"), max_length=200, blank=True)
    rule = models.CharField(_("contact"), max_length=15, choices=Rule.choices)
    channel = models.CharField(_("channels"), max_length=15, choices=Channel.choices, default=Channel.ALL)
    valid_from = models.DateField(_("from"), default=dt.date.today)
    valid_until = models.DateField(_("until"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("recorded by")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("contact rule")
        verbose_name_plural = _("contact rules")
        ordering = ["rule", "valid_from"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(other_person__isnull=False) | ~models.Q(other_name=""),
                name="contact_rule_has_other",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.child} ↔ {self.other_label}: {self.get_rule_display()}"

    @property
    def other_label(self) -> str:
        return self.other_person.full_name if self.other_person else self.other_name

    def in_force_on(self, day: dt.date | None = None) -> bool:
        day = day or timezone.localdate()
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    @property
    def in_force(self) -> bool:
        return self.in_force_on()

    def covers(self, channel: str) -> bool:
        return self.channel in (self.Channel.ALL, channel)
