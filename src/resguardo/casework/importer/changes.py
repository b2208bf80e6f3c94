"""Applying an import: the plan's changes written in one transaction (all or nothing), one roster bump, and
one access-log entry."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from resguardo.casework.importer.plan import ChangeSet, ImportPlan, diff, parse
from resguardo.casework.models import AccessLog, Agency, Case, ContactPoint, Person, User
from resguardo.casework.roster import bump, row_bumps_muted
from resguardo.engine.gcpause import gc_paused

DELETE_CHUNK = 500  # ids per DELETE ... WHERE id IN (...): well under SQLite's limit on query parameters


def import_csv(
    source: bytes | str | Path,
    agency: Agency,
    user: User | None,
    dry_run: bool = True,
    *,
    log_path: str = "",
    ip: str | None = None,
) -> ImportPlan:
    """Parse, validate and (unless dry_run or there are errors) apply a caseload CSV in one transaction.

    ``source`` is the file's bytes or a path. Returns the plan: ``plan.ok``, ``plan.errors``,
    ``plan.file_error``, ``plan.summary`` and ``plan.applied``. An applied import is written to the
    access log once (action IMPORT, the counts in ``what``).
    """
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    with gc_paused():
        return _import(data, agency, user, dry_run, log_path, ip)


def _import(data: bytes, agency: Agency, user: User | None, dry_run: bool, log_path: str, ip: str | None) -> ImportPlan:
    plan = parse(data, agency)
    if not plan.ok:
        return plan
    if dry_run:
        diff(plan, agency)
        return plan
    with transaction.atomic():
        apply_changes(diff(plan, agency), agency)
        plan.applied = True
        AccessLog.objects.create(
            user=user,
            action=AccessLog.Action.IMPORT,
            agency_id=agency.pk,
            what=f"CSV import: {plan.summary.as_text()}"[:200],
            path=log_path[:300],
            ip=ip,
        )
    return plan


def apply_changes(changes: ChangeSet, agency: Agency) -> None:
    """Write the changes (the caller holds the transaction) and bump the agency's roster once."""
    # The bulk writes send no signals and the deletes send one per row: the block bumps once, at its end.
    with row_bumps_muted(agency):
        case_ids = _write_cases(changes, agency)
        new_contacts = _write_people(changes, agency, case_ids)
        _remove_contacts(changes.remove_contacts, agency)
        add = changes.add_contacts + new_contacts
        if add:
            ContactPoint.objects.bulk_create(
                [ContactPoint(person_id=pk, kind=kind, value=value) for pk, kind, value in add], batch_size=1000
            )
        if changes:
            bump(agency)


def _write_cases(changes: ChangeSet, agency: Agency) -> dict[str, int]:
    """Create and update the cases; returns every case of the agency as number -> id."""
    if changes.new_cases:
        Case.objects.bulk_create(changes.new_cases, batch_size=500)
    if changes.changed_cases:
        Case.objects.bulk_update(changes.changed_cases, [*sorted(changes.case_fields), "updated_at"], batch_size=500)
    if not changes.new_cases:
        return changes.case_ids
    return dict(Case.objects.filter(agency=agency).order_by().values_list("number", "id"))


def _write_people(changes: ChangeSet, agency: Agency, case_ids: dict[str, int]) -> list[tuple[int, str, str]]:
    """Create and update the people; returns the new people's contact details as (person id, kind, value)."""
    new_contacts: list[tuple[int, str, str]] = []
    if changes.new_people:
        Person.objects.bulk_create(
            [
                Person(
                    case_id=case_ids[prow.case_number],
                    external_id=prow.person_id,
                    **{"preferred_language": agency.default_language, **prow.values},
                )
                for prow in changes.new_people
            ],
            batch_size=1000,
        )
        ids = {
            (case_id, ext): pk
            for case_id, ext, pk in Person.objects.filter(case__agency=agency)
            .exclude(external_id="")
            .order_by()
            .values_list("case_id", "external_id", "id")
        }
        for prow in changes.new_people:
            pk = ids[(case_ids[prow.case_number], prow.person_id)]
            new_contacts += [(pk, kind, value) for kind, values in prow.contacts.items() for value in values]
    if changes.changed_people:
        Person.objects.bulk_update(
            changes.changed_people, [*sorted(changes.person_fields), "updated_at"], batch_size=500
        )
    return new_contacts


def _remove_contacts(remove: list[tuple[int, str, str]], agency: Agency) -> None:
    if not remove:
        return
    by_person: dict[int, list[tuple[str, str]]] = {}
    for pk, kind, value in remove:
        by_person.setdefault(pk, []).append((kind, value))
    doomed = [
        cp_id
        for cp_id, pid, kind, value in ContactPoint.objects.filter(
            person__case__agency=agency, person__external_id__gt=""
        )
        .order_by()
        .values_list("id", "person_id", "kind", "value")
        if (kind, value) in by_person.get(pid, ())
    ]
    for start in range(0, len(doomed), DELETE_CHUNK):
        ContactPoint.objects.filter(pk__in=doomed[start : start + DELETE_CHUNK]).delete()
