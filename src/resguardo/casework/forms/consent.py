"""Forms for the consent registry, the printable consent form and case-plan contact rules."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resguardo.casework.evidence import CheckedEvidence, check_upload
from resguardo.casework.forms.widgets import DateInput
from resguardo.casework.models import Consent, ContactRule, Person, Platform, Purpose

PDF_LANGUAGES = [("es", _("Spanish")), ("en", _("English")), ("both", _("Both languages (Spanish and English)"))]


class ConsentForm(forms.ModelForm):
    evidence_file = forms.FileField(
        label=_("Signed form (optional)"),
        required=False,
        help_text=_("A scan or photo of the signed consent form: PDF, JPEG or PNG."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"}),
    )

    class Meta:
        model = Consent
        fields = ["platform", "purpose", "given_by", "given_by_name", "given_on", "expires_on", "notes"]
        widgets = {
            "given_on": DateInput(),
            "expires_on": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
        }
        help_texts = {
            "given_by_name": _("For a child: the parent or legal guardian who signed."),
            "expires_on": _("Must be after the date given. Ask again before it expires."),
        }

    def __init__(self, *args: Any, person: Person, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.person = person
        self.evidence: CheckedEvidence | None = None
        self.fields["platform"].queryset = Platform.objects.order_by("name")
        self.fields["given_by_name"].required = False
        if person.is_child:
            # A child's consent is given by their parent or legal guardian.
            guardian = str(Consent.GivenBy.GUARDIAN)
            self.fields["given_by"].choices = [(guardian, dict(Consent.GivenBy.choices)[guardian])]
            self.fields["given_by"].initial = Consent.GivenBy.GUARDIAN
            self.fields["given_by_name"].required = True
            self.fields["given_by_name"].label = _("Name of the parent or legal guardian")
        else:
            self.fields["given_by"].initial = Consent.GivenBy.SELF
            self.fields["given_by_name"].help_text = _(
                "Leave empty when the person gave consent themselves; a guardian's name is required."
            )

    def clean_given_on(self) -> Any:
        given_on = self.cleaned_data["given_on"]
        if given_on and given_on > timezone.localdate():
            raise forms.ValidationError(_("The date consent was given cannot be in the future."))
        return given_on

    def clean_evidence_file(self) -> Any:
        upload = self.cleaned_data.get("evidence_file")
        if upload:
            self.evidence = check_upload(upload)
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        given_on, expires_on = data.get("given_on"), data.get("expires_on")
        if given_on and expires_on and expires_on <= given_on:
            self.add_error("expires_on", _("The expiry date must be after the date consent was given."))
        given_by = data.get("given_by")
        name = (data.get("given_by_name") or "").strip()
        if self.person.is_child and given_by != Consent.GivenBy.GUARDIAN:
            self.add_error("given_by", _("For a child, consent is given by the parent or legal guardian."))
        if given_by == Consent.GivenBy.GUARDIAN and not name and "given_by_name" not in self.errors:
            self.add_error("given_by_name", _("Enter the name of the parent or legal guardian."))
        if given_by == Consent.GivenBy.SELF and not name:
            name = self.person.full_name
        data["given_by_name"] = name
        return data


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revoking"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
        help_text=_("For example: the family asked to stop using this platform."),
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Say why consent is revoked."))
        return reason


class ConsentPrintForm(forms.Form):
    platform = forms.ModelChoiceField(label=_("Platform"), queryset=Platform.objects.order_by("name"))
    purpose = forms.ChoiceField(label=_("Purpose"), choices=Purpose.choices)
    lang = forms.ChoiceField(label=_("Language of the form"), choices=PDF_LANGUAGES)


class ContactRuleForm(forms.ModelForm):
    class Meta:
        model = ContactRule
        fields = ["other_person", "other_name", "rule", "channel", "valid_from", "valid_until", "reason"]
        widgets = {
            "valid_from": DateInput(),
            "valid_until": DateInput(),
            "reason": forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
        }
        help_texts = {
            "other_person": _("Someone on this case. Or leave empty and write a name below."),
            "other_name": _("Someone who is not on the case, for example a relative or a former partner."),
            "channel": _(
                'The rules also apply to social media, messaging apps and video calls when "All channels" is chosen.'
            ),
            "valid_until": _("Leave empty until further notice."),
            "reason": _("Kept in the case file. It is not printed on the family's summary."),
        }

    def __init__(self, *args: Any, child: Person, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.child = child
        field = self.fields["other_person"]
        field.queryset = Person.objects.filter(case_id=child.case_id).exclude(pk=child.pk)
        field.required = False
        field.empty_label = _("— Not on the case —")
        self.fields["other_name"].required = False
        self.fields["rule"].initial = ContactRule.Rule.NOT_ALLOWED

    def clean_other_name(self) -> str:
        return (self.cleaned_data.get("other_name") or "").strip()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        other, name = data.get("other_person"), data.get("other_name")
        if other and name:
            self.add_error("other_name", _("Choose a person on the case or write a name, not both."))
        elif not other and not name and "other_person" not in self.errors:
            self.add_error("other_person", _("Choose a person on the case or write the name of someone else."))
        start, end = data.get("valid_from"), data.get("valid_until")
        if start and end and end < start:
            self.add_error("valid_until", _("The end date cannot be before the start date."))
        return data

    def save(self, commit: bool = True) -> ContactRule:
        rule: ContactRule = super().save(commit=False)
        rule.child = self.child
        if commit:
            rule.save()
        return rule
