"""Forms for cases and people. Contact details are edited as one-per-line lists, which is how workers
copy them from a case-management system."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resguardo.casework.access import case_assignment_choices
from resguardo.casework.forms.widgets import DateInput
from resguardo.casework.models import Case, ContactPoint, Person, User

KIND_FIELDS = {
    ContactPoint.Kind.ADDRESS: "addresses",
    ContactPoint.Kind.SCHOOL: "schools",
    ContactPoint.Kind.PHONE: "phones",
    ContactPoint.Kind.EMAIL: "emails",
    ContactPoint.Kind.HANDLE: "handles",
}
MAX_LINES = 50


class CaseForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = ["number", "status", "unit", "assigned_worker", "opened_on", "closed_on"]
        widgets = {"opened_on": DateInput(), "closed_on": DateInput()}

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        choices = case_assignment_choices(user)
        if choices is None:
            # A caseworker opens cases in their own unit, assigned to themselves.
            del self.fields["unit"]
            del self.fields["assigned_worker"]
        else:
            units, workers = choices
            self.fields["unit"].queryset = units
            self.fields["assigned_worker"].queryset = workers.order_by("last_name", "first_name")

    def clean_number(self) -> str:
        number = self.cleaned_data["number"].strip()
        clash = Case.objects.filter(agency_id=self.user.agency_id, number__iexact=number)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(_("Another case already has this number."))
        return number

    def save(self, commit: bool = True) -> Case:
        case: Case = super().save(commit=False)
        case.agency_id = self.user.agency_id
        if "unit" not in self.fields and not case.pk:
            case.unit_id = self.user.unit_id
            case.assigned_worker = self.user
        if commit:
            case.save()
        return case


def _one_per_line(label: Any, help_text: Any = None) -> forms.CharField:
    """A person's contact details of one kind, written one per line."""
    return forms.CharField(
        label=label,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=help_text or _("One per line."),
    )


class PersonForm(forms.ModelForm):
    addresses = _one_per_line(_("Addresses"))
    schools = _one_per_line(_("Schools, daycares and teams"))
    phones = _one_per_line(_("Phones"))
    emails = _one_per_line(_("E-mail addresses"))
    handles = _one_per_line(_("Social media handles"), _("One per line, e.g. @name."))

    class Meta:
        model = Person
        fields = [
            "role",
            "first_name",
            "last_name",
            "aliases",
            "date_of_birth",
            "preferred_language",
            "accessibility_needs",
            "connectivity",
            "connectivity_notes",
        ]
        widgets = {"date_of_birth": DateInput()}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for kind, name in KIND_FIELDS.items():
                values = [cp.value for cp in self.instance.contact_points.all() if cp.kind == kind]
                self.initial[name] = "\n".join(values)

    def clean_date_of_birth(self) -> Any:
        born = self.cleaned_data.get("date_of_birth")
        if born is not None and born > timezone.localdate():
            raise forms.ValidationError(_("The date of birth cannot be in the future."))
        if born is not None and born.year < 1900:
            raise forms.ValidationError(_("Check the year of birth."))
        return born

    def _lines(self, name: str) -> list[str]:
        lines = [v.strip() for v in (self.cleaned_data.get(name) or "").splitlines() if v.strip()]
        if len(lines) > MAX_LINES:
            raise forms.ValidationError(_("At most %(n)d lines.") % {"n": MAX_LINES})
        if any(len(v) > 300 for v in lines):
            raise forms.ValidationError(_("Each line may have at most 300 characters."))
        return list(dict.fromkeys(lines))

    def clean_addresses(self) -> list[str]:
        return self._lines("addresses")

    def clean_schools(self) -> list[str]:
        return self._lines("schools")

    def clean_phones(self) -> list[str]:
        return self._lines("phones")

    def clean_emails(self) -> list[str]:
        emails = self._lines("emails")
        validator = forms.EmailField()
        for email in emails:
            validator.clean(email)
        return emails

    def clean_handles(self) -> list[str]:
        return self._lines("handles")

    @transaction.atomic
    def save_with_case(self, case: Case) -> Person:
        person: Person = super().save(commit=False)
        person.case = case
        person.save()
        person.contact_points.all().delete()
        ContactPoint.objects.bulk_create(
            ContactPoint(person=person, kind=kind, value=value)
            for kind, name in KIND_FIELDS.items()
            for value in self.cleaned_data.get(name) or []
        )
        return person
