"""Django admin for administrators: users, units, the platform catalog and agency settings.

Case data is edited through the app's own pages, which enforce per-case access and write the access
log; the admin shows only the agency's configuration.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from resguardo.casework.models import Agency, Platform, PlatformApproval, Unit, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
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


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ("name", "default_language")


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("name", "agency")


class ApprovalInline(admin.TabularInline):
    model = PlatformApproval
    extra = 0
    fields = ("agency", "purpose", "approved_by")


@admin.register(Platform)
class PlatformAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "hipaa_baa", "end_to_end_encryption", "minimum_age", "updated_at")
    list_filter = ("kind", "hipaa_baa")
    search_fields = ("name", "slug")
    inlines = [ApprovalInline]
