"""Read-only admin for the communication record: administrators can look, nobody can add, change or
delete (the models and the database triggers refuse it anyway). Entries are recorded through the app."""

from __future__ import annotations

from django.contrib import admin

from resguardo.casework.access import log_access
from resguardo.casework.admin import AgencyAdminMixin
from resguardo.casework.models import AccessLog
from resguardo.records.models import Attachment, Entry


class ReadOnlyRecordAdmin(AgencyAdminMixin, admin.ModelAdmin):
    """Administrators of the agency may look (AgencyAdminMixin); nobody may add, change or delete."""

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
        return self.scoped(request, super().get_queryset(request), "agency_id")

    def change_view(self, request, object_id, form_url="", extra_context=None):  # type: ignore[no-untyped-def]
        # Reading an entry here shows what was sent to a family: it goes in the access log like any page.
        entries = self.scoped(request, Entry.objects.all(), "agency_id")
        entry = entries.filter(pk=object_id).select_related("case").first() if str(object_id).isdigit() else None
        if entry is not None:
            log_access(request, AccessLog.Action.VIEW, case=entry.case, what=f"admin: record entry {entry.seq}")
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyRecordAdmin):
    list_display = ("name", "entry", "size", "sha256")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.scoped(request, super().get_queryset(request), "entry__agency_id")
