"""Signal handlers that keep derived data (the engine roster) current. See roster.py.

Any save or delete of a person, a contact detail, a staff member or the agency bumps the agency's
RosterState.generation in the same transaction, so every process rebuilds its cached roster on its
next use. Bulk operations (bulk_create, bulk_update, QuerySet.update) send no signals: their callers
call resguardo.casework.roster.bump() themselves. Inside roster.row_bumps_muted() the per-row handlers (people,
contact details, cases) only note the change; the block bumps once at its end.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from resguardo.casework.models import Agency, Case, ContactPoint, Person, User
from resguardo.casework.roster import bump, row_bump_muted

# User fields the roster reads; a save that names only other fields (a login's last_login) changes nothing.
_USER_FIELDS = frozenset({"first_name", "last_name", "username", "aliases", "personal_handles", "agency", "agency_id"})


def _case_agency(case_id: int | None) -> int | None:
    if case_id is None:
        return None
    return Case.objects.filter(pk=case_id).values_list("agency_id", flat=True).first()


@receiver(post_save, sender=Person, dispatch_uid="roster_person_saved")
@receiver(post_delete, sender=Person, dispatch_uid="roster_person_deleted")
def person_changed(sender: type[Person], instance: Person, **kwargs: Any) -> None:
    if row_bump_muted():
        return
    bump(_case_agency(instance.case_id))


@receiver(post_save, sender=ContactPoint, dispatch_uid="roster_contact_saved")
@receiver(post_delete, sender=ContactPoint, dispatch_uid="roster_contact_deleted")
def contact_changed(sender: type[ContactPoint], instance: ContactPoint, **kwargs: Any) -> None:
    if row_bump_muted():
        return
    agency_id = Person.objects.filter(pk=instance.person_id).values_list("case__agency_id", flat=True).first()
    bump(agency_id)


@receiver(post_delete, sender=Case, dispatch_uid="roster_case_deleted")
def case_deleted(sender: type[Case], instance: Case, **kwargs: Any) -> None:
    if row_bump_muted():
        return
    bump(instance.agency_id)


@receiver(post_save, sender=User, dispatch_uid="roster_user_saved")
def user_saved(sender: type[User], instance: User, update_fields: frozenset[str] | None = None, **kwargs: Any) -> None:
    if update_fields is not None and not (set(update_fields) & _USER_FIELDS):
        return
    bump(instance.agency_id)


@receiver(post_delete, sender=User, dispatch_uid="roster_user_deleted")
def user_deleted(sender: type[User], instance: User, **kwargs: Any) -> None:
    bump(instance.agency_id)


@receiver(post_save, sender=Agency, dispatch_uid="roster_agency_saved")
def agency_saved(sender: type[Agency], instance: Agency, **kwargs: Any) -> None:
    bump(instance.pk)
