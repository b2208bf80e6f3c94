"""The platform catalog (facts with their sources), the agency's approvals per purpose, and agency accounts."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from resguardo.casework.models.agency import Agency


class Purpose(models.TextChoices):
    MESSAGING = "messaging", _("Messaging")
    VIRTUAL_VISITS = "virtual_visits", _("Virtual visits")
    PHOTOS = "photos", _("Photos")
    PUBLIC_RECOGNITION = "public_recognition", _("Public recognition or recruitment")


class Platform(models.Model):
    class Kind(models.TextChoices):
        MESSAGING = "messaging", _("Messaging app")
        SOCIAL = "social", _("Social network")
        VIDEO = "video", _("Video calls")
        SMS = "sms", _("Text messages (SMS)")
        EMAIL = "email", _("E-mail")

    class Answer(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")
        OPTIONAL = "optional", _("Optional or on some plans")

    slug = models.SlugField(_("identifier"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    hipaa_baa = models.CharField(_("HIPAA business associate agreement"), max_length=10, choices=Answer.choices)
    end_to_end_encryption = models.CharField(_("end-to-end encryption"), max_length=10, choices=Answer.choices)
    minimum_age = models.PositiveSmallIntegerField(_("minimum user age"), default=13)
    location_features_es = models.TextField(_("location features (Spanish)"), blank=True)
    location_features_en = models.TextField(_("location features (English)"), blank=True)
    retention_es = models.TextField(_("message retention (Spanish)"), blank=True)
    retention_en = models.TextField(_("message retention (English)"), blank=True)
    captions = models.BooleanField(_("captions or accessibility features"), default=False)
    accessibility_es = models.TextField(_("accessibility (Spanish)"), blank=True)
    accessibility_en = models.TextField(_("accessibility (English)"), blank=True)
    low_bandwidth = models.BooleanField(_("works on a slow connection"), default=False)
    languages = models.CharField(_("interface languages"), max_length=200, default="es, en")
    privacy_summary_es = models.TextField(_("privacy summary (Spanish)"))
    privacy_summary_en = models.TextField(_("privacy summary (English)"))
    settings_checklist_es = models.TextField(
        _("recommended privacy settings (Spanish)"), help_text=_("One step per line.")
    )
    settings_checklist_en = models.TextField(
        _("recommended privacy settings (English)"), help_text=_("One step per line.")
    )
    # {"hipaa_baa": {"source": "https://…", "checked": "2026-11-01"}, …}: platforms change, so every fact
    # says where it came from and when it was last checked.
    sources = models.JSONField(_("sources"), default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("platform")
        verbose_name_plural = _("platforms")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def localized(self, field: str, lang: str | None = None) -> str:
        lang = (lang or get_language() or "es")[:2]
        return getattr(self, f"{field}_{'en' if lang == 'en' else 'es'}")

    def privacy_summary(self, lang: str | None = None) -> str:
        return self.localized("privacy_summary", lang)

    def checklist(self, lang: str | None = None) -> list[str]:
        return [line.strip() for line in self.localized("settings_checklist", lang).splitlines() if line.strip()]

    @property
    def is_hipaa_ready(self) -> bool:
        return self.hipaa_baa == self.Answer.YES


class PlatformApproval(models.Model):
    """The agency approves a platform for a purpose; unapproved platforms are not recommended."""

    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="platform_approvals", verbose_name=_("agency")
    )
    platform = models.ForeignKey(
        Platform, on_delete=models.CASCADE, related_name="approvals", verbose_name=_("platform")
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    # The catalog's facts are shared by every agency; what an agency tells its own staff is kept here.
    notes = models.TextField(
        _("notes for our staff"),
        blank=True,
        help_text=_("Only your agency sees these notes: when and how to use this platform for this purpose."),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by"),
    )
    approved_at = models.DateTimeField(_("approved at"), auto_now_add=True)

    class Meta:
        verbose_name = _("platform approval")
        verbose_name_plural = _("platform approvals")
        constraints = [models.UniqueConstraint(fields=["agency", "platform", "purpose"], name="approval_unique")]


class AgencyAccount(models.Model):
    """A professional account a worker uses on a platform. Personal accounts are refused (see forms)."""

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="accounts", verbose_name=_("agency"))
    platform = models.ForeignKey(
        Platform, on_delete=models.PROTECT, related_name="accounts", verbose_name=_("platform")
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="agency_accounts", verbose_name=_("used by")
    )
    identifier = models.CharField(
        _("account"), max_length=200, help_text=_("Handle, agency phone number or agency e-mail address.")
    )
    display_name = models.CharField(_("display name"), max_length=200, blank=True)
    active = models.BooleanField(_("active"), default=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("registered by")
    )
    registered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("agency account")
        verbose_name_plural = _("agency accounts")
        ordering = ["platform__name", "identifier"]
        constraints = [models.UniqueConstraint(fields=["platform", "identifier"], name="account_unique")]

    def __str__(self) -> str:
        return f"{self.platform}: {self.identifier}"
