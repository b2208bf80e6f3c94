"""Casework forms, one module per area: cases and people, consent and contact rules, platforms and agency
accounts, the caseload upload; shared widgets in widgets. Who may choose what comes from
resguardo.casework.access, whose account an identifier is from resguardo.casework.accounts."""

from resguardo.casework.forms.cases import CaseForm, PersonForm
from resguardo.casework.forms.consent import ConsentForm, ConsentPrintForm, ContactRuleForm, RevokeForm
from resguardo.casework.forms.importer import UploadForm
from resguardo.casework.forms.platforms import AgencyAccountForm, ApprovalForm, RecommendForm
from resguardo.casework.forms.widgets import DateInput

__all__ = [
    "AgencyAccountForm",
    "ApprovalForm",
    "CaseForm",
    "ConsentForm",
    "ConsentPrintForm",
    "ContactRuleForm",
    "DateInput",
    "PersonForm",
    "RecommendForm",
    "RevokeForm",
    "UploadForm",
]
