"""Forms of the communication record: record a contact, correct an entry, filter by period and channel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resguardo.casework.forms.widgets import DateInput
from resguardo.casework.models import AgencyAccount, Case, Person, Platform
from resguardo.casework.params import BoundedDateField, BoundedDateTimeField
from resguardo.records.models import Channel, Direction, Entry
from resguardo.web.templatetags.display import strip_bidi_controls

MAX_ATTACHMENTS = 10
ONLINE = {Channel.SOCIAL_MEDIA, Channel.MESSAGING}


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class PeopleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Person) -> str:
        return strip_bidi_controls(f"{obj.full_name} ({obj.get_role_display()})")  # options cannot hold <bdi>


class EntryForm(forms.Form):
    """Record a contact that did not go through the check-before-sending page (a call, a visit, ...)."""

    occurred_at = BoundedDateTimeField(
        label=_("When it happened"),
        widget=DateTimeInput(),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
    )
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices, initial=Channel.PHONE)
    direction = forms.ChoiceField(
        label=_("Direction"), choices=Direction.choices, initial=Direction.OUTGOING, widget=forms.RadioSelect
    )
    people = PeopleChoiceField(
        label=_("With whom"), queryset=Person.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    platform = forms.ModelChoiceField(
        label=_("Platform"),
        queryset=Platform.objects.order_by("name"),
        required=False,
        help_text=_("Required for social media and messaging apps."),
    )
    account = forms.ModelChoiceField(
        label=_("Agency account used"), queryset=AgencyAccount.objects.none(), required=False
    )
    summary = forms.CharField(
        label=_("Summary"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=10000,
        help_text=_("What the contact was about, in your words. Only what the case needs."),
    )
    text_sent = forms.CharField(
        label=_("Exact text sent or received (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=50000,
        strip=False,
    )
    attachments = MultipleFileField(
        label=_("Attachments (optional)"),
        required=False,
        help_text=_(
            "Up to 10 files, for example a screenshot or a signed document. Each file is kept with its SHA-256."
        ),
    )

    def __init__(self, *args: Any, agency_id: int, case: Case | None, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.case = case
        people = self.fields["people"]
        if case is None:
            del self.fields["people"]
        else:
            people.queryset = case.people.order_by("role", "first_name")
        accounts = AgencyAccount.objects.filter(agency_id=agency_id, active=True).select_related("platform")
        if user is not None:
            # A contact is recorded as made from the recording worker's own agency accounts only.
            accounts = accounts.filter(owner=user)
        self.fields["account"].queryset = accounts
        if not self.is_bound and "occurred_at" not in self.initial:
            self.initial["occurred_at"] = timezone.localtime().replace(second=0, microsecond=0)

    def clean_occurred_at(self) -> dt.datetime:
        value: dt.datetime = self.cleaned_data["occurred_at"]
        if value > timezone.now() + dt.timedelta(minutes=5):
            raise forms.ValidationError(_("A contact cannot be recorded in the future."))
        return value

    def clean_attachments(self) -> list[tuple[str, bytes, str | None]]:
        files = self.cleaned_data.get("attachments") or []
        if len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(_("At most 10 files per entry."))
        out = []
        for upload in files:
            if upload.size is not None and upload.size > settings.MAX_UPLOAD_BYTES:
                raise forms.ValidationError(
                    _("The file is too large. The limit is %(mb).1f MB.")
                    % {"mb": settings.MAX_UPLOAD_BYTES / (1024 * 1024)}
                )
            data = b"".join(upload.chunks())
            if not data:
                raise forms.ValidationError(_("The file is empty."))
            out.append((upload.name or "", data, upload.content_type))
        return out

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        channel, platform, account = data.get("channel"), data.get("platform"), data.get("account")
        if account is not None:
            if platform is None:
                data["platform"] = platform = account.platform
            elif account.platform_id != platform.pk:
                self.add_error("account", _("This account is on another platform."))
        if channel in ONLINE and platform is None and "platform" not in self.errors:
            self.add_error("platform", _("Choose the platform used for social media or a messaging app."))
        return data


class CorrectionForm(EntryForm):
    """Same fields, prefilled from the entry being corrected; the summary must say what is corrected."""

    def __init__(self, *args: Any, original: Entry, **kwargs: Any) -> None:
        initial = {
            "occurred_at": timezone.localtime(original.occurred_at).replace(second=0, microsecond=0),
            "channel": original.channel,
            "direction": original.direction,
            "people": [p.get("id") for p in original.people or [] if p.get("id")],
            "platform": original.platform_id,
            "account": original.account_id,
            "text_sent": original.text_sent,
        }
        kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        self.fields["summary"].label = _("Corrected summary, and what was wrong")
        self.fields["summary"].help_text = _(
            "The original entry stays in the record; this correction is added after it and points to it."
        )


class RecordFilterForm(forms.Form):
    start = BoundedDateField(label=_("From"), required=False, widget=DateInput())
    end = BoundedDateField(label=_("Until"), required=False, widget=DateInput())
    channel = forms.ChoiceField(label=_("Channel"), required=False, choices=[("", _("All channels")), *Channel.choices])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end of the period must be after its start."))
        return data

    def period(self) -> tuple[dt.date | None, dt.date | None, str]:
        if not self.is_bound or not self.is_valid():
            return None, None, ""
        return self.cleaned_data.get("start"), self.cleaned_data.get("end"), self.cleaned_data.get("channel") or ""
