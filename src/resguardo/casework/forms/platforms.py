"""Forms for the platform pages: approvals, the recommender and agency accounts.

Agency accounts must be the agency's, never a worker's or a client's personal account: the reasons are
resguardo.casework.accounts.account_refusal().
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from resguardo.casework.access import account_owner_choices, visible_cases
from resguardo.casework.accounts import account_refusal, log_hidden_owners, normalized_identifier
from resguardo.casework.models import AgencyAccount, Case, Person, Platform, Purpose, User
from resguardo.casework.models.agency import LANGUAGE_CHOICES


class AgencyAccountForm(forms.ModelForm):
    agency_owned = forms.BooleanField(
        label=_("This account is owned and managed by the agency, not a personal account"),
        required=True,
        error_messages={"required": _("Confirm that the agency owns and manages this account.")},
    )

    class Meta:
        model = AgencyAccount
        fields = ["platform", "identifier", "display_name", "owner"]

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["platform"].queryset = Platform.objects.order_by("name")
        owners = account_owner_choices(user)
        if owners is None:
            del self.fields["owner"]  # a caseworker registers accounts they use themselves
        else:
            self.fields["owner"].queryset = owners.order_by("last_name", "first_name")
            self.fields["owner"].label_from_instance = lambda u: u.display_name()
            self.fields["owner"].initial = user.pk

    def clean_identifier(self) -> str:
        return normalized_identifier(self.cleaned_data["identifier"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        platform: Platform | None = data.get("platform")
        identifier: str = data.get("identifier") or ""
        if not platform or not identifier:
            return data
        agency = self.user.agency
        assert agency is not None
        refusal = account_refusal(agency, platform, identifier)
        if refusal is not None:
            self.add_error("identifier", refusal.message)
            if refusal.owners:
                log_hidden_owners(self.user, refusal.owners)
            return data
        clash = AgencyAccount.objects.filter(platform=platform, identifier__iexact=identifier)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            self.add_error("identifier", _("This account is already registered for this platform."))
        return data

    def save(self, commit: bool = True) -> AgencyAccount:
        account: AgencyAccount = super().save(commit=False)
        account.agency_id = self.user.agency_id
        if "owner" not in self.fields:
            account.owner = self.user
        account.registered_by = self.user
        if commit:
            account.save()
        return account

    def validate_unique(self) -> None:
        # Checked case-insensitively in clean(); the database constraint stays the last word.
        pass


class ApprovalForm(forms.Form):
    purpose = forms.ChoiceField(label=_("Purpose"), choices=Purpose.choices)
    action = forms.ChoiceField(choices=[("approve", _("Approve")), ("withdraw", _("Withdraw approval"))])


YES_NO = [("no", _("No")), ("yes", _("Yes"))]
CONNECTIVITY_CHOICES = [("", _("Not specified")), *Person.Connectivity.choices]


class RecommendForm(forms.Form):
    purpose = forms.ChoiceField(label=_("Purpose"), choices=Purpose.choices)
    health_info = forms.ChoiceField(
        label=_("Will health information be shared?"), choices=YES_NO, widget=forms.RadioSelect, initial="no"
    )
    case = forms.CharField(
        label=_("Case number (optional)"),
        required=False,
        max_length=40,
        help_text=_("The people on the case can then be chosen below."),
    )
    people = forms.MultipleChoiceField(label=_("People involved"), required=False, widget=forms.CheckboxSelectMultiple)
    age = forms.IntegerField(label=_("Age"), required=False, min_value=0, max_value=120)
    language = forms.ChoiceField(
        label=_("Preferred language"), required=False, choices=[("", _("Not specified")), *LANGUAGE_CHOICES]
    )
    connectivity = forms.ChoiceField(label=_("Connectivity"), required=False, choices=CONNECTIVITY_CHOICES)
    accessibility = forms.CharField(
        label=_("Accessibility needs"), required=False, max_length=300, help_text=_("For example: deaf, uses captions.")
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.case_obj: Case | None = None
        number = (self.data.get("case") or "").strip() if self.is_bound else ""
        if number:
            self.case_obj = visible_cases(user).filter(number__iexact=number).first()
        if self.case_obj is not None:
            self.case_people = list(self.case_obj.people.all())
            self.fields["people"].choices = [(str(p.pk), p.full_name) for p in self.case_people]
        else:
            self.case_people = []
            del self.fields["people"]

    def clean_case(self) -> Case | None:
        number = (self.cleaned_data.get("case") or "").strip()
        if number and self.case_obj is None:
            # The same answer for a case that does not exist and one the user may not see.
            raise forms.ValidationError(_("No case with this number among your cases."))
        return self.case_obj

    def has_manual_person(self) -> bool:
        d = self.cleaned_data
        return any(d.get(k) not in (None, "") for k in ("age", "language", "connectivity", "accessibility"))
