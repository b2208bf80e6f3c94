"""Forms for the platform pages: approvals, the recommender and agency accounts.

Agency accounts must be the agency's, never a worker's or a client's personal account: see
AgencyAccountForm.clean().
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from resguardo.casework.access import visible_cases
from resguardo.casework.models import (
    AgencyAccount,
    Case,
    ContactPoint,
    Person,
    Platform,
    Purpose,
    Role,
    User,
)
from resguardo.casework.models.agency import LANGUAGE_CHOICES, split_lines

# Free webmail providers: an address there is a personal account, whatever the agency's domains say.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.es",
        "hotmail.co.uk",
        "outlook.com",
        "outlook.es",
        "live.com",
        "live.com.mx",
        "msn.com",
        "yahoo.com",
        "yahoo.es",
        "yahoo.com.mx",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "protonmail.com",
        "proton.me",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "mail.com",
        "zoho.com",
        "yandex.com",
        "tutanota.com",
        "tuta.io",
        "hey.com",
        "fastmail.com",
        "comcast.net",
        "att.net",
        "sbcglobal.net",
        "verizon.net",
        "cox.net",
        "charter.net",
        "prodigy.net.mx",
        "terra.com",
    }
)
EMAIL_RE = re.compile(r"^[^@\s]+@([^@\s]+\.[^@\s]+)$")
PHONE_RE = re.compile(r"^[\d\s().+\-/]+$")


def identifier_keys(value: str) -> set[str]:
    """Comparable forms of a handle, phone number or e-mail address: case, a leading @, spaces and a URL
    prefix do not matter; phone numbers compare by their last ten digits (so +1 and punctuation do not)."""
    v = unicodedata.normalize("NFKC", value or "").strip().lower()
    if not v:
        return set()
    keys: set[str] = set()
    text = v.removeprefix("mailto:").lstrip("@").strip()
    if "/" in text:  # https://instagram.com/someone → someone
        last = text.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
        if last:
            keys.add("t:" + last)
    keys.add("t:" + re.sub(r"\s+", "", text))
    digits = re.sub(r"\D", "", v)
    if len(digits) >= 7 and PHONE_RE.match(v):
        keys.add("p:" + digits[-10:])
    return keys


def _keys_of(values: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for value in values:
        keys |= identifier_keys(value)
    return keys


def personal_identifier(agency_id: int, identifier: str) -> list[int] | None:
    """None if the identifier is nobody's personal account; else the ids of the people on the agency's
    cases it belongs to (an empty list for a staff member's personal account)."""
    wanted = identifier_keys(identifier)
    if not wanted:
        return None
    staff = (
        User.objects.filter(agency_id=agency_id).exclude(personal_handles="").values_list("personal_handles", flat=True)
    )
    for handles in staff.iterator():
        if wanted & _keys_of(split_lines(handles)):
            return []
    contacts = ContactPoint.objects.filter(
        person__case__agency_id=agency_id,
        kind__in=[ContactPoint.Kind.PHONE, ContactPoint.Kind.EMAIL, ContactPoint.Kind.HANDLE],
    ).values_list("person_id", "value")
    owners = [person_id for person_id, value in contacts.iterator() if wanted & identifier_keys(value)]
    return owners or None


def _log_hidden_owners(user: User, person_ids: list[int]) -> None:
    """The form refuses a client's contact with the same words whoever it belongs to; when it belongs to a
    case the user cannot see, that case's supervisor sees the attempt in the access log."""
    from resguardo.casework.access import visible_people
    from resguardo.casework.models import AccessLog

    hidden = Person.objects.filter(pk__in=person_ids).exclude(pk__in=visible_people(user).values("pk"))
    for person_pk, case_pk, number in hidden.values_list("pk", "case_id", "case__number"):
        AccessLog.objects.create(
            user=user,
            action=AccessLog.Action.DENIED,
            agency_id=user.agency_id,
            case_id=case_pk,
            case_number=number,
            person_id=person_pk,
            what="agency account form: a contact of this case, not shown to the user",
        )


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
        staff = User.objects.filter(agency_id=user.agency_id, is_active=True).order_by("last_name", "first_name")
        if user.is_administrator:
            self.fields["owner"].queryset = staff
        elif user.role == Role.SUPERVISOR and user.unit_id:
            self.fields["owner"].queryset = staff.filter(unit_id=user.unit_id)
        else:
            del self.fields["owner"]  # a caseworker registers accounts they use themselves
        if "owner" in self.fields:
            self.fields["owner"].label_from_instance = lambda u: u.display_name()
            self.fields["owner"].initial = user.pk

    def clean_identifier(self) -> str:
        identifier = " ".join(self.cleaned_data["identifier"].split())
        if EMAIL_RE.match(identifier):
            identifier = identifier.lower()
        return identifier

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        platform: Platform | None = data.get("platform")
        identifier: str = data.get("identifier") or ""
        if not platform or not identifier:
            return data
        agency = self.user.agency
        assert agency is not None
        email = EMAIL_RE.match(identifier)
        if platform.kind == Platform.Kind.EMAIL and not email:
            self.add_error("identifier", _("Enter the agency e-mail address of the account."))
            return data
        if email:
            domain = email.group(1).lower()
            if domain in FREE_MAIL_DOMAINS:
                self.add_error(
                    "identifier",
                    _(
                        "%(domain)s is a free personal e-mail service: register only addresses of the agency's own "
                        "domain."
                    )
                    % {"domain": domain},
                )
                return data
            if domain not in agency.domains():
                if agency.domains():
                    msg = _("Agency e-mail accounts must use the agency's domain (%(domains)s), not %(domain)s.") % {
                        "domains": ", ".join(agency.domains()),
                        "domain": domain,
                    }
                else:
                    msg = _(
                        "The agency has no e-mail domain configured, so no e-mail address can be checked. "
                        "Ask an administrator to add the agency's domains."
                    )
                self.add_error("identifier", msg)
                return data
        owners = personal_identifier(agency.pk, identifier)
        if owners is not None:
            # The same words for a colleague's and for anyone's contact: whose it is stays unsaid.
            self.add_error(
                "identifier",
                _(
                    "This is a personal phone number, e-mail address or handle, not the agency's. Personal accounts "
                    "cannot be registered as agency accounts."
                ),
            )
            _log_hidden_owners(self.user, owners)
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
