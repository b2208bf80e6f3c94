"""Read-only admin for the communication record: administrators can look, nobody can add, change or
delete (the models and the database triggers refuse it anyway). Entries are recorded through the app."""

from __future__ import annotations

from django.contrib import admin

from resguardo.records.models import Attachment, Entry


class ReadOnlyRecordAdmin(admin.ModelAdmin):
    def _is_admin(self, request) -> bool:  # type: ignore[no-untyped-def]
        return bool(request.user.is_active and getattr(request.user, "is_administrator", False))

    def has_module_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return self._is_admin(request)

    def has_view_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return self._is_admin(request)

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    def get_actions(self, request):  # type: ignore[no-untyped-def]
        return {}


@admin.register(Entry)
class EntryAdmin(ReadOnlyRecordAdmin):
    list_display = ("seq", "occurred_at", "case_number", "channel", "direction", "recorded_by_username")
    list_filter = ("channel", "direction")
    search_fields = ("case_number", "entry_hash")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        queryset = super().get_queryset(request)
        return queryset if request.user.is_superuser else queryset.filter(agency_id=request.user.agency_id)


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyRecordAdmin):
    list_display = ("name", "entry", "size", "sha256")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        queryset = super().get_queryset(request)
        return queryset if request.user.is_superuser else queryset.filter(entry__agency_id=request.user.agency_id)
