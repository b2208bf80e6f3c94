"""Consent registry (record, approve, revoke, evidence), printable consent forms, and case-plan contact rules
with their printable summary. Access goes through resguardo.casework.access: anything a user may not do on a
case is a 404, never a 403, so a guessed URL does not confirm that anything exists."""

from __future__ import annotations

import datetime as dt
import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from resguardo.casework import pdf
from resguardo.casework.access import can_approve, get_person, get_visible_or_404, log_access, visible_people
from resguardo.casework.evidence import content_type_of, download_name, save_consent
from resguardo.casework.forms import ConsentForm, ConsentPrintForm, ContactRuleForm, RevokeForm
from resguardo.casework.models import AccessLog, Consent, ContactRule, Person


def _visible_consent(request: HttpRequest, pk: int) -> Consent:
    consents = Consent.objects.select_related("person", "person__case", "person__case__agency", "platform")
    consent: Consent = get_visible_or_404(consents.filter(person__in=visible_people(request.user)), pk)
    return consent


def _visible_rule(request: HttpRequest, pk: int) -> ContactRule:
    rules = ContactRule.objects.select_related("child", "child__case", "other_person")
    rule: ContactRule = get_visible_or_404(rules.filter(child__in=visible_people(request.user)), pk)
    return rule


def _back_to(person: Person, anchor: str) -> HttpResponse:
    return redirect(reverse("person_detail", args=[person.pk]) + f"#{anchor}")


# ------------------------------------------------------------------------------------------------ consent


@login_required
def consent_create(request: HttpRequest, person_pk: int) -> HttpResponse:
    person = get_person(request, person_pk, action=None)
    form = ConsentForm(request.POST or None, request.FILES or None, person=person)
    if request.method == "POST" and form.is_valid():
        consent: Consent = form.save(commit=False)
        consent.person = person
        consent.recorded_by = request.user
        what = f"consent {consent.platform.slug} {consent.purpose}"
        save_consent(
            consent,
            form.evidence,
            after_save=lambda c: log_access(request, AccessLog.Action.CREATE, person=person, what=what),
        )
        messages.success(request, _("Consent recorded. It needs a supervisor's approval before it is used."))
        return _back_to(person, "consents")
    log_access(request, AccessLog.Action.VIEW, person=person, what="consent form")
    return render(request, "casework/consent/consent_form.html", {"form": form, "person": person, "case": person.case})


@login_required
@require_POST
def consent_approve(request: HttpRequest, pk: int) -> HttpResponse:
    consent = _visible_consent(request, pk)
    if not can_approve(request.user):
        raise Http404
    status = consent.status
    if status == str(Consent.Status.PENDING) and consent.recorded_by_id == request.user.pk:
        # Four eyes: the agency's approval comes from someone other than who recorded the consent.
        messages.error(request, _("You recorded this consent: another supervisor or an administrator approves it."))
    elif status == str(Consent.Status.PENDING):
        consent.approved_by = request.user
        consent.approved_at = timezone.now()
        consent.save(update_fields=["approved_by", "approved_at"])
        log_access(request, AccessLog.Action.EDIT, person=consent.person, what=f"approved consent {consent.pk}")
        messages.success(request, _("Consent approved."))
    elif status == str(Consent.Status.ACTIVE):
        messages.info(request, _("This consent was already approved."))
    else:
        messages.error(request, _("A revoked or expired consent cannot be approved. Record a new consent."))
    return _back_to(consent.person, "consents")


@login_required
def consent_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    consent = _visible_consent(request, pk)
    if consent.revoked_at is not None:
        messages.info(request, _("This consent was already revoked."))
        return _back_to(consent.person, "consents")
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        consent.revoked_at = timezone.now()
        consent.revoked_by = request.user
        consent.revocation_reason = form.cleaned_data["reason"]
        consent.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
        log_access(request, AccessLog.Action.EDIT, person=consent.person, what=f"revoked consent {consent.pk}")
        messages.success(request, _("Consent revoked. It stays in the record with its reason."))
        return _back_to(consent.person, "consents")
    log_access(request, AccessLog.Action.VIEW, person=consent.person, what=f"revoke consent {consent.pk} form")
    return render(
        request,
        "casework/consent/consent_revoke.html",
        {
            "form": form,
            "consent": consent,
            "person": consent.person,
            "case": consent.person.case,
        },
    )


@login_required
def consent_evidence(request: HttpRequest, pk: int) -> FileResponse:
    consent = _visible_consent(request, pk)
    if not consent.evidence:
        raise Http404
    try:
        handle = consent.evidence.open("rb")
    except (FileNotFoundError, ValidationError, OSError):
        raise Http404 from None
    log_access(request, AccessLog.Action.DOWNLOAD, person=consent.person, what=f"consent {consent.pk} evidence")
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=download_name(consent),
        content_type=content_type_of(consent.evidence.name or ""),
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def consent_print(request: HttpRequest, person_pk: int) -> HttpResponse:
    """Choose platform, purpose and language; with them in the query string, the PDF itself."""
    person = get_person(request, person_pk, action=None)
    initial = {
        "lang": person.preferred_language,
        "platform": request.GET.get("platform"),
        "purpose": request.GET.get("purpose"),
    }
    if "lang" in request.GET:
        form = ConsentPrintForm(request.GET)
        if form.is_valid():
            platform, purpose = form.cleaned_data["platform"], form.cleaned_data["purpose"]
            latest = (
                person.consents.filter(platform=platform, purpose=purpose, revoked_at__isnull=True)
                .exclude(expires_on__isnull=True)
                .order_by("-given_on", "-id")
                .first()
            )
            data = pdf.consent_form_pdf(
                person, platform, purpose, form.cleaned_data["lang"], expires_on=latest.expires_on if latest else None
            )
            log_access(
                request,
                AccessLog.Action.PRINT,
                person=person,
                what=f"consent form {platform.slug} {purpose} {form.cleaned_data['lang']}",
            )
            return _pdf_response(data, f"consent-form-{platform.slug}-{purpose}.pdf")
    else:
        form = ConsentPrintForm(initial=initial)
        log_access(request, AccessLog.Action.VIEW, person=person, what="consent form print options")
    return render(request, "casework/consent/consent_print.html", {"form": form, "person": person, "case": person.case})


def _pdf_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


# ------------------------------------------------------------------------------------------------ contact rules


def _get_child(request: HttpRequest, pk: int) -> Person:
    person = get_person(request, pk, action=None)
    if not person.is_child:
        raise Http404
    return person


@login_required
def rule_create(request: HttpRequest, person_pk: int) -> HttpResponse:
    child = _get_child(request, person_pk)
    form = ContactRuleForm(request.POST or None, child=child)
    if request.method == "POST" and form.is_valid():
        rule = form.save(commit=False)
        rule.created_by = request.user
        rule.save()
        log_access(request, AccessLog.Action.CREATE, person=child, what=f"contact rule {rule.pk}")
        messages.success(request, _("Contact rule added."))
        return _back_to(child, "rules-heading")
    log_access(request, AccessLog.Action.VIEW, person=child, what="contact rule form")
    return render(request, "casework/consent/rule_form.html", {"form": form, "person": child, "case": child.case})


@login_required
@require_POST
def rule_end(request: HttpRequest, pk: int) -> HttpResponse:
    rule = _visible_rule(request, pk)
    today = timezone.localdate()
    if rule.valid_until is not None and rule.valid_until <= today:
        messages.info(request, _("This rule has already ended."))
    else:
        # Never deleted: the rule stays in the case file with its end date. A rule that had not started
        # yet ends the day before it would have started.
        rule.valid_until = today if rule.valid_from <= today else rule.valid_from - dt.timedelta(days=1)
        rule.save(update_fields=["valid_until"])
        log_access(request, AccessLog.Action.EDIT, person=rule.child, what=f"ended contact rule {rule.pk}")
        messages.success(request, _("Contact rule ended. It stays in the case file."))
    return _back_to(rule.child, "rules-heading")


@login_required
def rules_print(request: HttpRequest, person_pk: int) -> HttpResponse:
    child = _get_child(request, person_pk)
    lang = request.GET.get("lang") or child.preferred_language
    if lang not in pdf.LANGS:
        lang = "es"
    rules = list(child.contact_rules.select_related("other_person"))
    data = pdf.contact_rules_pdf(child, rules, lang)
    log_access(request, AccessLog.Action.PRINT, person=child, what=f"contact rules summary {lang}")
    number = re.sub(r"[^A-Za-z0-9-]+", "-", child.case.number).strip("-")
    return _pdf_response(data, f"contact-rules-{number}-{lang}.pdf")


urlpatterns = [
    path("people/<int:person_pk>/consents/new/", consent_create, name="consent_create"),
    path("people/<int:person_pk>/consent-form/", consent_print, name="consent_print"),
    path("consents/<int:pk>/approve/", consent_approve, name="consent_approve"),
    path("consents/<int:pk>/revoke/", consent_revoke, name="consent_revoke"),
    path("consents/<int:pk>/evidence/", consent_evidence, name="consent_evidence"),
    path("people/<int:person_pk>/contact-rules/new/", rule_create, name="rule_create"),
    path("people/<int:person_pk>/contact-rules.pdf", rules_print, name="rules_print"),
    path("contact-rules/<int:pk>/end/", rule_end, name="rule_end"),
]
