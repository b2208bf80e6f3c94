"""Django admin for administrators: users, units, the agency's settings and platform approvals.

Case data is edited through the app's own pages, which enforce per-case access and write the access
log; the admin shows only the agency's configuration. An agency's administrator sees only their own
agency's objects: in lists, list filters, foreign-key choices, inlines and autocomplete. The platform
catalog's facts are shared by every agency, so only the installation's operator (a superuser, or
`manage import_platform_catalog`) changes them; agency administrators read them and keep their own
approvals and notes.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from resguardo.casework.access import can_use_admin_site
from resguardo.casework.models import Agency, Platform, PlatformApproval, Unit, User

# How rows of models without their own agency field belong to an agency.
_AGENCY_LOOKUPS = {
    "Person": "case__agency_id",
    "ContactPoint": "person__case__agency_id",
    "Attachment": "entry__agency_id",
}


def agency_lookup(model: type[models.Model]) -> str | None:
    """The lookup that ties a model's rows to one agency, or None for what all agencies share (platforms,
    Django's own groups and permissions)."""
    if model is Agency:
        return "pk"
    if model.__name__ in _AGENCY_LOOKUPS:
        return _AGENCY_LOOKUPS[model.__name__]
    if any(f.name == "agency" for f in model._meta.concrete_fields):
        return "agency_id"
    return None


def agency_objects(model: type[models.Model], request: Any) -> models.QuerySet[Any]:
    """The model's rows this admin user may see: all for a superuser, else their agency's (or shared ones)."""
    objects = model._default_manager.all()
    lookup = agency_lookup(model)
    if request.user.is_superuser or lookup is None:
        return objects
    return objects.filter(**{lookup: request.user.agency_id})


class AgencyRelatedFieldListFilter(admin.RelatedFieldListFilter):
    """A list filter on a related field that offers only the admin user's agency's objects."""

    def field_choices(self, field, request, model_admin):  # type: ignore[no-untyped-def]
        choices = super().field_choices(field, request, model_admin)
        if request.user.is_superuser or agency_lookup(field.related_model) is None:
            return choices
        allowed = set(agency_objects(field.related_model, request).values_list("pk", flat=True))
        return [(pk, label) for pk, label in choices if pk in allowed]


class AgencyAdminMixin:
    """The agency's administrators manage their own agency's configuration; nobody else gets in."""

    def _is_admin(self, request) -> bool:  # type: ignore[no-untyped-def]
        return can_use_admin_site(request.user)

    def has_module_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return self._is_admin(request)

    def has_view_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return self._is_admin(request)

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return self._is_admin(request)

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return self._is_admin(request)

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        # Users are deactivated, not deleted: the access log and records point at them.
        return bool(request.user.is_superuser)

    def scoped(self, request, queryset, field: str):  # type: ignore[no-untyped-def]
        if request.user.is_superuser:
            return queryset
        return queryset.filter(**{field: request.user.agency_id})

    def get_list_filter(self, request):  # type: ignore[no-untyped-def]
        # Every filter on a related field lists only the agency's objects (Django's lists them all).
        filters = super().get_list_filter(request)  # type: ignore[misc]
        scoped = []
        for spec in filters:
            if isinstance(spec, str) and "__" not in spec:
                field = self.model._meta.get_field(spec)  # type: ignore[attr-defined]
                if field.is_relation:
                    spec = (spec, AgencyRelatedFieldListFilter)
            scoped.append(spec)
        return scoped

    def formfield_for_foreignkey(self, db_field, request, **kwargs):  # type: ignore[no-untyped-def]
        # Every drop-down (here and in inlines) offers only the agency's units, users, cases….
        if agency_lookup(db_field.related_model) is not None and not request.user.is_superuser:
            kwargs["queryset"] = agency_objects(db_field.related_model, request)
            if db_field.related_model is Agency:
                kwargs.update(required=True, empty_label=None)  # their agency, never none
        return super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]

    def formfield_for_manytomany(self, db_field, request, **kwargs):  # type: ignore[no-untyped-def]
        if agency_lookup(db_field.related_model) is not None and not request.user.is_superuser:
            kwargs["queryset"] = agency_objects(db_field.related_model, request)
        return super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]


@admin.register(User)
class UserAdmin(AgencyAdminMixin, BaseUserAdmin):
    list_display = ("username", "first_name", "last_name", "role", "unit", "is_active")
    list_filter = ("role", "unit", "is_active")
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        (_("Agency"), {"fields": ("agency", "unit", "role", "preferred_language", "aliases", "personal_handles")}),
    )
    add_fieldsets = (
        *BaseUserAdmin.add_fieldsets,
        (_("Agency"), {"fields": ("agency", "unit", "role", "first_name", "last_name")}),
    )

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.scoped(request, super().get_queryset(request), "agency_id")

    def get_readonly_fields(self, request, obj=None):  # type: ignore[no-untyped-def]
        # Only a superuser hands out superuser or Django-level permissions.
        if request.user.is_superuser:
            return ()
        return ("is_superuser", "groups", "user_permissions", "last_login", "date_joined")


@admin.register(Agency)
class AgencyAdmin(AgencyAdminMixin, admin.ModelAdmin):
    list_display = ("name", "default_language")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.scoped(request, super().get_queryset(request), "pk")

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return bool(request.user.is_superuser)


@admin.register(Unit)
class UnitAdmin(AgencyAdminMixin, admin.ModelAdmin):
    list_display = ("name", "agency")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.scoped(request, super().get_queryset(request), "agency_id")


class OperatorOnlyMixin(AgencyAdminMixin):
    """Shared by every agency: agency administrators read; only the installation's operator changes."""

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return bool(request.user.is_active and request.user.is_superuser)

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return bool(request.user.is_active and request.user.is_superuser)

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return bool(request.user.is_active and request.user.is_superuser)


class ApprovalInline(OperatorOnlyMixin, admin.TabularInline):
    """On the catalog page: the operator sees every agency's approvals, an agency administrator only
    their own (read-only here; they change them under "Platform approvals" and on the platform pages)."""

    model = PlatformApproval
    extra = 0
    fields = ("agency", "purpose", "notes", "approved_by")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.scoped(request, super().get_queryset(request), "agency_id")


@admin.register(Platform)
class PlatformAdmin(OperatorOnlyMixin, admin.ModelAdmin):
    list_display = ("name", "kind", "hipaa_baa", "end_to_end_encryption", "minimum_age", "updated_at")
    list_filter = ("kind", "hipaa_baa")
    search_fields = ("name", "slug")
    inlines = [ApprovalInline]

    def get_readonly_fields(self, request, obj=None):  # type: ignore[no-untyped-def]
        # The identifier ties the catalog to the engine ("doxy.me" is not a Django slug): set once, never edited.
        return ("slug",) if obj is not None else ()


class ApprovalForm(forms.ModelForm):
    agency_id: int | None = None  # the administrator's agency; set by PlatformApprovalAdmin.get_form

    class Meta:
        model = PlatformApproval
        fields = ("platform", "purpose", "notes")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        agency_id = self.agency_id
        # The agency is not a field of this form, so Django would not check the unique constraint itself.
        if (
            agency_id
            and PlatformApproval.objects.filter(
                agency_id=agency_id,
                platform=data.get("platform"),
                purpose=data.get("purpose"),
            )
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            raise forms.ValidationError(_("Your agency has already approved this platform for this purpose."))
        return data


@admin.register(PlatformApproval)
class PlatformApprovalAdmin(AgencyAdminMixin, admin.ModelAdmin):
    """The agency's own approvals of catalog platforms, with notes for its staff."""

    form = ApprovalForm
    list_display = ("platform", "purpose", "notes", "approved_by", "approved_at")
    list_filter = ("purpose", "platform")
    readonly_fields = ("approved_by", "approved_at")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.scoped(request, super().get_queryset(request), "agency_id").select_related(
            "platform", "approved_by"
        )

    def get_fields(self, request, obj=None):  # type: ignore[no-untyped-def]
        fields = ["platform", "purpose", "notes", "approved_by", "approved_at"]
        return ["agency", *fields] if request.user.is_superuser else fields

    def get_form(self, request, obj=None, change=False, **kwargs):  # type: ignore[no-untyped-def]
        if request.user.is_superuser:
            kwargs["fields"] = ["agency", "platform", "purpose", "notes"]
        form = super().get_form(request, obj, change=change, **kwargs)
        if not request.user.is_superuser:
            form.agency_id = request.user.agency_id
        return form

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return self._is_admin(request)  # withdrawing an approval is the agency's own decision

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        if not request.user.is_superuser:
            obj.agency_id = request.user.agency_id
        if not change:
            obj.approved_by = request.user
        super().save_model(request, obj, form, change)


# Only the agency's administrators reach /admin/ (is_staff alone is not enough).
admin.site.has_permission = lambda request: can_use_admin_site(request.user)


def _sign_in_through_the_throttled_form(request, extra_context=None):  # type: ignore[no-untyped-def]
    """Django's admin has its own sign-in form, which knows nothing of the per-user lock: it would check
    passwords without limit. Everyone signs in on the app's page instead (resguardo.web.views.login_view)."""
    return redirect_to_login(request.GET.get("next") or reverse("admin:index"), reverse("login"))


admin.site.login = _sign_in_through_the_throttled_form
admin.site.site_header = "Resguardo"
admin.site.site_title = "Resguardo"
