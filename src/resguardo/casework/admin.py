"""Django admin for administrators: users, units, the platform catalog and agency settings.

Case data is edited through the app's own pages, which enforce per-case access and write the access
log; the admin shows only the agency's configuration.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from resguardo.casework.models import Agency, Platform, PlatformApproval, Unit, User


class AgencyAdminMixin:
    """The agency's administrators manage their own agency's configuration; nobody else gets in."""

    def _is_admin(self, request) -> bool:  # type: ignore[no-untyped-def]
        return bool(request.user.is_active and getattr(request.user, "is_administrator", False))

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

    def formfield_for_foreignkey(self, db_field, request, **kwargs):  # type: ignore[no-untyped-def]
        if not request.user.is_superuser and db_field.name == "agency":
            kwargs["queryset"] = Agency.objects.filter(pk=request.user.agency_id)
        if not request.user.is_superuser and db_field.name == "unit":
            kwargs["queryset"] = Unit.objects.filter(agency_id=request.user.agency_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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

    def formfield_for_foreignkey(self, db_field, request, **kwargs):  # type: ignore[no-untyped-def]
        if not request.user.is_superuser and db_field.name == "agency":
            kwargs["queryset"] = Agency.objects.filter(pk=request.user.agency_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ApprovalInline(AgencyAdminMixin, admin.TabularInline):
    model = PlatformApproval
    extra = 0
    fields = ("agency", "purpose", "approved_by")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.scoped(request, super().get_queryset(request), "agency_id")

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return self._is_admin(request)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):  # type: ignore[no-untyped-def]
        if not request.user.is_superuser and db_field.name == "agency":
            kwargs["queryset"] = Agency.objects.filter(pk=request.user.agency_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Platform)
class PlatformAdmin(AgencyAdminMixin, admin.ModelAdmin):
    list_display = ("name", "kind", "hipaa_baa", "end_to_end_encryption", "minimum_age", "updated_at")
    list_filter = ("kind", "hipaa_baa")
    search_fields = ("name", "slug")
    inlines = [ApprovalInline]

    def get_readonly_fields(self, request, obj=None):  # type: ignore[no-untyped-def]
        # The identifier ties the catalog to the engine ("doxy.me" is not a Django slug): set once, never edited.
        return ("slug",) if obj is not None else ()


# Only the agency's administrators reach /admin/ (is_staff alone is not enough).
admin.site.has_permission = lambda request: bool(
    request.user.is_active and getattr(request.user, "is_administrator", False)
)
admin.site.site_header = "Resguardo"
admin.site.site_title = "Resguardo"
