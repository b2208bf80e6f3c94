"""The communication record: entries (one per contact), their attachments, and each agency's chain head.

Append-only, at every level:

- ``Entry`` and ``Attachment`` rows are written only by ``resguardo.records.chain.append_entry`` (or
  ``append_entries`` for bulk imports); ``save()`` refuses anything else, including any update of an existing
  row, and ``delete()`` always raises. Their querysets refuse ``update()``, ``delete()`` and
  ``bulk_update()``.
- Every foreign key from the record is ``PROTECT``: deleting a case, user, platform or account that the
  record mentions is refused rather than cascading into the record.
- Database triggers (migration 0002, ``resguardo.records.triggers``) refuse UPDATE and DELETE of entries
  and attachments on SQLite and PostgreSQL, for anyone who goes around the application.
- The hash chain (``resguardo.records.canonical``) makes any change made by someone who also disables the
  triggers visible to ``verify_chain`` and ``manage.py verify_record``.

A correction is a new entry whose ``corrects`` points at the entry it corrects; the original stays.
Every value that goes into the hash is stored on the entry itself as a snapshot (case number, people's
names, platform slug, account, user name), so renaming a person or a user later neither changes what the
record says nor breaks the chain.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

from resguardo.casework.models import Agency, AgencyAccount, Case, Platform
from resguardo.records.canonical import GENESIS

_APPENDING: contextvars.ContextVar[bool] = contextvars.ContextVar("records_appending", default=False)


class AppendOnlyError(PermissionDenied):
    """The communication record is append-only: nothing in it can be changed or deleted."""


@contextmanager
def appending() -> Iterator[None]:
    """Used only by resguardo.records.chain while it holds the agency's chain lock."""
    token = _APPENDING.set(True)
    try:
        yield
    finally:
        _APPENDING.reset(token)


def _refuse(what: str) -> AppendOnlyError:
    return AppendOnlyError(
        f"The communication record is append-only: {what} refused. "
        "Record a correction instead (a new entry that references this one)."
    )


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs: Any) -> int:
        raise _refuse("update")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise _refuse("delete")

    def bulk_update(self, objs: Any, fields: Any, batch_size: int | None = None) -> int:
        raise _refuse("update")

    def update_or_create(self, *args: Any, **kwargs: Any) -> Any:
        raise _refuse("update")

    def _raw_delete(self, using: Any) -> int:
        raise _refuse("delete")

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> Any:
        if not _APPENDING.get():
            raise _refuse("writing outside resguardo.records.chain")
        return super().bulk_create(objs, *args, **kwargs)


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding or kwargs.get("force_update") or kwargs.get("update_fields"):
            raise _refuse("update")
        if not _APPENDING.get():
            raise _refuse("writing outside resguardo.records.chain")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise _refuse("delete")


class Channel(models.TextChoices):
    SOCIAL_MEDIA = "social_media", _("Social media")
    MESSAGING = "messaging", _("Messaging app")
    SMS = "sms", _("Text message (SMS)")
    PHONE = "phone", _("Phone call")
    IN_PERSON = "in_person", _("In person")
    VIRTUAL_VISIT = "virtual_visit", _("Virtual visit (video call)")
    EMAIL = "email", _("E-mail")


class Direction(models.TextChoices):
    OUTGOING = "outgoing", _("From the agency")
    INCOMING = "incoming", _("To the agency")


class Verdict(models.TextChoices):
    NONE = "", _("Not checked")
    OK = "ok", _("OK to send")
    REVIEW = "review", _("Review before sending")
    BLOCK = "block", _("Do not send")


class Entry(AppendOnlyModel):
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="record_entries", verbose_name=_("agency")
    )
    seq = models.PositiveBigIntegerField(_("entry number"))
    case = models.ForeignKey(
        Case,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="record_entries",
        verbose_name=_("case"),
        help_text=_("Empty for a post on the agency's public page."),
    )
    case_number = models.CharField(_("case number"), max_length=40, blank=True)
    people = models.JSONField(
        _("people"),
        default=list,
        blank=True,
        help_text=_("Who the contact was with, as they were named when it was recorded."),
    )
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    platform = models.ForeignKey(
        Platform, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("platform")
    )
    platform_slug = models.CharField(_("platform identifier"), max_length=40, blank=True)
    account = models.ForeignKey(
        AgencyAccount,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("agency account"),
    )
    account_identifier = models.CharField(_("agency account"), max_length=200, blank=True)
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    occurred_at = models.DateTimeField(_("when it happened"))
    summary = models.TextField(_("summary"))
    text_sent = models.TextField(_("exact text"), blank=True)
    verdict = models.CharField(_("check verdict"), max_length=10, choices=Verdict.choices, blank=True)
    check_summary = models.JSONField(_("check reasons"), null=True, blank=True)
    corrects = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name=_("corrects entry"),
    )
    corrects_hash = models.CharField(max_length=64, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("recorded by")
    )
    recorded_by_username = models.CharField(_("recorded by"), max_length=150)
    recorded_at = models.DateTimeField(_("recorded at"))
    prev_hash = models.CharField(_("previous hash"), max_length=64)
    entry_hash = models.CharField(_("entry hash"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("record entry")
        verbose_name_plural = _("record entries")
        ordering = ["agency", "seq"]
        constraints = [models.UniqueConstraint(fields=["agency", "seq"], name="record_entry_unique_seq")]
        indexes = [models.Index(fields=["case", "occurred_at"], name="record_entry_case_time")]

    def __str__(self) -> str:
        return f"#{self.seq}"

    def people_names(self) -> str:
        return ", ".join(p.get("name", "") for p in self.people or [])


def attachment_path(instance: Attachment, filename: str) -> str:
    # Named by content, never by the uploaded name (which may carry a child's name).
    return f"records/{instance.sha256}"


class Attachment(AppendOnlyModel):
    entry = models.ForeignKey(
        Entry, on_delete=models.PROTECT, related_name="attachments", verbose_name=_("record entry")
    )
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=200)
    name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)

    class Meta:
        verbose_name = _("record attachment")
        verbose_name_plural = _("record attachments")
        ordering = ["entry", "sha256", "name"]

    def __str__(self) -> str:
        return self.name


class ChainHead(models.Model):
    """The last entry of an agency's chain. Its row is the lock that serialises appends (SELECT ... FOR
    UPDATE on PostgreSQL; on SQLite the IMMEDIATE transaction already holds the database's write lock)."""

    agency = models.OneToOneField(Agency, on_delete=models.PROTECT, related_name="record_head")
    last_seq = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default=GENESIS)

    class Meta:
        verbose_name = _("record chain head")
        verbose_name_plural = _("record chain heads")

    def __str__(self) -> str:
        return f"{self.agency_id}: #{self.last_seq}"
