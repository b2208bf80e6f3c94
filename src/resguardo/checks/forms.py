"""The compose form: case (or the agency's public page), recipients, account, purpose, text, photos."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from resguardo.casework.access import sendable_accounts, visible_cases
from resguardo.casework.models import AgencyAccount, Case, Person, Platform, Purpose, User
from resguardo.casework.params import parse_id
from resguardo.web.templatetags.display import strip_bidi_controls

MAX_CASES_IN_MENU = 300


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/heic"}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


class ComposeForm(forms.Form):
    case = forms.ChoiceField(
        label=_("About"),
        required=False,
        help_text=_("A case, or the agency's public page for announcements and recruitment."),
    )
    recipients = forms.MultipleChoiceField(label=_("Recipients"), required=False, widget=forms.CheckboxSelectMultiple)
    account = forms.ChoiceField(label=_("Agency account"), required=False)
    purpose = forms.ChoiceField(label=_("Purpose"), choices=Purpose.choices, initial=Purpose.MESSAGING)
    text = forms.CharField(
        label=_("Message or post"), required=False, max_length=20_000, widget=forms.Textarea(attrs={"rows": 7})
    )
    photos = MultipleFileField(
        label=_("Photos"),
        required=False,
        help_text=_("JPEG, PNG, WebP or HEIC. They are sanitized before anything else."),
    )
    summary = forms.CharField(
        label=_("Summary for the record"),
        required=False,
        max_length=500,
        help_text=_("A line for the communication record, e.g. 'Confirmed Thursday's visit'."),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        cases = visible_cases(user).filter(status=Case.Status.OPEN).order_by("number")[:MAX_CASES_IN_MENU]
        self.fields["case"].choices = [("", _("Agency public page (no case)")), *[(str(c.pk), c.number) for c in cases]]
        accounts = sendable_accounts(user).select_related("platform").order_by("platform__name")
        self.accounts = {str(a.pk): a for a in accounts}
        labels = [(k, f"{a.platform.name} · {a.identifier}") for k, a in self.accounts.items()]
        self.fields["account"].choices = [("", _("Choose your agency account")), *labels]
        self.case_obj: Case | None = None
        raw_case = self.data.get("case") if self.is_bound else self.initial.get("case")
        if raw_case:
            case_id = parse_id(raw_case)
            self.case_obj = visible_cases(user).filter(pk=case_id).first() if case_id else None
        self.people: dict[str, Person] = {}
        if self.case_obj is not None:
            self.people = {str(p.pk): p for p in self.case_obj.people.order_by("role", "first_name")}
        self.fields["recipients"].choices = [
            (k, strip_bidi_controls(f"{p.full_name} ({p.get_role_display()})")) for k, p in self.people.items()
        ]

    def selected_account(self) -> AgencyAccount | None:
        return self.accounts.get(self.cleaned_data.get("account") or "")

    def selected_people(self) -> list[Person]:
        return [self.people[k] for k in self.cleaned_data.get("recipients") or [] if k in self.people]

    def platform(self) -> Platform | None:
        account = self.selected_account()
        return account.platform if account else None
