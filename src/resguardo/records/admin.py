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

    # How an object reaches its case and what to call it in the access log.
    case_path = "case"

    def describe(self, obj) -> str:  # type: ignore[no-untyped-def]
        return f"admin: {obj._meta.verbose_name} {obj.pk}"

    def change_view(self, request, object_id, form_url="", extra_context=None):  # type: ignore[no-untyped-def]
        # Reading record data here shows what was sent to a family: it goes in the access log like any page.
        response = super().change_view(request, object_id, form_url, extra_context)
        obj = self.get_object(request, object_id) if response.status_code == 200 else None
        if obj is not None:
            case = obj
            for step in self.case_path.split("__"):
                case = getattr(case, step, None)
            log_access(request, AccessLog.Action.VIEW, case=case, what=self.describe(obj))
        return response


@admin.register(Entry)
class EntryAdmin(ReadOnlyRecordAdmin):
    list_display = ("seq", "occurred_at", "case_number", "channel", "direction", "recorded_by_username")
    list_filter = ("channel", "direction")
    search_fields = ("case_number", "entry_hash")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.scoped(request, super().get_queryset(request), "agency_id")

    def describe(self, obj) -> str:  # type: ignore[no-untyped-def]
        return f"admin: record entry {obj.seq}"


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyRecordAdmin):
    list_display = ("name", "entry", "size", "sha256")
    case_path = "entry__case"

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.scoped(request, super().get_queryset(request), "entry__agency_id")

    def describe(self, obj) -> str:  # type: ignore[no-untyped-def]
        return f"admin: attachment {obj.name} of record entry {obj.entry.seq}"
